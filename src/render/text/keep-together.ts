// Phrases a line never breaks inside: the names of units and roles (the config's `units`, the
// SOP's owners and supports). A line may still break before or after one, and a phrase wider
// than the whole line is cut as a last resort, at a word boundary inside it when it has one. A
// caller that knows the room a text gets may drop the phrases wider than that room (`within`), so
// that such a name breaks between its words (都市設計/審議委員會) instead of widening its box.

/** A set of phrases kept whole by the line breaker; build it once per SOP and pass it along. */
export class KeepTogether {
  /** Longest first: where phrases overlap, the longer one is matched. */
  readonly phrases: readonly string[];
  /** Identifies the set in caches of segmented text. */
  readonly key: string;

  /** Subsets made by `within`, by their key (the same object for the same phrases). */
  private readonly subsets = new Map<string, KeepTogether>();

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

  /** The phrases for which `keeps` holds (this set itself when it holds for all of them). */
  within(keeps: (phrase: string) => boolean): KeepTogether {
    const kept = this.phrases.filter(keeps);
    if (kept.length === this.phrases.length) return this;
    const key = kept.join('\u0000');
    let subset = this.subsets.get(key);
    if (!subset) this.subsets.set(key, (subset = new KeepTogether(kept)));
    return subset;
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
