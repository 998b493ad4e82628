// One Latin word written with and without a hyphen in one SOP (ServiceNow / Service-Now): the
// same name spelt two ways. Only where each part around the hyphen has three letters or more, so
// that a prefix whose hyphen changes the word (re-sign / resign, co-op) or a particle (sign-in,
// follow-up) is not taken for a spelling.

import type { SopText } from '../../model/texts.js';

export interface VariantUse {
  item: SopText;
  written: string;
}

export interface VariantClash {
  /** The spelling the SOP uses more (ties: the one without a hyphen). */
  preferred: string;
  /** Uses of the other spellings. */
  others: VariantUse[];
}

const WORD = /[A-Za-z]{3,}(?:-[A-Za-z]{3,})+|[A-Za-z]{6,}/g;

/** Each word written both with and without a hyphen in the texts, with the uses of its less frequent spellings. */
export function hyphenVariants(texts: readonly SopText[]): VariantClash[] {
  const byKey = new Map<string, VariantUse[]>();
  for (const item of texts) {
    for (const m of item.text.matchAll(WORD)) {
      const key = m[0].replace(/-/g, '').toLowerCase();
      byKey.set(key, [...(byKey.get(key) ?? []), { item, written: m[0] }]);
    }
  }
  const clashes: VariantClash[] = [];
  for (const uses of byKey.values()) {
    const hyphened = uses.filter((u) => u.written.includes('-'));
    if (hyphened.length === 0 || hyphened.length === uses.length) continue;
    const plain = uses.filter((u) => !u.written.includes('-'));
    const [major, minor] = hyphened.length > plain.length ? [hyphened, plain] : [plain, hyphened];
    clashes.push({ preferred: major[0]!.written, others: minor });
  }
  return clashes;
}
