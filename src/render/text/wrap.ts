// Line breaking for labels and cells: greedy (wrapText) or balanced (wrapBalanced) over the
// segments of segments.ts — words, never broken inside (kinsoku, numbers with their units, kept
// phrases) — so that a line breaks only between words. Callers size their boxes to the widest
// segment (widestSegment) so that words stay whole; a segment wider than the line all the same is
// cut as a last resort: at a word boundary inside it, else after a hyphen, underscore, slash, dot
// or question mark, else between characters (with a visible hyphen between two letters), so that
// nothing ever overflows.
//
// Cost: a paragraph is segmented once per text and phrase set (cached), each segment measured
// once per font (measure.ts caches widths per em), a long word cut in one pass over its characters.

import type { MeasureFont } from './fonts.js';
import type { KeepTogether } from './keep-together.js';
import { measureText } from './measure.js';
import { isClosingPunctuation, isOpeningPunctuation, segmentParagraph, type Segment } from './segments.js';

export { isClosingPunctuation, isOpeningPunctuation, type Segment } from './segments.js';

/** Letters of alphabets that hyphenate: a cut between two of them is marked with a visible hyphen. */
const ALPHABETIC = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;
/** Where a word that must be cut prefers to be cut (after the character). */
const CUT_AFTER = new Set(['-', '_', '/', '.', '?', '\u2010', '\u2011']);

/** Segmented paragraphs by phrase set (its key: the same names for every chart of a run), then by text; bounded. */
const segmentCache = new Map<string, Map<string, Segment[][]>>();
const SEGMENT_CACHE_LIMIT = 10_000;
const PHRASE_SETS_LIMIT = 64;

/**
 * The paragraphs of `text` (split at its line breaks) as segments. NFC: CJK compatibility
 * ideographs (U+F900…, common in text copied from PDFs) become the unified ideographs that fonts
 * have glyphs for; every printed text goes through here, so chart and handbook print the same.
 */
export function paragraphSegments(text: string, keep?: KeepTogether): Segment[][] {
  const key = keep?.key ?? '';
  let cache = segmentCache.get(key);
  if (!cache) {
    if (segmentCache.size >= PHRASE_SETS_LIMIT) segmentCache.delete(segmentCache.keys().next().value!);
    segmentCache.set(key, (cache = new Map()));
  }
  let paragraphs = cache.get(text);
  if (!paragraphs) {
    paragraphs = text.normalize('NFC').split(/\r\n|\r|\n/).map((p) => segmentParagraph(p, keep));
    if (cache.size >= SEGMENT_CACHE_LIMIT) cache.clear();
    cache.set(text, paragraphs);
  }
  return paragraphs;
}

/** The segments of `text`, all paragraphs (for tests and diagnostics). */
export function segmentText(text: string, keep?: KeepTogether): Segment[] {
  return paragraphSegments(text, keep).flat();
}

/** Where to cut a piece that starts at character `from` and fits up to `fit` (exclusive); character indices. */
function cutPoint(chars: readonly string[], from: number, fit: number, cuts: ReadonlySet<number>): number {
  for (let i = fit; i > from; i--) if (cuts.has(i)) return i;
  for (let i = fit; i >= from + 2; i--) if (CUT_AFTER.has(chars[i - 1]!)) return i;
  let cut = fit;
  while (cut > from + 1 && (isClosingPunctuation(chars[cut] ?? '') || isOpeningPunctuation(chars[cut - 1]!))) cut--;
  return cut;
}

/**
 * Cuts a segment wider than maxWidth into pieces that fit (at least one character each), in one
 * pass: the characters are measured one by one and each piece once more, as a whole.
 */
function cutSegment(font: MeasureFont, segment: Segment, size: number, maxWidth: number): string[] {
  const chars = [...segment.text];
  const widths = chars.map((ch) => measureText(font, ch, size));
  // Word boundaries inside the segment, as character indices.
  const cuts = new Set<number>();
  const wanted = new Set(segment.cuts);
  for (let i = 0, offset = 0; i < chars.length; offset += chars[i]!.length, i++) if (wanted.has(offset)) cuts.add(i);
  const pieces: string[] = [];
  let from = 0;
  while (from < chars.length) {
    while (from < chars.length && /\s/u.test(chars[from]!)) from++;
    let width = 0;
    let fit = from;
    while (fit < chars.length && width + widths[fit]! <= maxWidth) width += widths[fit++]!;
    if (fit === chars.length && measureText(font, chars.slice(from).join(''), size) <= maxWidth) {
      pieces.push(chars.slice(from).join(''));
      break;
    }
    fit = Math.max(from + 1, Math.min(fit, chars.length - 1));
    let cut = cutPoint(chars, from, fit, cuts);
    const hyphen = !cuts.has(cut) && !CUT_AFTER.has(chars[cut - 1]!) && ALPHABETIC.test(chars[cut - 1]!) && ALPHABETIC.test(chars[cut] ?? '');
    let piece = chars.slice(from, cut).join('').trimEnd() + (hyphen ? '-' : '');
    // Kerning may make the whole a little wider than the sum of its characters.
    while (cut > from + 1 && measureText(font, piece, size) > maxWidth) {
      cut--;
      piece = chars.slice(from, cut).join('').trimEnd() + (hyphen ? '-' : '');
    }
    pieces.push(piece);
    from = cut;
  }
  return pieces;
}

