// One unit named with two head nouns in one SOP ("the Recruitment Team" / "the Recruitment
// Department"): the same capitalised name before two words of `termUnitHeads` (data per language:
// Team, Department, Unit, Office…). Where the two names stand side by side as items of one list
// ("the Finance Department and the Finance Team") they name two units, and the name is left alone.

import type { WordLists } from '../../engine/types.js';
import type { SopText } from '../../model/texts.js';
import { listsAnalysis } from '../memo.js';
import { wordList } from '../word-lists.js';
import type { VariantClash, VariantUse } from './hyphen-variants.js';

/** A run of capitalised words (and links inside it) right before a head: the unit's own name. */
const NAME = String.raw`((?:[A-Z][A-Za-z&'-]*\s+(?:(?:of|and|for|the)\s+)?){1,4})`;
/** Words that open a sentence or a name without being part of it. */
const LEAD_INS = new Set(['the', 'a', 'an', 'our', 'your', 'their', 'its', 'each', 'every', 'any', 'all', 'this', 'that', 'if', 'when', 'then']);

/** What the reading needs of a config's lists, once per config: the heads as one regex (literal words only), and the words that join the items of a list (and, or: wordingEnumerators). */
export const unitHeadPattern = listsAnalysis('unit head nouns', ({ words }: { words: WordLists }): UnitHeadLists => {
  const heads = wordList(words, 'termUnitHeads').filter((w) => /^[A-Za-z]+$/.test(w));
  return { pattern: heads.length === 0 ? null : new RegExp(`${NAME}(${heads.join('|')})s?\\b`, 'g'), joins: wordList(words, 'wordingEnumerators') };
});

interface UnitHeadLists {
  pattern: RegExp | null;
  joins: readonly string[];
}

/** Where the unit's own name starts in the matched name (after lead-ins: the, our…), or -1 when nothing is left. */
function nameStart(name: string): number {
  for (const w of name.matchAll(/\S+/g)) if (!LEAD_INS.has(w[0].toLowerCase())) return w.index;
  return -1;
}

/** Whether two names stand side by side in one text as items of one list (the Finance Department and the Finance Team). */
function listedTogether(uses: readonly VariantUse[], joins: readonly string[]): boolean {
  return uses.some((a) =>
    uses.some((b) => {
      if (a.item !== b.item || a.written === b.written) return false;
      const text = a.item.text;
      for (let at = text.indexOf(a.written); at >= 0; at = text.indexOf(a.written, at + 1)) {
        const rest = text.slice(at + a.written.length);
        const next = rest.indexOf(b.written);
        const between = next < 0 ? '' : rest.slice(0, next).replace(/\bthe\s*$/i, '').replace(/^[\s,]+|[\s,]+$/g, '');
        if (next >= 0 && (between === '' ? /^\s*,/.test(rest) : joins.some((j) => j.toLowerCase() === between.toLowerCase()))) return true;
      }
      return false;
    }),
  );
}

/** Each unit name written with two heads, with the uses of the less frequent ones. */
export function unitHeadVariants(texts: readonly SopText[], { pattern, joins }: UnitHeadLists): VariantClash[] {
  if (!pattern) return [];
  const byStem = new Map<string, VariantUse[]>();
  for (const item of texts) {
    for (const m of item.text.matchAll(pattern)) {
      const at = nameStart(m[1]!);
      if (at < 0) continue;
      const written = item.text.slice(m.index + at, m.index + m[1]!.length + m[2]!.length).trim();
      const stem = m[1]!.slice(at).trim().replace(/\s+/g, ' ').toLowerCase();
      byStem.set(stem, [...(byStem.get(stem) ?? []), { item, written }]);
    }
  }
  const clashes: VariantClash[] = [];
  for (const uses of byStem.values()) {
    const headOf = (u: VariantUse) => u.written.slice(u.written.lastIndexOf(' ') + 1).toLowerCase();
    const counts = new Map<string, number>();
    for (const u of uses) counts.set(headOf(u), (counts.get(headOf(u)) ?? 0) + 1);
    if (counts.size < 2 || listedTogether(uses, joins)) continue;
    // The head the SOP uses most (ties: the first written).
    const head = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const preferred = uses.find((u) => headOf(u) === head)!.written;
    clashes.push({ preferred, others: uses.filter((u) => headOf(u) !== head) });
  }
  return clashes;
}
