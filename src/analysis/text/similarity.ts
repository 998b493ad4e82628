// String distance for "did you mean" suggestions (unknown keys, step ids, form and unit names).
// Works on code points, so a CJK character counts as one edit.

export function levenshtein(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  let previous = Array.from({ length: y.length + 1 }, (_, i) => i);
  let current = new Array<number>(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    current[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[y.length]!;
}

/**
 * Like levenshtein, but two neighbouring characters typed the wrong way round count as one edit
 * (optimal string alignment): `dnoe` is one typo away from `done`, not two.
 */
export function typoDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const rows = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[x.length]![y.length]!;
}

/**
 * The candidate closest to `word`, if it is close enough: at most `maxRatio` of the longer
 * string's length in edits (default 0.4), and never the word itself. `distance` counts the
 * edits (default levenshtein; typoDistance also forgives swapped neighbours).
 */
export function closest(word: string, candidates: Iterable<string>, maxRatio = 0.4, distance: (a: string, b: string) => number = levenshtein): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const wordLength = Array.from(word).length;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const edits = distance(word.toLowerCase(), candidate.toLowerCase());
    const limit = Math.max(1, Math.floor(Math.max(wordLength, Array.from(candidate).length) * maxRatio));
    if (edits <= limit && edits < bestDistance) {
      best = candidate;
      bestDistance = edits;
    }
  }
  return best;
}
