// A step's `forms` entry: a listed name or id, else the listed name it spells differently (other
// brackets, the city prefix), else the nearest listed name, else a shorter one, else unlisted.

import type { NodePath } from '../../loader/source-map.js';
import { fold } from '../text/fold.js';
import { isSubsequence } from '../text/grams.js';
import { levenshtein } from '../text/similarity.js';
import { stripPrefix } from './listed-forms.js';
import { displayName, nameKey } from './names.js';
import type { FormContext, FormMention } from './types.js';

/** A near entry differs in at most this share of the longer name's characters. */
const NEAR_RATIO = 0.4;

export function entryMention(stepId: string, entry: string, i: number, { forms, lists }: FormContext): FormMention {
  const base = { stepId, path: ['forms', i] as NodePath, entry: true, raw: entry };
  const byName = forms.find((f) => f.name === entry || f.id === entry || f.display === entry);
  if (byName) return { ...base, relation: 'exact', forms: [byName.index] };
  const key = nameKey(entry, lists);
  const bare = nameKey(stripPrefix(displayName(entry, lists), lists), lists);
  const same = forms.find((f) => f.key === key || f.bare === bare);
  if (same) {
    const prefixOnly = nameKey(fold(same.bareDisplay, lists.spellings), lists) === bare && displayName(entry, lists) === same.bareDisplay;
    return { ...base, relation: prefixOnly ? 'prefix' : 'format', forms: [same.index] };
  }
  const scored = forms
    .map((f) => ({ f, d: levenshtein(bare, f.bare) }))
    .filter(({ f, d }) => d <= Math.max(1, Math.floor(Math.max(bare.length, f.bare.length) * NEAR_RATIO)))
    .sort((a, b) => a.d - b.d);
  if (scored.length > 0) {
    const best = scored[0]!.d;
    return { ...base, relation: 'near', cost: best, forms: scored.filter((s) => s.d === best).map((s) => s.f.index) };
  }
  const shorter = forms.filter((f) => bare.length >= 2 && (f.bare.includes(bare) || isSubsequence(bare, f.bare)));
  if (shorter.length > 0) return { ...base, relation: 'short', forms: shorter.map((f) => f.index) };
  return { ...base, relation: 'unlisted', forms: [], key: bare, strength: 0 };
}
