// Phrases a line never breaks inside: the names of units and roles (the config's `units`, the
// SOP's owners and supports). A line may still break before or after one, and a phrase wider
// than the whole line is cut as a last resort, at a word boundary inside it when it has one.

/** A set of phrases kept whole by the line breaker; build it once per SOP and pass it along. */
export class KeepTogether {
  /** Longest first: where phrases overlap, the longer one is matched. */
  readonly phrases: readonly string[];
  /** Identifies the set in caches of segmented text. */
  readonly key: string;

  constructor(phrases: Iterable<string>) {
    const unique = new Set<string>();
    for (const phrase of phrases) {
      const text = phrase.normalize('NFC').trim();
      // One character cannot be broken anyway.
      if ([...text].length > 1 && !/[\r\n]/.test(text)) unique.add(text);
    }
    this.phrases = [...unique].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
    this.key = this.phrases.join('\u0000');
  }

  /**
   * Where the phrases occur in `text`, as [start, end) UTF-16 offsets, left to right and not
   * overlapping (a longer phrase wins over a shorter one it overlaps).
   */
  spans(text: string): [number, number][] {
    if (this.phrases.length === 0) return [];
    const taken: [number, number][] = [];
    const covered = new Uint8Array(text.length);
    for (const phrase of this.phrases) {
      for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
        const end = at + phrase.length;
        if (covered.subarray(at, end).includes(1)) continue;
        covered.fill(1, at, end);
        taken.push([at, end]);
      }
    }
    return taken.sort((a, b) => a[0] - b[0]);
  }
}

/** No phrases. */
export const KEEP_NOTHING = new KeepTogether([]);
