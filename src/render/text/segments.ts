// Where a line may break: a paragraph cut into segments that the line breaker never breaks
// inside (unless one alone is wider than the line). CJK text breaks between words, found by
// Intl.Segmenter's dictionary ('zh-TW', the ICU word break rules); Latin text at spaces and after
// a hyphen between letters; a URL after `/` and `?`. No break:
//   - inside a phrase kept together (unit names, owners: keep-together.ts);
//   - between a number and its unit (「1月底前」, 「10條」, 「3 days」), nor inside a chain of
//     them (「2年1簽」, 「4月3日」), nor after an ordinal prefix (「第10條」);
//   - before closing punctuation or after opening punctuation (kinsoku);
//   - between single-character words the dictionary did not know (「權|責」, 「函|復」, 「決|標」: an
//     unknown word comes out as single characters), taken two (or three) at a time.
// A segment records the word boundaries inside it (`cuts`): where it is cut when it must be.

import type { KeepTogether } from './keep-together.js';
import { wordSegmenter } from '../../i18n/word-segmenter.js';

/** May not start a line. */
const CLOSING = new Set([...'，。、）」』：；？！,.;:?!)]}》〉】〕〗〙〛’”％%・…‥ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ〜～／–', '\uff3d', '\uff5d', '\uff0e']);
/** May not end a line. */
const OPENING = new Set([...'（「『([{《〈【〔〖〘〚‘“'].concat(['\uff08', '\uff3b', '\uff5b']));

