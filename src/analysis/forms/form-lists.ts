// The word lists of the form analysis (data/words/*/forms.json and numerals.json, with the
// config's `words` and `terms`), prepared once per config and shared by every SOP under it.

import type { WordListName, WordLists } from '../../engine/types.js';
import { listsAnalysis } from '../memo.js';
import type { Spellings } from '../text/fold.js';
import { compileWords } from '../text/word-match.js';
import { wordList } from '../word-lists.js';
import { nounClassesOf, type NounClasses } from './endings.js';
import { nameKey, type NameGrammar } from './names.js';

export interface FormLists extends NameGrammar {
  notForms: readonly string[];
  standalone: readonly string[];
  producing: readonly string[];
  /** Particles that make what comes before them a modifier (之, 的): 填載之追蹤考核表, a form filled in. */
  attributive: readonly string[];
  cuts: readonly string[];
  determiners: readonly string[];
  prefixes: readonly string[];
  /** Template suffixes (格式, 範例…), as name keys. */
  templates: string[];
  proseNouns: readonly string[];
  modifiers: readonly string[];
  lookalikes: Array<[string, string]>;
  /** Groups of equivalent spellings, as name keys. */
  equivalents: string[][];
  nounClasses: NounClasses;
  /** Nouns of a kind of paper (表單, 文件; form, document): no name alone (generic-names.ts). */
  classNouns: readonly string[];
  /** Words before a class noun that keep it generic even after other words (相關, 所需; related). */
  genericModifiers: readonly string[];
  /** Words before a class noun that keep it generic: modifiers, determiners, operation verbs. */
  generic: readonly string[];
  /** After a quoted name: the name labels a button or a field (按鈕, 欄位; button, field). */
  uiNouns: readonly string[];
  /** A quoted name that starts with one is an action on the screen (「列印申請書」). */
  uiVerbs: readonly string[];
  /** Verbs of appearance on a screen (跳出, 彈出; pops up): what they bring up is a screen, not a form. */
  screenVerbs: readonly string[];
  /** Words that lead into the name of a system or site before its address (進入, 使用; visit), lower case. */
  addressLeadIns: ReadonlySet<string>;
  /** Both noun lists in one pass: group 1 = a form noun, group 2 = a reference noun (系統, 說明). */
  heads: RegExp | null;
  /** Right after a name (past auxiliaries), a verb that acts on it: 契約|簽訂, the form must be|submitted. */
  trailingVerbs: readonly string[];
  /** Between a name and its trailing verb: 應, 須; must, be. */
  auxiliaries: readonly string[];
  /** Right after a name: a copy of it, so it is a paper (正本, 影本; copy). */
  copyWords: readonly string[];
  /** Opening a bracket after a name: the bracket gives it a short name (以下簡稱). */
  shortNameMarkers: readonly string[];
  /** The word that closes an enumeration (等): 同意書等相關文件 names a paper. */
  etc: readonly string[];
  /** Right before a name: the step receives it from someone else (領取; receive): no form of the SOP. */
  receiving: readonly string[];
  /** Before a form noun in a start step: the paper is the office's own (本府, our; 本表單). */
  ownMarkers: readonly string[];
  /** Before a name that a verb later in the clause acts on: 將…填寫, 併…送至. */
  objectMarkers: readonly string[];
  /** Before a name in its clause: the name is checked for being there (是否有…), not a form of the flow. */
  presenceChecks: readonly string[];
}

/** Entries "a<sep>b<sep>…" of a list, trimmed; entries with fewer than two non-empty parts are dropped. */
function pairs(words: WordLists, name: WordListName, sep: string): string[][] {
  return wordList(words, name)
    .map((e) => e.split(sep).map((s) => s.trim()))
    .filter((p) => p.length >= 2 && p.every((s) => s.length > 0));
}

