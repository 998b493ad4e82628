// One name of capitalised words written in two word orders in one SOP ("Facility Usage Request
// Form" / "Facility Request Usage Form"): the same name spelt two ways. A name is a run of three
// or more capitalised words; a run of four or more is also read without its first word, which may
// say which copy ("Original Facility Request Usage Form"). Two names with the same words in another
// order are one name; the order the SOP writes more often is preferred (ties: the first written),
// and where a name and its tail both clash, the tail is the one reported.

import type { SopText } from '../../model/texts.js';
import type { VariantClash, VariantUse } from './hyphen-variants.js';

/** A run of three or more capitalised words. */
const NAME = /\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){2,}\b/g;

interface OrderedUse extends VariantUse {
  /** The words in the order written, lower case. */
  order: string;
}

/** Each name of the texts (and its tail after a first word, for four words or more), by its words in any order. */
function namesByWords(texts: readonly SopText[]): Map<string, OrderedUse[]> {
  const byWords = new Map<string, OrderedUse[]>();
  const add = (item: SopText, words: string[], written: string) => {
    const key = [...words].map((w) => w.toLowerCase()).sort().join(' ');
    byWords.set(key, [...(byWords.get(key) ?? []), { item, written, order: words.join(' ').toLowerCase() }]);
  };
  for (const item of texts) {
    for (const m of item.text.matchAll(NAME)) {
      const words = m[0].split(/\s+/);
      add(item, words, m[0]);
      if (words.length >= 4) add(item, words.slice(1), words.slice(1).join(' '));
    }
  }
  return byWords;
}

/** Each name written in two word orders, with the uses of the order written less. */
export function wordOrderVariants(texts: readonly SopText[]): VariantClash[] {
  const clashes: VariantClash[] = [];
  for (const uses of namesByWords(texts).values()) {
    const orders = new Map<string, OrderedUse[]>();
    for (const u of uses) orders.set(u.order, [...(orders.get(u.order) ?? []), u]);
    if (orders.size < 2) continue;
    const ranked = [...orders.values()].sort((a, b) => b.length - a.length);
    const major = ranked[0]!;
    clashes.push({ preferred: major[0]!.written, others: ranked.slice(1).flat().map(({ item, written }) => ({ item, written })) });
  }
  // A name and its tail are one use: the tail (the name without which copy) is reported.
  const all = clashes.flatMap((c) => c.others);
  const inner = (u: VariantUse) => all.some((v) => v !== u && v.item === u.item && v.written !== u.written && u.written.includes(v.written));
  return clashes.map((c) => ({ ...c, others: c.others.filter((u) => !inner(u)) })).filter((c) => c.others.length > 0);
}
