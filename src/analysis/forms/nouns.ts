// Form nouns in a text (表, 申請書, 報表…): where a form's name may end. A noun inside a longer
// ordinary word (表示, 單位, 書面: formsNotForms) is no noun.

import { bounded, boundedHits } from '../text/bounded-words.js';
import type { FormLists } from './form-lists.js';
import type { NounHit } from './types.js';

export function nounHits(text: string, lists: FormLists): NounHit[] {
  const regex = lists.heads;
  if (!regex) return [];
  const heads: NounHit[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    const hit: NounHit = { word: m[0], index: m.index, ref: m.groups?.ref !== undefined };
    if (m.groups?.code !== undefined) hit.code = true;
    if (bounded(text, hit)) heads.push(hit);
  }
  if (heads.length === 0) return heads;
  const excluded = boundedHits(text, lists.notForms);
  if (excluded.length === 0) return heads;
  // Dropped when an excluded word overlaps it, unless that word lies inside the (longer) noun.
  return heads.filter(
    (h) =>
      !excluded.some(
        (x) => x.index < h.index + h.word.length && h.index < x.index + x.word.length && !(x.index >= h.index && x.index + x.word.length <= h.index + h.word.length && x.word.length < h.word.length),
      ),
  );
}
