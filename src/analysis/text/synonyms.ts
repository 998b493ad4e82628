// Synonyms of one role or thing inside one SOP (病人/病患/患者, 申請人/申請者, requester/requestor):
// the built-in groups of `termSynonyms` (data/words/<lang>/terms.json), which term-consistency
// reports only when two members of a group name the same role in one SOP. Unlike `termGroups`
// (spellings that can always replace each other, the first preferred), no member is preferred in
// general: the SOP's own more frequent word is.
//
// A word names the role only where it stands for it, not where it is part of the name of
// something else: 顧客 in 「顧客意見處理人員」 (another role) or 「顧客抱怨處理單」 (a form) names
// neither, because the words after it end in a unit or person noun or a form noun. Two members
// joined as a list (「病人或家屬」 is fine; 「民眾或顧客」 lists two kinds of people) name two roles:
// the group is left alone in that SOP.

import type { SopText } from '../../model/texts.js';
import { listsAnalysis } from '../memo.js';
import { isHan, isLatin } from './fold.js';
import { bounded } from './bounded-words.js';
import { findWords, firstWord } from './word-match.js';
import { maskWords } from './word-mask.js';

export interface SynonymUse {
  item: SopText;
  /** Index of the word in its group. */
  word: number;
  /** As written (case and plural may differ from the group's word). */
  written: string;
  index: number;
}

export interface SynonymClash {
  group: readonly string[];
  /** Uses of the words other than the SOP's preferred one. */
  others: SynonymUse[];
  /** Index of the word the SOP uses most (ties: the group's order). */
  preferred: number;
}

export interface SynonymLists {
  groups: string[][];
  /** Each group's words with English plurals, for one search per group. */
  searches: string[][];
  /** Every group's searches in one list: a text with no hit of it has no hit of any group. */
  anyWord: string[];
  /** Nouns that end the name of another role or of a form (人員, 單位, 處理單; Team, Form). */
  heads: readonly string[];
  /** Words that contain such a noun but are none (處理, 會議). */
  notHeads: readonly string[];
  /** Words that join the items of a list (或, 及, 與, and, or). */
  joins: readonly string[];
}

/** How far after a word its compound may run before the noun that heads it. */
const COMPOUND = 8;
/** What ends a compound: particles, prepositions and punctuation (顧客意見處理人員|將…, 病患|至急診室). */
const COMPOUND_BREAK = /[之的及與或和、，,。；;：:！!？?\s「」『』（）()【】/至到送交向於由將請在給予為以依持]/u;
/** A one-character head (處, 院, 表, 單) ends a name only this long: 出院 is a verb, 意見反應表 a form. */
const SHORT_HEAD_NAME = 3;

export const synonymLists = listsAnalysis('synonym groups', ({ words }): SynonymLists => {
  const groups = words.termSynonyms.map((entry) => entry.split('|').map((w) => w.trim()).filter((w) => w.length > 0)).filter((g) => g.length >= 2);
  const searches = groups.map((g) => [...new Set(g.flatMap((w) => (isLatin(w[w.length - 1]) ? [w, `${w}s`] : [w])))]);
  return { groups, searches, anyWord: searches.flat(), heads: [...words.unitsSuffixes, ...words.formsNouns], notHeads: [...words.unitsNotUnits, ...words.formsNotForms], joins: words.wordingEnumerators };
});

/** Whether the word ending at `end` is the head of its own phrase (it names the role), not a modifier of a longer name. */
function namesTheRole(text: string, end: number, { heads, notHeads }: SynonymLists): boolean {
  if (isLatin(text[end - 1])) {
    const next = /^[\s-]+([A-Za-z]+)/.exec(text.slice(end))?.[1];
    return next === undefined || !heads.some((h) => h.toLowerCase() === next.toLowerCase());
  }
  let stop = end;
  while (stop < text.length && stop - end < COMPOUND && isHan(text[stop]) && !COMPOUND_BREAK.test(text[stop]!)) stop++;
  const run = maskWords(text.slice(end, stop), notHeads);
  // Another name goes on after the word when a head noun ends it (顧客|意見處理人員, 顧客|抱怨處理單).
  return !findWords(run, heads).some((h) => h.index > 0 && (h.word.length > 1 || h.index + 1 >= SHORT_HEAD_NAME));
}

/** The group word a hit is (plural and case folded), or -1. */
function wordOf(group: readonly string[], written: string): number {
  const lower = written.toLowerCase();
  const index = group.findIndex((w) => w.toLowerCase() === lower);
  return index >= 0 || !lower.endsWith('s') ? index : group.findIndex((w) => w.toLowerCase() === lower.slice(0, -1));
}

/** Whether two different members stand side by side as items of one list (民眾或顧客, users and end users). */
function listedApart(uses: readonly SynonymUse[], joins: readonly string[]): boolean {
  return uses.some((a) =>
    uses.some((b) => {
      if (a.item !== b.item || a.word === b.word || b.index <= a.index) return false;
      const between = a.item.text.slice(a.index + a.written.length, b.index).trim();
      return between.length > 0 && joins.some((j) => j === between);
    }),
  );
}

/** For each group with two or more members naming a role in these texts: the uses of the less frequent ones. */
export function synonymClashes(texts: readonly SopText[], lists: SynonymLists): SynonymClash[] {
  const clashes: SynonymClash[] = [];
  // One search for every group's words first: most texts name no role of any group.
  const candidates = texts.filter((item) => firstWord(item.text, lists.anyWord) !== undefined);
  lists.groups.forEach((group, g) => {
    const uses: SynonymUse[] = [];
    for (const item of candidates) {
      for (const hit of findWords(item.text, lists.searches[g]!)) {
        if (!bounded(item.text, hit) || !namesTheRole(item.text, hit.index + hit.word.length, lists)) continue;
        const word = wordOf(group, hit.word);
        if (word >= 0) uses.push({ item, word, written: hit.word, index: hit.index });
      }
    }
    const counts = group.map((_, w) => uses.filter((u) => u.word === w).length);
    if (counts.filter((c) => c > 0).length < 2 || listedApart(uses, lists.joins)) return;
    const preferred = counts.indexOf(Math.max(...counts));
    clashes.push({ group, preferred, others: uses.filter((u) => u.word !== preferred) });
  });
  return clashes;
}
