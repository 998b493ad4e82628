// Facts about one text that reading its words (word-reading.ts) asks for again and again: where
// its sentences and clauses break, which offsets are inside quotation marks, which list words a
// sentence holds. Each is computed once per text, so that reading every hit of a long label costs
// time linear in its length, not quadratic (a 12,000-character label took seconds).
//
// One text is kept: the label being read. Callers read one label's hits in a row.

export class TextIndex {
  private readonly memos = new Map<object, Map<unknown, unknown>>();

  constructor(readonly text: string) {}

  /** The value of `compute` for this text under (kind, key): computed on the first call. */
  memo<T>(kind: object, key: unknown, compute: () => T): T {
    let values = this.memos.get(kind);
    if (!values) {
      values = new Map();
      this.memos.set(kind, values);
    }
    if (values.has(key)) return values.get(key) as T;
    const value = compute();
    values.set(key, value);
    return value;
  }
}

let last: TextIndex | undefined;

/** The index of `text` (the last text's, when it is the same). */
export function textIndex(text: string): TextIndex {
  if (last?.text !== text) last = new TextIndex(text);
  return last;
}

/** For each offset i of a text (0…length): the last position before i where `isBreak` holds (-1: none), and the first at or after i (length: none). */
export interface BreakTable {
  before: Int32Array;
  from: Int32Array;
}

export function breakTable(text: string, isBreak: (i: number) => boolean): BreakTable {
  const n = text.length;
  const before = new Int32Array(n + 1);
  const from = new Int32Array(n + 1);
  let lastBreak = -1;
  for (let i = 0; i <= n; i++) {
    before[i] = lastBreak;
    if (i < n && isBreak(i)) lastBreak = i;
  }
  let next = n;
  for (let i = n; i >= 0; i--) {
    if (i < n && isBreak(i)) next = i;
    from[i] = next;
  }
  return { before, from };
}

/**
 * For each offset i (0…length): whether text[0, i) leaves a pair of marks open (its last opening
 * mark after its last closing one), or an odd number of straight double quotes.
 */
export function openQuotes(text: string, pairs: ReadonlyArray<readonly [string, string]>): Uint8Array {
  const n = text.length;
  const inside = new Uint8Array(n + 1);
  const lastOpen = pairs.map(() => -1);
  const lastClose = pairs.map(() => -1);
  let straight = 0;
  for (let i = 0; i <= n; i++) {
    let open = straight % 2 === 1;
    for (let p = 0; p < pairs.length && !open; p++) open = lastOpen[p]! > lastClose[p]!;
    inside[i] = open ? 1 : 0;
    if (i === n) break;
    const c = text[i];
    if (c === '"') straight++;
    for (let p = 0; p < pairs.length; p++) {
      if (c === pairs[p]![0]) lastOpen[p] = i;
      else if (c === pairs[p]![1]) lastClose[p] = i;
    }
  }
  return inside;
}

const CONTENT = /[\p{L}\p{N}]/u;

/** For each offset i: where the first letter or digit at or after i starts (length: none), and its length in UTF-16 units. */
export function contentTable(text: string): { next: Int32Array; size: Uint8Array } {
  const n = text.length;
  const next = new Int32Array(n + 1);
  const size = new Uint8Array(n + 1);
  const starts: number[] = [];
  for (let i = 0; i < n; ) {
    const cp = text.codePointAt(i)!;
    const units = cp > 0xffff ? 2 : 1;
    if (CONTENT.test(String.fromCodePoint(cp))) {
      starts.push(i);
      size[i] = units;
    }
    i += units;
  }
  let first = n;
  let s = starts.length - 1;
  for (let i = n; i >= 0; i--) {
    while (s >= 0 && starts[s]! >= i) first = starts[s--]!;
    next[i] = first;
  }
  return { next, size };
}

/** Whether text[from, to) holds a letter or digit (as /[\p{L}\p{N}]/u tests the slice). */
export function hasContent(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  const { next, size } = textIndex(text).memo(contentTable, undefined, () => contentTable(text));
  const at = next[Math.max(0, from)]!;
  return at < text.length && at + size[at]! <= to;
}
