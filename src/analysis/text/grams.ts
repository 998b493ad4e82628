// Character bigrams and subsequences: cheap tests before an alignment, and the loosest kinds of
// "the same name" (a short name keeps the long one's characters in order).

/** The distinct bigrams of a text. */
export function bigrams(text: string): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) set.add(text.slice(i, i + 2));
  return set;
}

/** Whether the characters of `short` occur in `long` in the same order. */
export function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}
