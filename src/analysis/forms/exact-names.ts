// Listed names written out in a field: exactly, without the city prefix, with other brackets or
// 記錄/紀錄 (the folded key matches), or with a qualifier before a short generic name (建置合約書).

import { boundedHitAt, boundedHits } from '../text/bounded-words.js';
import { isHan } from '../text/fold.js';
import type { FormLists } from './form-lists.js';
import type { FieldScan, FormContext, FormMention, ListedForm, Relation } from './types.js';

/** Only a listed name this short is generic enough for a qualifier to make it another document. */
const GENERIC_NAME = 5;

/**
 * Characters right before a listed name that make it a longer name: Han characters back to
 * punctuation or a cut word or determiner (填寫|首長會見民眾登記處理表 has none; 建置合約書 has 建置).
 */
function qualifierBefore(text: string, at: number, lists: FormLists): string {
  let ps = at;
  while (ps > 0 && isHan(text[ps - 1]) && at - ps < 6) ps--;
  const head = text.slice(ps, at);
  if (!head) return '';
  const cuts = boundedHits(head, lists.cuts);
  const last = cuts[cuts.length - 1];
  let start = last ? last.index + last.word.length : 0;
  for (;;) {
    const det = boundedHitAt(head, lists.determiners, start);
    if (!det) break;
    start += det.word.length;
  }
  const qualifier = head.slice(start);
  return qualifier.length >= 2 && qualifier.length <= 4 ? qualifier : '';
}

/** Every occurrence of a listed name's key (`form.key` → exact, `form.bare` → prefix) in a field. */
export function exactMentions(scan: FieldScan, form: ListedForm, key: string, relationIfSame: 'exact' | 'prefix', { lists }: FormContext): FormMention[] {
  const { field, text, taken } = scan;
  const mentions: FormMention[] = [];
  if (!key) return mentions;
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
    const end = at + key.length;
    if (taken.overlaps(at, end)) continue;
    const words = field.text.slice(at, end);
    const asWritten = relationIfSame === 'exact' ? form.display : form.bareDisplay;
    // Latin letter case is not a different spelling: "the account request form" in running text.
    let relation: Relation = words === asWritten || words.toLowerCase() === asWritten.toLowerCase() ? relationIfSame : 'format';
    // A qualifier written before the name (建置|合約書): another document, or the same one?
    // Only before a short, generic listed name: before a long one they are the label's own words.
    const qualifier = form.bare.length <= GENERIC_NAME ? qualifierBefore(text, at, lists) : '';
    taken.add(at - qualifier.length, end);
    if (qualifier && !field.guidance) relation = 'qualified';
    mentions.push({ stepId: field.stepId, path: field.path, entry: false, raw: qualifier ? field.text.slice(at - qualifier.length, end) : words, relation, forms: [form.index] });
  }
  return mentions;
}
