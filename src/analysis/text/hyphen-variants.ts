// One Latin word written with and without a hyphen in one SOP (ServiceNow / Service-Now): the
// same name spelt two ways. Only where each part around the hyphen has three letters or more, so
// that a prefix whose hyphen changes the word (re-sign / resign, co-op) or a particle (sign-in,
// follow-up) is not taken for a spelling. A word inside a proper name that the text abbreviates
// right after it (Office of Governmentwide Policy (OGP)) is spelt as the name is, and is no use.

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

const NAME_WORD = /^[A-Z][A-Za-z-]*$/;
const NAME_LINKS = new Set(['of', 'and', 'for', 'the', 'on', 'in']);

/**
 * Whether the word at [start, end) is inside a capitalised name followed by its abbreviation in
 * brackets, whose letters are the initials of the name's capitalised words (Office of
 * Governmentwide Policy (OGP)).
 */
function inAbbreviatedName(text: string, start: number, end: number): boolean {
  const after = /^((?:\s+[A-Z][A-Za-z-]*|\s+(?:of|and|for|the|on|in))*)\s*\(([A-Z]{2,})\)/.exec(text.slice(end));
  if (!after) return false;
  const words = [...text.slice(0, start).split(/\s+/).filter(Boolean).slice(-6), text.slice(start, end), ...after[1]!.trim().split(/\s+/).filter(Boolean)];
  const abbreviation = after[2]!;
  // The name is the run of capitalised words (and links) that ends before the bracket.
  for (let from = words.length - 1; from >= 0 && (NAME_WORD.test(words[from]!) || NAME_LINKS.has(words[from]!)); from--) {
    const initials = words.slice(from).filter((w) => NAME_WORD.test(w)).map((w) => w[0]).join('');
    if (initials === abbreviation && from <= words.length - 1 - after[1]!.trim().split(/\s+/).filter(Boolean).length) return true;
  }
  return false;
}

/** Each word written both with and without a hyphen in the texts, with the uses of its less frequent spellings. */
export function hyphenVariants(texts: readonly SopText[]): VariantClash[] {
  const byKey = new Map<string, VariantUse[]>();
  for (const item of texts) {
    for (const m of item.text.matchAll(WORD)) {
      if (/^[A-Z]/.test(m[0]) && inAbbreviatedName(item.text, m.index, m.index + m[0].length)) continue;
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
