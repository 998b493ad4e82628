// Line breaking for labels: CJK text may break between any two characters, Latin text only at
// spaces and after a hyphen inside a word (`petition-` / `overdue`); a line never starts with
// closing punctuation nor ends with opening punctuation (kinsoku). Callers size their boxes to
// the widest unbreakable piece (widestSegment) so that words stay whole; a word wider than the
// line all the same is cut as a last resort, at a hyphen, underscore, slash or dot if it has one,
// else between letters with a visible hyphen, so nothing ever overflows.

import type { MeasureFont } from './fonts.js';
import { measureText } from './measure.js';

/** May not start a line. */
const CLOSING = new Set([...'，。、）」』：；？！,.;:?!)]}》〉】〕〗〙〛’”％%・…‥ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ〜～／–', '\uff3d', '\uff5d', '\uff0e']);
/** May not end a line. */
const OPENING = new Set([...'（「『([{《〈【〔〖〘〚‘“'].concat(['\uff08', '\uff3b', '\uff5b']));

/** A letter (any script): a hyphen between two letters is a break opportunity. */
const LETTER = /\p{L}/u;
/** Letters of alphabets that hyphenate: a cut between two of them is marked with a visible hyphen. */
const ALPHABETIC = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;
/** Where a word that must be cut prefers to be cut (after the character). */
const CUT_AFTER = new Set(['-', '_', '/', '.', '\u2010', '\u2011']);

/** Ideographs, kana, hangul, CJK punctuation and full-width forms: breakable on both sides. */
const CJK = /[\u1100-\u11ff\u2e80-\u2fdf\u2ff0-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u32ff\u3300-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe10-\ufe1f\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3fffd}]/u;

/** Closing punctuation that must not start a line (exported for tests). */
export function isClosingPunctuation(ch: string): boolean {
  return CLOSING.has(ch);
}

/** Opening punctuation that must not end a line (exported for tests). */
export function isOpeningPunctuation(ch: string): boolean {
  return OPENING.has(ch);
}

interface Segment {
  /** The text of the segment (never breaks inside, unless it alone is wider than a line). */
  text: string;
  /** White space before the segment (dropped at a line start). */
  space: string;
}

/**
 * Splits text into unbreakable segments: each CJK character alone, each run of other
 * non-space characters (a Latin word, a number; a hyphenated word ends a segment after each
 * hyphen), closing punctuation glued to what precedes it and opening punctuation glued to what
 * follows.
 */
export function segmentText(text: string): Segment[] {
  const segments: Segment[] = [];
  let space = '';
  let current: Segment | undefined;
  let glueNext = false; // the previous character was opening punctuation
  let currentIsWord = false;
  let previous = '';
  let beforePrevious = '';
  const flush = () => {
    if (current) segments.push(current);
    current = undefined;
  };
  for (const ch of text) {
    if (/\s/u.test(ch) && ch !== '\u00a0') {
      if (current) {
        if (glueNext) {
          // `（ ` — keep the space inside, the break is still not allowed after an opening mark.
          current.text += ch;
          continue;
        }
        flush();
      }
      space += ch;
      currentIsWord = false;
      previous = '';
      continue;
    }
    const cjk = CJK.test(ch);
    // Inside a word a break may follow a hyphen between letters (not in 05-2167168 or 1-3d).
    const afterHyphen = current !== undefined && currentIsWord && previous === '-' && LETTER.test(beforePrevious) && LETTER.test(ch);
    beforePrevious = previous;
    previous = ch;
    if (afterHyphen) {
      flush();
      current = { text: ch, space: '' };
      glueNext = false;
      continue;
    }
    if (!current && CLOSING.has(ch) && segments.length > 0) {
      // `word ，`: the closing mark still may not start a line; glue it (and the space) back.
      current = segments.pop()!;
      current.text += space;
      space = '';
    }
    if (current && (glueNext || CLOSING.has(ch))) {
      current.text += ch;
      currentIsWord = currentIsWord && !cjk && !CLOSING.has(ch);
    } else if (current && !cjk && currentIsWord) {
      current.text += ch;
    } else {
      flush();
      current = { text: ch, space };
      space = '';
      currentIsWord = !cjk && !OPENING.has(ch);
    }
    glueNext = OPENING.has(ch);
    if (glueNext) currentIsWord = false;
  }
  flush();
  return segments;
}

/**
 * Cuts one segment into pieces no wider than maxWidth (at least one character each): after the
 * last hyphen, underscore, slash or dot that fits, else between characters, where a cut between
 * two letters gets a visible hyphen.
 */
function cutSegment(font: MeasureFont, text: string, size: number, maxWidth: number): string[] {
  const pieces: string[] = [];
  let rest = [...text];
  while (rest.length > 0) {
    if (measureText(font, rest.join(''), size) <= maxWidth) {
      pieces.push(rest.join(''));
      break;
    }
    // The longest prefix that fits (at least one character).
    let fit = 1;
    while (fit < rest.length && measureText(font, rest.slice(0, fit + 1).join(''), size) <= maxWidth) fit++;
    let cut = -1;
    for (let i = fit; i >= 2 && cut < 0; i--) {
      if (CUT_AFTER.has(rest[i - 1]!)) cut = i;
    }
    let piece: string;
    if (cut > 0) piece = rest.slice(0, cut).join('');
    else {
      // Between characters; with a visible hyphen between two letters, if it still fits.
      cut = fit;
      while (cut > 1 && (CLOSING.has(rest[cut]!) || OPENING.has(rest[cut - 1]!))) cut--;
      piece = rest.slice(0, cut).join('');
      if (ALPHABETIC.test(rest[cut - 1]!) && ALPHABETIC.test(rest[cut] ?? '')) {
        while (cut > 1 && measureText(font, `${rest.slice(0, cut).join('')}-`, size) > maxWidth) cut--;
        piece = `${rest.slice(0, cut).join('')}-`;
      }
    }
    pieces.push(piece);
    rest = rest.slice(cut);
  }
  return pieces;
}