/** Width of the widest piece of `text` that wrapText never breaks (a word, a kept phrase, a character with its punctuation). */
export function widestSegment(font: MeasureFont, text: string, size: number, keep?: KeepTogether): number {
  return widestOf(textWidths(font, paragraphSegments(text, keep), size));
}

/** Each segment's width, by paragraph. */
function textWidths(font: MeasureFont, paragraphs: Segment[][], size: number): number[][] {
  return paragraphs.map((paragraph) => paragraph.map((segment) => measureText(font, segment.text, size)));
}

/** The widest of the widths (0 for none). */
function widestOf(widths: number[][]): number {
  let widest = 0;
  for (const row of widths) for (const width of row) widest = Math.max(widest, width);
  return widest;
}

/** Lines and their widths as wrapLines estimated them. */
interface Wrapped {
  lines: string[];
  widths: number[];
}

/** Each segment's width and its space's, by paragraph: what wrapLines adds up, measured once for all the widths a balanced wrap tries. */
interface SegmentWidths {
  text: number[][];
  space: number[][];
}

function segmentWidths(font: MeasureFont, paragraphs: Segment[][], size: number): SegmentWidths {
  return {
    text: textWidths(font, paragraphs, size),
    space: paragraphs.map((paragraph) => paragraph.map((segment) => measureText(font, segment.space, size))),
  };
}

/**
 * The greedy wrap. A line's width is taken as the sum of its segments' (and spaces') widths,
 * each measured once and cached, instead of measuring every growing line: that ignores kerning
 * between segments, so wrapText checks the lines it returns and wraps exactly when one is over.
 */
function wrapLines(font: MeasureFont, paragraphs: Segment[][], size: number, maxWidth: number, exact: boolean, measured?: SegmentWidths): Wrapped {
  const lines: string[] = [];
  const widths: number[] = [];
  const push = (line: string, width: number) => {
    lines.push(line);
    widths.push(width);
  };
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!;
    let line = '';
    let width = 0;
    for (let k = 0; k < paragraph.length; k++) {
      const segment = paragraph[k]!;
      const segmentWidth = measured ? measured.text[p]![k]! : measureText(font, segment.text, size);
      if (line) {
        const candidate = line + segment.space + segment.text;
        const candidateWidth = exact ? measureText(font, candidate, size) : width + (measured ? measured.space[p]![k]! : measureText(font, segment.space, size)) + segmentWidth;
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
      const pieces = cutSegment(font, segment, size, maxWidth);
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
 * Wraps `text` into lines no wider than `maxWidth` at `size` points (greedy), breaking between
 * words and never inside a phrase of `keep`. Explicit newlines are kept. A single character wider
 * than maxWidth still gets a line of its own: callers size shapes so that this cannot happen
 * (maxWidth ≥ widestSegment, or at least the widest character).
 */
export function wrapText(font: MeasureFont, text: string, size: number, maxWidth: number, keep?: KeepTogether): string[] {
  return greedyWrap(font, paragraphSegments(text, keep), size, maxWidth);
}

function greedyWrap(font: MeasureFont, paragraphs: Segment[][], size: number, maxWidth: number, measured?: SegmentWidths): string[] {
  const quick = wrapLines(font, paragraphs, size, maxWidth, false, measured);
  return fits(font, quick.lines, size, maxWidth) ? quick.lines : wrapLines(font, paragraphs, size, maxWidth, true).lines;
}

/** Width of the widest line. */
export function widestLine(font: MeasureFont, lines: readonly string[], size: number): number {
  let widest = 0;
  for (const line of lines) widest = Math.max(widest, measureText(font, line, size));
  return widest;
}

/**
 * Wraps into as few lines as `maxWidth` allows, then narrows the width as far as the line
 * count stays the same, so lines come out balanced (no lone last word).
 */
export function wrapBalanced(font: MeasureFont, text: string, size: number, maxWidth: number, keep?: KeepTogether): string[] {
  const paragraphs = paragraphSegments(text, keep);
  // Each segment measured once for the greedy wrap and every width the balancing tries.
  const measured = segmentWidths(font, paragraphs, size);
  const greedy = greedyWrap(font, paragraphs, size, maxWidth, measured);
  if (greedy.length <= 1) return greedy;
  let high = widestLine(font, greedy, size);
  // Never narrower than a word (widestSegment): balancing must not cut what the greedy wrap kept whole.
  let low = Math.min(widestOf(measured.text), high);
  let best = greedy;
  for (let i = 0; i < 12 && high - low > 0.5; i++) {
    const mid = (low + high) / 2;
    const { lines, widths } = wrapLines(font, paragraphs, size, mid, false, measured);
    if (lines.length <= greedy.length && Math.max(...widths) <= mid) {
      best = lines;
      high = mid;
    } else low = mid;
  }
  return best === greedy || fits(font, best, size, maxWidth) ? best : greedy;
}
