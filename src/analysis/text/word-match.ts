// Matching word lists against text. A list entry is a literal word, or a regular expression
// written as `/…/` (for patterns such as `擬.*稿` or `單(?!位)`). Each list is compiled once
// into one RegExp, so rules stay cheap over thousands of files.
//
// The compiled RegExp is kept by list identity here rather than in the engine's analyses
// (analysis/memo.ts): it is a compilation of one immutable array, not a fact about an SOP or a
// config, and every caller (rules, analyses, other helpers) passes the array it already holds —
// the engine's lists, or lists an analysis derived once per config.
const compiled = new WeakMap<readonly string[], RegExp | null>();

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation of the list, or null for an empty list. Latin words match case-insensitively. */
export function compileWords(words: readonly string[]): RegExp | null {
  const known = compiled.get(words);
  if (known !== undefined) return known;
  const parts = words
    .filter((w) => w.length > 0)
    .map((w) => (w.length > 2 && w.startsWith('/') && w.endsWith('/') ? `(?:${w.slice(1, -1)})` : escape(w)))
    // Longer literals first, so that 審查會議 wins over 審查 in the alternation.
    .sort((a, b) => b.length - a.length);
  const regex = parts.length > 0 ? new RegExp(parts.join('|'), 'giu') : null;
  compiled.set(words, regex);
  return regex;
}

export interface WordHit {
  word: string;
  index: number;
}

/** Every non-overlapping hit of the list in the text, in order. */
export function findWords(text: string, words: readonly string[]): WordHit[] {
  const regex = compileWords(words);
  if (!regex) return [];
  regex.lastIndex = 0;
  const hits: WordHit[] = [];
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    hits.push({ word: m[0], index: m.index });
    if (m[0].length === 0) regex.lastIndex++;
  }
  return hits;
}

/** The first hit of the list in the text, if any. */
export function firstWord(text: string, words: readonly string[]): WordHit | undefined {
  const regex = compileWords(words);
  if (!regex) return undefined;
  regex.lastIndex = 0;
  const m = regex.exec(text);
  return m ? { word: m[0], index: m.index } : undefined;
}

const stickies = new WeakMap<readonly string[], RegExp | null>();

/** The list's alternation (compileWords, its flags) tried at one place only (sticky instead of global): what it matches there is what the search from there finds first when a hit starts there. */
function compileSticky(words: readonly string[]): RegExp | null {
  const known = stickies.get(words);
  if (known !== undefined) return known;
  const regex = compileWords(words);
  const sticky = regex && new RegExp(regex.source, regex.flags.replace('g', '') + 'y');
  stickies.set(words, sticky);
  return sticky;
}

/** The hit of the list that starts exactly at `index` (the longest alternative first), if any. */
export function wordAt(text: string, words: readonly string[], index = 0): WordHit | undefined {
  const regex = compileSticky(words);
  if (!regex) return undefined;
  regex.lastIndex = index;
  const m = regex.exec(text);
  return m && m.index === index ? { word: m[0], index } : undefined;
}
