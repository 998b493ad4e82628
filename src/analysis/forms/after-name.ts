// What the words right after a form-like name say about it, read in its clause:
// - a bracket that belongs to the name: a short one (申請單(上聯), a version); or one that gives
//   the name a short name (登記簿(以下簡稱…): formsShortNameMarkers), which makes it a name;
// - a verb that acts on the name as its object put first, after auxiliaries (formsAuxiliaries:
//   契約|簽訂, 申請表|應|送交…, "a Travel Claim form | must be | submitted"): formsTrailingVerbs;
// - words that say the name is a paper: a copy of it (鑑定表|正本, 申請書|影本: formsCopyWords),
//   or the enumeration it heads closed on a kind of paper (同意書|等相關文件: wordingEtc, then
//   formsGenericModifiers and formsClassNouns);
// - a later verb of its sentence, when a marker puts it before that verb as its object
//   (將|該申請書|併同…, 併同|申請審核表|，送交…: formsObjectMarkers).

import { boundedHitAt, boundedHits } from '../text/bounded-words.js';
import { SENTENCE_BREAK } from '../text/word-reading.js';
import type { FormLists } from './form-lists.js';

/** A bracket after the noun at most this long belongs to the name (申請單(上聯), (1140611版)). */
const SHORT_BRACKET = 12;
/** A bracket that gives the name a short name may be this long. */
const DEFINING_BRACKET = 40;

/**
 * Where a name that ends at `nounEnd` ends: after a short bracket that belongs to it, if one
 * follows; and whether a bracket after it gives it a short name (not part of the name as shown).
 */
export function nameEnd(text: string, nounEnd: number, lists: FormLists): { end: number; defined: boolean } {
  const close = text[nounEnd] === '(' ? text.indexOf(')', nounEnd) : -1;
  if (close <= nounEnd) return { end: nounEnd, defined: false };
  if (close - nounEnd <= DEFINING_BRACKET && boundedHitAt(text, lists.shortNameMarkers, nounEnd + 1)) return { end: nounEnd, defined: true };
  return { end: close - nounEnd <= SHORT_BRACKET ? close + 1 : nounEnd, defined: false };
}

/** Past blanks and auxiliaries (應, 須; must be) from `at`, within the clause. */
function pastAuxiliaries(text: string, at: number, lists: FormLists): number {
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    const aux = boundedHitAt(text, lists.auxiliaries, at);
    if (!aux) return at;
    at += aux.word.length;
  }
}

/** Whether a verb that acts on the name follows it in its clause (契約簽訂, 申請表應送交…, the form must be submitted). */
export function actedOnAfter(text: string, end: number, lists: FormLists): boolean {
  return boundedHitAt(text, lists.trailingVerbs, pastAuxiliaries(text, end, lists)) !== undefined;
}

/** Whether the words after the name say it is a paper: a copy of it, or an enumeration of papers it heads. */
export function namedAsPaper(text: string, end: number, lists: FormLists): boolean {
  if (boundedHitAt(text, lists.copyWords, end)) return true;
  const etc = boundedHitAt(text, lists.etc, end);
  if (!etc) return false;
  let at = end + etc.word.length;
  for (let hit = boundedHitAt(text, lists.genericModifiers, at); hit; hit = boundedHitAt(text, lists.genericModifiers, at)) at += hit.word.length;
  const noun = boundedHitAt(text, lists.classNouns, at);
  // The kind of paper ends there (等相關文件。), not a longer word that starts like it (等書面…).
  const after = noun === undefined ? undefined : text[at + noun.word.length];
  return noun !== undefined && (after === undefined || !/[\p{L}\p{N}]/u.test(after));
}

/**
 * Whether the name is the object that a later verb of its sentence acts on: a marker right
 * before it, or before its determiner (將|轉診回覆單|填寫…, 將|該|申請書|併同…, 併同|申請審核表|，送交…).
 */
export function markedObject(text: string, start: number, end: number, lists: FormLists): boolean {
  let before = text.slice(Math.max(0, start - 6), start).trimEnd();
  const det = boundedHits(before, lists.determiners).find((h) => h.index + h.word.length === before.length);
  if (det) before = before.slice(0, det.index).trimEnd();
  if (!boundedHits(before, lists.objectMarkers).some((h) => h.index + h.word.length === before.length)) return false;
  const rest = text.slice(end);
  const stop = rest.search(SENTENCE_BREAK);
  const sentence = stop < 0 ? rest : rest.slice(0, stop);
  return boundedHits(sentence, lists.cuts).length > 0;
}
