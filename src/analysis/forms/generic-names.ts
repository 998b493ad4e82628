// Names that are no form's name, known by how the noun is used rather than by a list of phrases:
// - a bare class noun, alone or after words that only say which or how many (相關文件, 表單,
//   "the required forms", "supporting documents": formsClassNouns after formsGenericModifiers,
//   determiners, or English participles in -ed / -ing), or after a generic modifier that ends a
//   longer name (資訊科相關表單, "IT related forms": whose papers, not which form);
// - a verb and its object (新增表單, 填表, 下載表格): the class noun after an operation verb
//   (formsCutWords) is the thing acted on, not a name;
// - the label of a button, a field or a menu item: a quoted name followed by a UI noun
//   (「新增表單」按鈕, 「經手人」欄位, "Submit form" button: formsUiNouns) or starting with an action
//   on the screen (「列印申請書」: formsUiVerbs).

import { boundedHitAt, boundedHits, isWholeListWord } from '../text/bounded-words.js';
import { isLatin } from '../text/fold.js';
import type { FormLists } from './form-lists.js';
import { QUOTE_CLOSINGS } from './punctuation.js';

/** Whether a name key, once its generic modifiers and operation verbs are read off, is only a class noun. */
export function isClassNoun(key: string, lists: FormLists): boolean {
  let rest = key.trim();
  for (let round = 0; round < 6 && rest.length > 0; round++) {
    const hit = boundedHitAt(rest, lists.generic, 0);
    if (hit && hit.word.length < rest.length) {
      rest = rest.slice(hit.word.length).trimStart();
      continue;
    }
    // An English participle says how the papers stand, not which form: required, supporting.
    const participle = /^([a-z]+(?:ed|ing))\s+/.exec(rest);
    if (participle && isLatin(rest[0])) {
      rest = rest.slice(participle[0].length);
      continue;
    }
    break;
  }
  return isWholeListWord(rest, lists.classNouns) || classNounAfterModifier(rest, lists);
}

/**
 * Whether the name ends with a generic modifier and a class noun (資訊科相關表單, "IT related
 * forms"): what comes before says whose or what about, not which form.
 */
function classNounAfterModifier(key: string, lists: FormLists): boolean {
  return boundedHits(key, lists.genericModifiers).some((hit) => hit.index > 0 && isWholeListWord(key.slice(hit.index + hit.word.length).trim(), lists.classNouns));
}

/**
 * Whether a quoted name is the label of something on a screen: it is followed by a UI noun
 * (「新增表單」按鈕, 「經手人」欄位), it starts with an action (「列印申請書」), or it is a menu path
 * (「報表>各類簽收清單」).
 */
export function labelsUi(raw: string, start: number, end: number, lists: FormLists): boolean {
  if (boundedHitAt(raw, lists.uiVerbs, start)) return true;
  // A menu path (「報表>各類簽收清單」: items joined by >) is where to click, not a name.
  if (MENU_PATH.test(raw.slice(start, end))) return true;
  let at = end;
  while (at < raw.length && (QUOTE_CLOSINGS.includes(raw[at]!) || raw[at] === ' ')) at++;
  return boundedHitAt(raw, lists.uiNouns, at) !== undefined;
}

/** A separator of a menu path between two items (報表 > 各類簽收清單, File → Print). */
const MENU_PATH = /\S\s*(?:>|＞|->|→|»)\s*\S/u;

const QUOTED = /[「『“]([^「『“」』”]{1,40})[」』”]/gu;
/** The characters a quoted label opens with (QUOTED's first). */
const QUOTE_OPENING = /[「『“]/u;

/** The quoted labels of a text that name something on a screen, to be read as no form name by any pass. */
export function uiLabelSpans(raw: string, lists: FormLists): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // Most labels quote nothing: no matchAll (a copy of the regex) for them.
  if (!QUOTE_OPENING.test(raw)) return spans;
  for (const m of raw.matchAll(QUOTED)) {
    const start = m.index + 1;
    const end = start + m[1]!.length;
    if (labelsUi(raw, start, end, lists)) spans.push([m.index, end + 1]);
  }
  return spans;
}
