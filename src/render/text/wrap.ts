// Line breaking for labels: CJK text may break between any two characters, Latin text only at
// spaces; a line never starts with closing punctuation nor ends with opening punctuation
// (kinsoku). A word wider than the line is cut by characters, so nothing ever overflows.

import type { MeasureFont } from './fonts.js';
import { measureText } from './measure.js';

/** May not start a line. */
const CLOSING = new Set([...'，。、）」』：；？！,.;:?!)]}》〉】〕〗〙〛’”％%・…‥ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ〜～／', '\uff3d', '\uff5d', '\uff0e']);
/** May not end a line. */
const OPENING = new Set([...'（「『([{《〈【〔〖〘〚‘“'].concat(['\uff08', '\uff3b', '\uff5b']));

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
 * non-space characters (a Latin word, a number), closing punctuation glued to what precedes it
 * and opening punctuation glued to what follows.
 */
export function segmentText(text: string): Segment[] {
  const segments: Segment[] = [];
  let space = '';
  let current: Segment | undefined;
  let glueNext = false; // the previous character was opening punctuation
  let currentIsWord = false;
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
      continue;
    }
    const cjk = CJK.test(ch);
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

/** Cuts one segment by characters into pieces no wider than maxWidth (at least one character each). */
function cutByCharacters(font: MeasureFont, text: string, size: number, maxWidth: number): string[] {
  const pieces: string[] = [];
  let line: string[] = [];
  for (const ch of text) {
    if (line.length > 0 && measureText(font, line.join('') + ch, size) > maxWidth) {
      // Kinsoku inside the cut too, as far as a line keeps one character.
      let next = [ch];
      while (line.length > 1 && (CLOSING.has(next[0]!) || OPENING.has(line[line.length - 1]!))) next = [line.pop()!, ...next];
      pieces.push(line.join(''));
      line = next;
    } else line.push(ch);
  }
  if (line.length > 0) pieces.push(line.join(''));
  return pieces;
}

/**
 * Wraps `text` into lines no wider than `maxWidth` at `size` points (greedy). Explicit newlines
 * are kept. A single character wider than maxWidth still gets a line of its own: callers size
 * shapes so that this cannot happen (maxWidth ≥ the widest character).
 */
export function wrapText(font: MeasureFont, text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  // NFC: CJK compatibility ideographs (U+F900…, common in text copied from PDFs) become the
  // unified ideographs that fonts have glyphs for; canonically the same characters. Every
  // printed text goes through here, so the chart and the handbook print the same characters.
  for (const paragraph of text.normalize('NFC').split(/\r\n|\r|\n/)) {
    let line = '';
    for (const segment of segmentText(paragraph)) {
      const candidate = line ? line + segment.space + segment.text : segment.text;
      if (measureText(font, candidate, size) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      if (measureText(font, segment.text, size) <= maxWidth) {
        line = segment.text;
        continue;
      }
      const pieces = cutByCharacters(font, segment.text, size, maxWidth);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? '';
    }
    lines.push(line.trimEnd());
  }
  // Drop empty lines at the ends (a trailing newline in YAML block scalars), keep inner ones.
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  while (lines.length > 1 && lines[0] === '') lines.shift();
  return lines;
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
  let low = 0;
  let high = widestLine(font, greedy, size);
  let best = greedy;
  for (let i = 0; i < 12 && high - low > 0.5; i++) {
    const mid = (low + high) / 2;
    const lines = wrapText(font, text, size, mid);
    if (lines.length <= greedy.length && widestLine(font, lines, size) <= mid) {
      best = lines;
      high = mid;
    } else low = mid;
  }
  return best;
}