/** Form codes (Form KBA-F1), form nouns and reference nouns (系統, 手冊) as one regex, each a named group. */
function headRegex(nouns: readonly string[], refNouns: readonly string[], codes: readonly string[]): RegExp | null {
  const a = compileWords(nouns);
  const b = compileWords(refNouns);
  const c = compileWords(codes);
  if (!a && !b && !c) return null;
  // Codes first: at the same place, "Form KBA-F1" is the name, not the noun "form".
  return new RegExp(`(?<code>${c?.source ?? '(?!)'})|(?<noun>${a?.source ?? '(?!)'})|(?<ref>${b?.source ?? '(?!)'})`, 'giu');
}

/** Spellings read as one (記錄>紀錄): only pairs of the same length, so that positions stay put. */
function spellingsOf(words: WordLists): Spellings {
  return pairs(words, 'formsFoldSpellings', '>')
    .filter((p) => p[0]!.length === p[1]!.length)
    .map((p) => [p[0]!, p[1]!] as const);
}

export function buildFormLists(words: WordLists, terms: readonly string[][]): FormLists {
  const grammar: NameGrammar = { itemNumbers: wordList(words, 'numeralItemNumbers'), spellings: spellingsOf(words) };
  const key = (name: string): string => nameKey(name, grammar);
  return {
    ...grammar,
    notForms: wordList(words, 'formsNotForms'),
    standalone: wordList(words, 'formsStandalone'),
    producing: wordList(words, 'formsProducingVerbs'),
    attributive: wordList(words, 'grammarAttributiveAfter'),
    // A verb of receiving ends a name read backwards as any cut word does (領取|報案三聯單), but a
    // kind of paper after it is still a name (領取單: the receipt form), not a verb and its object.
    cuts: [...wordList(words, 'formsCutWords'), ...wordList(words, 'formsReceivingVerbs')],
    determiners: wordList(words, 'formsDeterminers'),
    prefixes: wordList(words, 'formsPrefixes'),
    templates: wordList(words, 'formsTemplateSuffixes').map(key).filter((t) => t.length > 0),
    proseNouns: wordList(words, 'formsProseNouns'),
    modifiers: wordList(words, 'formsModifierVerbs'),
    lookalikes: pairs(words, 'formsLookalikes', '>').map((p) => [p[0]!, p[1]!] as [string, string]),
    equivalents: [...pairs(words, 'formsEquivalents', '='), ...terms.filter((g) => g.length >= 2)].map((g) => g.map(key)),
    nounClasses: nounClassesOf(wordList(words, 'formsNounClasses')),
    classNouns: wordList(words, 'formsClassNouns'),
    genericModifiers: wordList(words, 'formsGenericModifiers'),
    generic: [...wordList(words, 'formsGenericModifiers'), ...wordList(words, 'formsDeterminers'), ...wordList(words, 'formsCutWords')],
    uiNouns: wordList(words, 'formsUiNouns'),
    uiVerbs: wordList(words, 'formsUiVerbs'),
    screenVerbs: wordList(words, 'formsScreenVerbs'),
    addressLeadIns: new Set(wordList(words, 'formsAddressLeadIns').map((w) => w.toLowerCase())),
    heads: headRegex(wordList(words, 'formsNouns'), wordList(words, 'formsRefNouns'), wordList(words, 'formsCodeNames')),
    trailingVerbs: wordList(words, 'formsTrailingVerbs'),
    auxiliaries: wordList(words, 'formsAuxiliaries'),
    copyWords: wordList(words, 'formsCopyWords'),
    shortNameMarkers: wordList(words, 'formsShortNameMarkers'),
    etc: wordList(words, 'wordingEtc'),
    receiving: wordList(words, 'formsReceivingVerbs'),
    ownMarkers: wordList(words, 'formsOwnMarkers'),
    objectMarkers: wordList(words, 'formsObjectMarkers'),
    presenceChecks: wordList(words, 'formsPresenceChecks'),
  };
}

/** The form lists of a config: `analyses.get(formLists)`. */
export const formLists = listsAnalysis('form lists', ({ words, terms }) => buildFormLists(words, terms));
