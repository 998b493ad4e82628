// The top-level `forms` list (四、使用表格) prepared for comparison: each name's display, key,
// key without the city prefix, spellings (formsEquivalents, config terms) and template base.

import { bigrams } from '../text/grams.js';
import { boundedHitAt } from '../text/bounded-words.js';
import { tailProbes } from './endings.js';
import type { FormLists } from './form-lists.js';
import { displayName, nameKey } from './names.js';
import type { ListedForm } from './types.js';

/** At most this many spellings of one name are aligned. */
const MAX_VARIANTS = 4;

/** A name without its city prefix (嘉義市政府…, 本府…), unless the prefix is all of it. */
export function stripPrefix(display: string, lists: FormLists): string {
  const prefix = lists.prefixes.length > 0 ? boundedHitAt(display, lists.prefixes, 0) : undefined;
  return prefix && prefix.word.length < display.length ? display.slice(prefix.word.length) : display;
}

/** `bare` and its spellings under the equivalence groups. */
function variantsOf(bare: string, lists: FormLists): string[] {
  const variants = [bare];
  for (const group of lists.equivalents) {
    for (const from of group) {
      if (!from || !bare.includes(from)) continue;
      for (const to of group) if (to !== from && variants.length < MAX_VARIANTS) variants.push(bare.split(from).join(to));
    }
  }
  return variants;
}

/** The key of the document a template is for (申請補助計畫書 for 申請補助計畫書格式), if the name is a template's. */
function baseKeyOf(bare: string, lists: FormLists): string | undefined {
  for (const suffix of lists.templates) {
    if (bare.endsWith(suffix) && bare.length > suffix.length + 1) return bare.slice(0, bare.length - suffix.length).trim();
  }
  return undefined;
}

export function listForm(name: string, index: number, id: string | undefined, lists: FormLists): ListedForm {
  const display = displayName(name, lists);
  const bareDisplay = stripPrefix(display, lists);
  const key = nameKey(display, lists);
  const bare = nameKey(bareDisplay, lists);
  const variants = variantsOf(bare, lists);
  return {
    index,
    id,
    name,
    display,
    bareDisplay,
    key,
    bare,
    variants,
    variantGrams: variants.map((v) => [...bigrams(v)]),
    variantTails: variants.map((v) => tailProbes(v, lists.nounClasses)),
    baseKey: baseKeyOf(bare, lists),
  };
}
