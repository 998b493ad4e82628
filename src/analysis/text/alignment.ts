// Approximate matching: the fewest edits that turn a name into some part of a text
// (semi-global alignment), for near misses of a listed form's name in a label.

export interface Alignment {
  /** cost[j]: the fewest edits that turn the pattern into a substring of the text ending at j (0…n). */
  cost: Int32Array;
  /** start[j]: where that substring starts. */
  start: Int32Array;
}

/** For every end position j of `text` (1…n), the fewest edits and where the substring starts. */
export function alignEnds(pattern: string, text: string): Alignment {
  const m = pattern.length;
  const n = text.length;
  let prev = new Int32Array(m + 1);
  let prevStart = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  let curStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  const cost = new Int32Array(n + 1);
  const start = new Int32Array(n + 1);
  cost[0] = m;
  for (let j = 1; j <= n; j++) {
    cur[0] = 0;
    curStart[0] = j;
    const t = text.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      let best = prev[i - 1]! + (pattern.charCodeAt(i - 1) === t ? 0 : 1);
      let from = prevStart[i - 1]!;
      if (prev[i]! + 1 < best) {
        best = prev[i]! + 1;
        from = prevStart[i]!;
      }
      if (cur[i - 1]! + 1 < best) {
        best = cur[i - 1]! + 1;
        from = curStart[i - 1]!;
      }
      cur[i] = best;
      curStart[i] = from;
    }
    cost[j] = cur[m]!;
    start[j] = curStart[m]!;
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  return { cost, start };
}

/** The fewest edits that turn `pattern` into some substring of `text`. */
export function alignWithin(pattern: string, text: string): number {
  const { cost } = alignEnds(pattern, text);
  let best = pattern.length;
  for (let j = 1; j < cost.length; j++) best = Math.min(best, cost[j]!);
  return best;
}