/** Width of the widest piece of `text` that wrapText never breaks (a word, a character with its punctuation). */
export function widestSegment(font: MeasureFont, text: string, size: number): number {
  let widest = 0;
  for (const paragraph of text.normalize('NFC').split(/\r\n|\r|\n/)) for (const segment of segmentText(paragraph)) widest = Math.max(widest, measureText(font, segment.text, size));
  return widest;
}

/** Lines and their widths as wrapLines estimated them. */
interface Wrapped {
  lines: string[];
  widths: number[];
}

/**
 * The greedy wrap. A line's width is taken as the sum of its segments' (and spaces') widths,
 * each measured once and cached, instead of measuring every growing line: that ignores kerning
 * between segments, so wrapText checks the lines it returns and wraps exactly when one is over.
 */
function wrapLines(font: MeasureFont, text: string, size: number, maxWidth: number, exact: boolean): Wrapped {
  const lines: string[] = [];
  const widths: number[] = [];
  const push = (line: string, width: number) => {
    lines.push(line);
    widths.push(width);
  };
  // NFC: CJK compatibility ideographs (U+F900…, common in text copied from PDFs) become the
  // unified ideographs that fonts have glyphs for; canonically the same characters. Every
  // printed text goes through here, so the chart and the handbook print the same characters.
  for (const paragraph of text.normalize('NFC').split(/\r\n|\r|\n/)) {
    let line = '';
    let width = 0;
    for (const segment of segmentText(paragraph)) {
      const segmentWidth = measureText(font, segment.text, size);
      if (line) {
        const candidate = line + segment.space + segment.text;
        const candidateWidth = exact ? measureText(font, candidate, size) : width + (segment.space ? measureText(font, segment.space, size) : 0) + segmentWidth;
        if (candidateWidth <= maxWidth) {
          line = candidate;
          width = candidateWidth;
          continue;
        }
        push(line, width);
      }
      if (segmentWidth <= maxWidth) {
        line = segment.text;
        width = segmentWidth;
        continue;
      }
      const pieces = cutSegment(font, segment.text, size, maxWidth);
      for (const piece of pieces.slice(0, -1)) push(piece, measureText(font, piece, size));
      line = pieces[pieces.length - 1] ?? '';
      width = measureText(font, line, size);
    }
    const trimmed = line.trimEnd();
    push(trimmed, trimmed === line ? width : measureText(font, trimmed, size));
  }
  // Drop empty lines at the ends (a trailing newline in YAML block scalars), keep inner ones.
  while (lines.length > 1 && lines[lines.length - 1] === '') (lines.pop(), widths.pop());
  while (lines.length > 1 && lines[0] === '') (lines.shift(), widths.shift());
  return { lines, widths };
}

/** Whether every line really is within maxWidth (or is one piece that cannot be narrower). */
function fits(font: MeasureFont, lines: readonly string[], size: number, maxWidth: number): boolean {
  return lines.every((line) => measureText(font, line, size) <= maxWidth + 1e-9 || [...line].length <= 1);
}

/**
 * Wraps `text` into lines no wider than `maxWidth` at `size` points (greedy). Explicit newlines
 * are kept. A single character wider than maxWidth still gets a line of its own: callers size
 * shapes so that this cannot happen (maxWidth ≥ widestSegment, or at least the widest character).
 */
export function wrapText(font: MeasureFont, text: string, size: number, maxWidth: number): string[] {
  const quick = wrapLines(font, text, size, maxWidth, false);
  return fits(font, quick.lines, size, maxWidth) ? quick.lines : wrapLines(font, text, size, maxWidth, true).lines;
}

/** Width of the widest line. */
export function widestLine(font: MeasureFont, lines: readonly string[], size: number): number {
  let widest = 0;
  for (const line of lines) widest = Math.max(widest, measureText(font, line, size));
  return widest;
}

/**
 * Wraps into as few lines as `maxWidth` allows, then narrows the width as far as the line
 * count stays the same, so lines come out balanced (no lone last character).
 */
export function wrapBalanced(font: MeasureFont, text: string, size: number, maxWidth: number): string[] {
  const greedy = wrapText(font, text, size, maxWidth);
  if (greedy.length <= 1) return greedy;
  let high = widestLine(font, greedy, size);
  // Never narrower than a word: balancing must not cut what the greedy wrap kept whole.
  let low = Math.min(widestSegment(font, text, size), high);
  let best = greedy;
  for (let i = 0; i < 12 && high - low > 0.5; i++) {
    const mid = (low + high) / 2;
    const { lines, widths } = wrapLines(font, text, size, mid, false);
    if (lines.length <= greedy.length && Math.max(...widths) <= mid) {
      best = lines;
      high = mid;
    } else low = mid;
  }
  return best === greedy || fits(font, best, size, maxWidth) ? best : greedy;
}
