// How well a text was broken into lines, counted on the lines as printed: breaks inside a word
// (a word of Intl.Segmenter's dictionary, that would have fitted on a line), between a number and
// its unit, inside a name that should stay whole. The tests and `npm run chart-metrics` count with
// these functions, so both hold the output to the same measure.

import type { KeepTogether } from './keep-together.js';
import { wordSegmenter } from '../../i18n/word-segmenter.js';

const DIGIT = /\p{Nd}/u;
const LETTER = /\p{L}/u;
const SPACE = /\s/u;

/**
 * Where `lines` break `text`, as offsets into text.normalize('NFC') (the break lies before the
 * character at the offset, white space at a break not counted); breaks at the text's own line
 * breaks are not listed. Undefined when the lines are not the text (a visible hyphen at the end of
 * a cut line is allowed).
 */
export function breakOffsets(text: string, lines: readonly string[]): number[] | undefined {
  const t = text.normalize('NFC');
  const breaks: number[] = [];
  let pos = 0;
  for (const [i, line] of lines.entries()) {
    let explicit = false;
    while (pos < t.length && SPACE.test(t[pos]!)) {
      if (t[pos] === '\n' || t[pos] === '\r') explicit = true;
      pos++;
    }
    if (i > 0 && !explicit) breaks.push(pos);
    const chars = [...line];
    for (const [k, ch] of chars.entries()) {
      if (t.startsWith(ch, pos)) pos += ch.length;
      else if (!(ch === '-' && k === chars.length - 1)) return undefined;
    }
  }
  while (pos < t.length && SPACE.test(t[pos]!)) pos++;
  return pos === t.length ? breaks : undefined;
}

export interface BreakFaults {
  /** Breaks inside a word that would fit on a line, shown as 「市/長」. */
  insideWords: string[];
  /** Breaks between a number and what follows it: 「1/月底前」, 「3 / days」. */
  numberUnit: string[];
  /** Breaks inside a name of `names`. */
  insideNames: string[];
}

export interface BreakFaultOptions {
  /** Whether a word could have been printed on one line (e.g. no wider than the block's widest line). */
  fitsOnLine: (word: string) => boolean;
  /** Names that should not be broken. */
  names?: KeepTogether;
}

/** The faults of the lines a text was broken into (empty lists: none; a text whose lines do not match it counts as one inside-word fault). */
export function breakFaults(text: string, lines: readonly string[], options: BreakFaultOptions): BreakFaults {
  const faults: BreakFaults = { insideWords: [], numberUnit: [], insideNames: [] };
  const breaks = breakOffsets(text, lines);
  if (!breaks) {
    faults.insideWords.push(`${lines.join('/')} ≠ ${text}`);
    return faults;
  }
  if (breaks.length === 0) return faults;
  const t = text.normalize('NFC');
  const show = (start: number, at: number, end: number) => `${t.slice(start, at).trimEnd()}/${t.slice(at, end)}`;
  const segmenter = wordSegmenter();
  const words = [...segmenter.segment(t)];
  for (const at of breaks) {
    const word = words.find((w) => w.index < at && at < w.index + w.segment.length);
    if (word && options.fitsOnLine(word.segment)) faults.insideWords.push(show(word.index, at, word.index + word.segment.length));
    let before = at;
    while (before > 0 && SPACE.test(t[before - 1]!)) before--;
    if (before > 0 && DIGIT.test(t[before - 1]!) && LETTER.test(t[at] ?? '')) faults.numberUnit.push(show(Math.max(0, before - 3), at, at + 3));
  }
  for (const [start, end] of options.names?.spans(t) ?? []) {
    for (const at of breaks) if (start < at && at < end) faults.insideNames.push(show(start, at, end));
  }
  return faults;
}

/** Adds b's faults to a. */
export function addFaults(a: BreakFaults, b: BreakFaults): BreakFaults {
  a.insideWords.push(...b.insideWords);
  a.numberUnit.push(...b.numberUnit);
  a.insideNames.push(...b.insideNames);
  return a;
}
