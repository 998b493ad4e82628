// Look-alike characters in form nouns (清查畏 for 清查表: data, formsLookalikes): the corrected
// text must end in a form noun right where the look-alike was.

import { fold } from '../text/fold.js';
import { nounHits } from './nouns.js';
import { DELIMITERS } from './punctuation.js';
import type { FieldScan, FormContext, FormMention } from './types.js';

/** Characters of context quoted before the look-alike (清查|畏). */
const CONTEXT = 2;

export function typos(scan: FieldScan, { lists }: FormContext): FormMention[] {
  const { field, raw, text, taken, contentEnd } = scan;
  const mentions: FormMention[] = [];
  for (const [wrong, right] of lists.lookalikes) {
    for (let at = raw.indexOf(wrong); at >= 0; at = raw.indexOf(wrong, at + 1)) {
      const end = at + wrong.length;
      const after = text[end];
      if (!(end >= contentEnd || (after !== undefined && (DELIMITERS.has(after) || after === '(' || after === ' ')))) continue;
      const fixedText = text.slice(0, at) + fold(right, lists.spellings) + text.slice(end);
      const noun = nounHits(fixedText, lists).find((h) => h.index + h.word.length === at + right.length && !h.ref);
      if (!noun || taken.overlaps(at, end)) continue;
      const from = raw.slice(Math.max(0, at - CONTEXT), end);
      const to = from.slice(0, from.length - wrong.length) + right;
      taken.add(Math.max(0, at - CONTEXT), end);
      mentions.push({ stepId: field.stepId, path: field.path, entry: false, raw: from, relation: 'typo', forms: [], corrected: to });
    }
  }
  return mentions;
}