/** Ideographs, kana, hangul, CJK punctuation and full-width forms. */
const CJK = /[\u1100-\u11ff\u2e80-\u2fdf\u2ff0-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u32ff\u3300-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe10-\ufe1f\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3fffd}]/u;
const HAN = /^\p{Script=Han}$/u;
const LETTER = /\p{L}/u;
const LATIN_LETTER = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;
const DIGIT = /\p{Nd}/u;
/** A number as a word: digits with their separators, after an opening mark or a sign (「(300」, 「1.5」, 「17:30」). */
const NUMBER = /^[^\p{L}\p{Nd}]*\p{Nd}[\p{Nd}.,:/\-–~]*$/u;
/** White space a line breaks at (not the no-break space). */
const SPACE = /^[^\S\u00a0]+$/u;
/** Ordinal prefixes glued to the number after them (「第10條」). */
const NUMBER_PREFIXES = new Set(['第']);
const URL_START = /^[(（<「]?(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;

export function isClosingPunctuation(ch: string): boolean {
  return CLOSING.has(ch);
}

export function isOpeningPunctuation(ch: string): boolean {
  return OPENING.has(ch);
}

export interface Segment {
  /** The text of the segment (never broken inside, unless it alone is wider than a line). */
  text: string;
  /** White space before the segment (dropped at a line start). */
  space: string;
  /** Offsets in `text` of the word boundaries inside it, where it is cut when it must be. */
  cuts: number[];
}

/** A word, or a run of white space, of the paragraph: [start, end) in UTF-16 offsets. */
interface Atom {
  start: number;
  end: number;
  kind: 'space' | 'cjk' | 'other';
}

/**
 * Each paragraph's atoms, whatever phrases are kept together in it (the phrase sets differ from
 * chart to chart, and wrap.ts caches segments per phrase set): a batch of charts asks ICU for the
 * same steps' texts again and again (100 generated SOPs: 1,549 paragraphs segmented, 261 of them
 * different). Never changed once made; bounded.
 */
const atomCache = new Map<string, readonly Readonly<Atom>[]>();
const ATOM_CACHE_LIMIT = 10_000;

/** Words and spaces; a run of non-CJK characters (a Latin word, a number, a URL) is one atom, split after a hyphen between letters or after a URL's `/` and `?`. */
function atomsOf(paragraph: string): readonly Readonly<Atom>[] {
  let atoms = atomCache.get(paragraph);
  if (!atoms) {
    if (atomCache.size >= ATOM_CACHE_LIMIT) atomCache.clear();
    atomCache.set(paragraph, (atoms = segmentAtoms(paragraph)));
  }
  return atoms;
}

function segmentAtoms(paragraph: string): Atom[] {
  const segmenter = wordSegmenter();
  const atoms: Atom[] = [];
  for (const { segment, index } of segmenter.segment(paragraph)) {
    const end = index + segment.length;
    const kind = SPACE.test(segment) ? 'space' : CJK.test(segment) ? 'cjk' : 'other';
    const last = atoms[atoms.length - 1];
    if (last && last.end === index && kind !== 'cjk' && last.kind === kind) last.end = end;
    else atoms.push({ start: index, end, kind });
  }
  return atoms.flatMap((atom) => (atom.kind === 'other' ? splitRun(paragraph, atom) : [atom]));
}

/** A Latin run's break points: after a hyphen between letters (not in 05-2167168 or 1-3d), after a range's en dash; in a URL after `/` (not `//`) and `?`. */
function splitRun(paragraph: string, atom: Atom): Atom[] {
  const text = paragraph.slice(atom.start, atom.end);
  const url = URL_START.test(text);
  const out: Atom[] = [];
  let from = 0;
  for (let i = 1; i < text.length; i++) {
    const before = text[i - 1]!;
    const hyphen = before === '-' && i >= 2 && LETTER.test(text[i - 2]!) && LETTER.test(text[i]!);
    const urlBreak = url && ((before === '/' && text[i] !== '/' && text[i - 2] !== ':') || before === '?') && !CLOSING.has(text[i]!);
    // A range breaks after its dash: 「1d–」 / 「3d」.
    const range = before === '–' && !CLOSING.has(text[i]!);
    if (hyphen || urlBreak || range) {
      out.push({ start: atom.start + from, end: atom.start + i, kind: 'other' });
      from = i;
    }
  }
  out.push({ start: atom.start + from, end: atom.end, kind: 'other' });
  return out;
}

type Join = 'break' | 'soft' | 'hard';

/** Whether a line may break between two words (with `spaced` white space between them). */
function joinOf(paragraph: string, prev: Atom, next: Atom, spaced: boolean, sameRun: boolean): Join {
  const last = paragraph[prev.end - 1]!;
  const first = paragraph[next.start]!;
  if (CLOSING.has(first) || OPENING.has(last) || (first === '/' && !spaced)) return 'hard';
  if (sameRun) return 'break';
  if (DIGIT.test(last) && NUMBER.test(paragraph.slice(prev.start, prev.end))) {
    // A number and its unit: 「10條」, 「1月底」; across a space only before a Latin word (「3 days」).
    if (!spaced ? LETTER.test(first) : next.kind === 'other' && LATIN_LETTER.test(first)) return 'soft';
  }
  if (!spaced && DIGIT.test(first)) {
    if (NUMBER_PREFIXES.has(last)) return 'soft';
    // A chain of numbers and units: 「2年1簽」, 「4月3日」.
    if (HAN.test(last) && prev.end - prev.start === 1 && prev.start > 0 && DIGIT.test(paragraph[prev.start - 1]!)) return 'soft';
  }
  return 'break';
}

/** Whether the boundary between two words lies inside a kept phrase. */
function insideSpan(spans: [number, number][], prevEnd: number, nextStart: number): boolean {
  return spans.some(([s, e]) => s < prevEnd && nextStart < e);
}

/**
 * Single-character words side by side, not glued to anything else: most often words the dictionary
 * did not know (「權|責」, 「函|復」, 「決|標」), kept together in pairs. In a run of an odd number of
 * them the first stands alone: a one-character word (送, 依, 由, 至) before a two-character one
 * (「送 權責」, 「依 限辦」).
 */
function glueSingletons(paragraph: string, words: Atom[], joins: Join[], spans: [number, number][]): void {
  const single = (k: number) => {
    const a = words[k];
    return a !== undefined && a.kind === 'cjk' && a.end - a.start === 1 && HAN.test(paragraph[a.start]!) && !spans.some(([s, e]) => s <= a.start && a.end <= e);
  };
  let i = 0;
  while (i < words.length) {
    // A run: single words joined by plain breaks, not glued on either side to a neighbour.
    let j = i;
    while (single(j) && single(j + 1) && joins[j] === 'break' && words[j]!.end === words[j + 1]!.start) j++;
    const free = (i === 0 || joins[i - 1] !== 'soft') && (j >= joins.length || joins[j] !== 'soft');
    if (j > i && free) for (let k = i + ((j - i + 1) % 2); k < j; k += 2) joins[k] = 'soft';
    i = j + 1;
  }
}

/** Splits one paragraph (no line breaks in it) into segments. */
export function segmentParagraph(paragraph: string, keep?: KeepTogether): Segment[] {
  const atoms = atomsOf(paragraph);
  const words = atoms.filter((a) => a.kind !== 'space');
  const spans = keep ? keep.spans(paragraph) : [];
  const joins: Join[] = [];
  for (let k = 0; k + 1 < words.length; k++) {
    const prev = words[k]!;
    const next = words[k + 1]!;
    const spaced = next.start > prev.end;
    const sameRun = prev.kind === 'other' && next.kind === 'other' && !spaced;
    joins.push(joinOf(paragraph, prev, next, spaced, sameRun));
  }
  glueSingletons(paragraph, words, joins, spans);
  for (let k = 0; k < joins.length; k++) if (joins[k] === 'break' && insideSpan(spans, words[k]!.end, words[k + 1]!.start)) joins[k] = 'soft';

  const segments: Segment[] = [];
  let current: Segment | undefined;
  let space = paragraph.slice(0, words[0]?.start ?? paragraph.length);
  for (const [k, word] of words.entries()) {
    const text = paragraph.slice(word.start, word.end);
    const join = k > 0 ? joins[k - 1]! : 'break';
    if (current && join !== 'break') {
      if (join === 'soft') current.cuts.push(current.text.length + space.length);
      current.text += space + text;
    } else {
      if (current) segments.push(current);
      current = { text, space, cuts: [] };
    }
    space = paragraph.slice(word.end, words[k + 1]?.start ?? word.end);
  }
  if (current) segments.push(current);
  return segments;
}
