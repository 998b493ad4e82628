// How wide the table's data columns are (主辦, 協辦, 標準工時／時間點, 使用表單). Each is sized to
// its content: at least its header's widest line (標準工時／ on one line, 時間點 on the next), its
// widest name or word (names are never broken), and style.columns' minimum (6 characters for the
// owner, 9 for the forms) where the content is that long and written in CJK characters (a column
// of Latin text goes down to its longest word); at most style.columns' cap. Fitting a
// width, the columns narrow toward their minimum (as a last resort below it, never below a word or
// name); given room to spare (the handbook's text block), they widen toward one line per entry and
// the rest goes to the flow column.

import type { Lang } from '../../i18n/lang.js';
import type { Sop, Step } from '../../model/types.js';
import { measureText, widestSegment, type Fonts, type KeepTogether } from '../text/index.js';
import type { ChartStyle } from './chart-style.js';
import { cellTexts, DATA_COLUMNS, HEADER_TEXT, NARROW_HEADER_TEXT, type DataColumn } from './table.js';
import { faceOf } from './text-block.js';

export interface ColumnRange {
  /** As narrow as the column goes before words or names break (the last resort that keeps a page upright). */
  least: number;
  /** As narrow as the column goes when the chart must fit a width. */
  min: number;
  /** Its width in the comfortable chart. */
  natural: number;
  /** Every entry on one line (the widest it is worth widening to). */
  full: number;
}

export type ColumnRanges = Map<DataColumn, ColumnRange>;

/** Ideographs, kana and hangul: text whose columns' minimums are counted in their characters. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Rounded up to 1/100 pt (allocateColumns rounds down). */
const ceil100 = (n: number) => Math.ceil(n * 100 + 1e-6) / 100;

/** What a column's texts measure, whether rows show step numbers or not. */
export interface ColumnTexts {
  /** The widest entry on one line. */
  oneLine: number;
  /** The widest word or name. */
  word: number;
  /** Whether some entry is written in CJK characters. */
  cjk: boolean;
}

/** The column's entries measured at the cell size. */
export function columnTexts(sop: Sop, steps: Step[], column: DataColumn, context: { fonts: Fonts; style: ChartStyle; lang: Lang; keep?: KeepTogether }, hoursPerDay?: number): ColumnTexts {
  const { fonts, style, lang, keep } = context;
  const face = faceOf(fonts, 'regular');
  const em = style.cell;
  let oneLine = 0;
  let word = 0;
  let cjk = false;
  for (const step of steps) {
    for (const text of cellTexts(sop, step, column, lang, hoursPerDay)) {
      oneLine = Math.max(oneLine, measureText(face, text.normalize('NFC'), em));
      word = Math.max(word, widestSegment(face, text, em, keep));
      cjk ||= CJK.test(text);
    }
  }
  return { oneLine, word, cjk };
}

/** A column's range; `numberWidth`: room for the step numbers of rows that hold several steps; `texts`: its entries measured (columnTexts). */
export function dataColumnRange(sop: Sop, steps: Step[], column: DataColumn, context: { fonts: Fonts; style: ChartStyle; lang: Lang; keep?: KeepTogether }, numberWidth: number, hoursPerDay?: number, texts = columnTexts(sop, steps, column, context, hoursPerDay)): ColumnRange {
  const { fonts, style, lang } = context;
  const em = style.cell;
  const { oneLine, word, cjk } = texts;
  const headerLines = (text: string) => Math.max(...text.split('\n').map((line) => measureText(faceOf(fonts, 'bold'), line, em)));
  const header = headerLines(HEADER_TEXT[column][lang]);
  const narrowHeader = headerLines(NARROW_HEADER_TEXT[column]?.[lang] ?? HEADER_TEXT[column][lang]);
  const { min: minEms, cap: capEms } = style.columns[column];
  const whole = Math.max(narrowHeader, Math.min(word, style.wordCap));
  // The minimum is counted in CJK characters; a column without any is as narrow as its longest word.
  const least = Math.max(header, whole, cjk ? Math.min(minEms * em, oneLine) : 0);
  const natural = Math.max(least, Math.min(oneLine, capEms * em));
  // Step numbers only where the column says something.
  const extra = (oneLine > 0 ? numberWidth : 0) + 2 * style.cellPadding.x;
  return { least: ceil100(whole + extra), min: ceil100(least + extra), natural: ceil100(natural + extra), full: ceil100(Math.max(natural, oneLine) + extra) };
}

/** The data columns' ranges; `texts`: their entries measured already (the same for rows with and without step numbers). */
export function columnRanges(sop: Sop, drawn: Step[], context: { fonts: Fonts; style: ChartStyle; lang: Lang; keep?: KeepTogether }, numbered: boolean, hoursPerDay?: number, texts?: ReadonlyMap<DataColumn, ColumnTexts>): ColumnRanges {
  const face = faceOf(context.fonts, 'regular');
  let widest = 0;
  if (numbered) for (let n = 1; n <= drawn.length; n++) widest = Math.max(widest, measureText(face, String(n), context.style.cell));
  const numberWidth = numbered ? widest + context.style.cell * 0.4 : 0;
  return new Map(DATA_COLUMNS.map((key) => [key, dataColumnRange(sop, drawn, key, context, numberWidth, hoursPerDay, texts?.get(key))]));
}

export function sumOf(ranges: ColumnRanges, key: keyof ColumnRange): number {
  let sum = 0;
  for (const range of ranges.values()) sum += range[key];
  return sum;
}

export function widthsOf(ranges: ColumnRanges, key: keyof ColumnRange): Map<DataColumn, number> {
  return new Map([...ranges].map(([column, range]) => [column, range[key]]));
}

/** Rounded down to 1/100 pt, so that rounding never makes the chart wider than the width. */
const floor100 = (n: number) => Math.floor(n * 100) / 100;

/**
 * Widths of the data columns in `available` points: natural when they fit, else each column
 * narrowed by the same share of the room it can give up down to `min` (with `squeeze`, on down to
 * `least`); undefined when even the narrowest do not fit. With `fill`, room left over widens the
 * columns toward `full` by the same share; `spare` is what is still left (for the flow column).
 */
export function allocateColumns(ranges: ColumnRanges, available: number, fill = false, squeeze = false): { widths: Map<DataColumn, number>; spare: number } | undefined {
  const between = (from: keyof ColumnRange, to: keyof ColumnRange, share: number) =>
    new Map([...ranges].map(([key, range]) => [key, Math.max(range[from], floor100(range[from] + (range[to] - range[from]) * share))]));
  const natural = sumOf(ranges, 'natural');
  if (natural <= available + 1e-6) {
    if (!fill) return { widths: widthsOf(ranges, 'natural'), spare: 0 };
    const full = sumOf(ranges, 'full');
    const widths = full - natural > 0 ? between('natural', 'full', Math.min(1, (available - natural) / (full - natural))) : widthsOf(ranges, 'natural');
    let used = 0;
    for (const width of widths.values()) used += width;
    return { widths, spare: Math.max(0, available - used) };
  }
  const min = sumOf(ranges, 'min');
  if (min <= available + 1e-6) return { widths: between('min', 'natural', natural - min > 0 ? (available - min) / (natural - min) : 0), spare: 0 };
  const least = sumOf(ranges, 'least');
  if (!squeeze || least > available + 1e-6) return undefined;
  return { widths: between('least', 'min', min - least > 0 ? (available - least) / (min - least) : 0), spare: 0 };
}
