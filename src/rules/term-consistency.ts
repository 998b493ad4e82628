// term-consistency: one SOP names one thing with one word. When two words of a synonym group
// (the config's `terms`, then the built-in `termGroups`) both occur, every occurrence of a
// non-preferred word is reported with a fix to the preferred (first) word of the group. The
// built-in synonyms of roles and things (`termSynonyms`, analysis/text/synonyms.ts) are reported
// only where two members name the same role, with a fix to the word the SOP uses most; the
// config's `synonyms: false` switches the built-in ones off. A Latin word written with and
// without a hyphen (ServiceNow / Service-Now) is one name spelt two ways (analysis/text/hyphen-variants.ts),
// and so is one unit's name before two head nouns (Recruitment Team / Recruitment Department:
// analysis/text/unit-head-variants.ts), and a numbered name whose number is written as a digit
// and as a word (Stage 2 / Stage Two: analysis/text/numeral-variants.ts), or the words of one name
// in two orders (Facility Usage Request Form / Facility Request Usage Form: word-order-variants.ts).

import type { Report, Rule } from '../engine/types.js';
import { listsAnalysis } from '../analysis/memo.js';
import { pathKey } from '../loader/source-map.js';
import { sopTextList } from '../analysis/sop-texts.js';
import type { SopText } from '../model/texts.js';
import { findWords, firstWord } from '../analysis/text/word-match.js';
import { synonymClashes, synonymLists } from '../analysis/text/synonyms.js';
import { hyphenVariants } from '../analysis/text/hyphen-variants.js';
import { unitHeadPattern, unitHeadVariants } from '../analysis/text/unit-head-variants.js';
import { numeralVariants } from '../analysis/text/numeral-variants.js';
import { wordOrderVariants } from '../analysis/text/word-order-variants.js';
import { numerals } from '../analysis/text/numerals.js';
import { formAnalysis } from '../analysis/forms/form-analysis.js';
import type { FormMention } from '../analysis/forms/types.js';

/** A group's literal words: /regex/ entries make no sense in a group and are dropped. */
function literalWords(group: readonly string[]): string[] {
  return group.map(String).filter((w) => w.length > 0 && !(w.length > 2 && w.startsWith('/') && w.endsWith('/')));
}

/** The preferred word in the case of the replaced one (a capital stays a capital). */
function inCaseOf(preferred: string, replaced: string): string {
  const first = replaced[0]!;
  return first !== first.toLowerCase() && first === first.toUpperCase() ? preferred[0]!.toUpperCase() + preferred.slice(1) : preferred;
}

interface Occurrence {
  item: SopText;
  /** Index of the word in its group. */
  word: number;
  /** The text as written (case may differ from the group's word). */
  written: string;
}

/** Every group of the config and the built-in list, and one list of all their words. */
interface Vocabulary {
  groups: string[][];
  all: string[];
}

/**
 * Names that form-name reports against a listed form (a near miss, or a difference of writing
 * only such as 記錄表 for 紀錄表): a spelling inside them is that finding's, whose fix writes the
 * whole listed name. Keyed by the text's path.
 */
function formNamesReported(mentions: readonly FormMention[], texts: readonly SopText[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of mentions) {
    if (m.entry || (m.relation !== 'format' && m.relation !== 'near')) continue;
    const item = m.stepId === undefined ? texts.find((t) => pathKey(t.path) === pathKey(m.path)) : texts.find((t) => t.stepId === m.stepId && t.field === 'step');
    if (!item) continue;
    const key = pathKey(item.path);
    out.set(key, [...(out.get(key) ?? []), m.raw]);
  }
  return out;
}

/** A group of `terms` or `termGroups` with two or more of its words used, and every use. */
interface GroupClash {
  group: string[];
  occurrences: Occurrence[];
  used: number[];
}

function groupClashes(texts: readonly SopText[], { groups, all }: Vocabulary): GroupClash[] {
  // A first scan with every word at once: most texts hold none, and are done.
  const touched = texts.filter((item) => firstWord(item.text, all));
  if (touched.length === 0) return [];
  const clashes: GroupClash[] = [];
  for (const group of groups) {
    const lower = group.map((w) => w.toLowerCase());
    const occurrences: Occurrence[] = [];
    for (const item of touched) {
      for (const hit of findWords(item.text, group)) {
        const word = lower.indexOf(hit.word.toLowerCase());
        if (word >= 0) occurrences.push({ item, word, written: hit.word });
      }
    }
    const used = [...new Set(occurrences.map((o) => o.word))];
    if (used.length >= 2) clashes.push({ group, occurrences, used });
  }
  return clashes;
}

/** The config's `terms`, then the built-in `termGroups` ("preferred|other|…"): prepared once per config. */
const vocabulary = listsAnalysis('term groups', ({ words, terms }): Vocabulary => {
  const builtIn = words.termGroups.map((entry) => literalWords(entry.split('|').map((w) => w.trim())));
  const groups = [...terms.map(literalWords), ...builtIn.filter((g) => g.length >= 2)].filter((g) => g.length >= 2);
  return { groups, all: [...new Set(groups.flat())] };
});

export const termConsistency: Rule = {
  meta: {
    id: 'term-consistency',
    type: 'suggestion',
    defaultSeverity: 'warn',
    fixable: true,
    docs: {
      description: {
        'zh-TW': '同一份 SOP 對同一事物應使用同一名稱（同義詞組取第一個詞）。',
        en: 'One SOP uses one name for one thing (the first word of a synonym group).',
      },
      page: 'docs/rules/term-consistency.md',
    },
    messages: {
      inconsistent: {
        'zh-TW': '同一份 SOP 混用「{word}」與「{other}」：若兩者無不同，請統一為「{preferred}」',
        en: 'This SOP uses both "{word}" and "{other}": if they mean the same, use "{preferred}" throughout',
      },
      sameRole: {
        'zh-TW': '同一份 SOP 以「{preferred}」與「{word}」稱呼同一角色或事物：若兩者相同，請統一為本 SOP 較常用的「{preferred}」',
        en: 'This SOP calls one role or thing both "{preferred}" and "{word}": if they are the same, use "{preferred}", the word it uses more, throughout',
      },
    },
  },
  *check(sop, context): Iterable<Report> {
    // Names of laws are quoted verbatim and never changed.
    const texts = context.analysis.get(sopTextList).filter((t) => t.field !== 'legal');
    const reported = new Set<string>();
    const formNames = formNamesReported(context.analysis.get(formAnalysis).mentions, texts);
    const report = (item: SopText, written: string, messageId: string, data: Record<string, string>, preferred: string): Report | undefined => {
      const key = `${pathKey(item.path)}|${written}`;
      if (reported.has(key) || formNames.get(pathKey(item.path))?.some((name) => name.includes(written))) return undefined;
      reported.add(key);
      const out: Report = { messageId, data, path: item.path, fix: { from: written, to: inCaseOf(preferred, written) } };
      if (item.stepId !== undefined) out.stepId = item.stepId;
      return out;
    };
    for (const { group, occurrences, used } of groupClashes(texts, context.analysis.get(vocabulary))) {
      const preferred = group[0]!;
      for (const o of occurrences) {
        if (o.word === 0) continue;
        const r = report(o.item, o.written, 'inconsistent', { word: o.written, other: group[used.find((w) => w !== o.word)!]!, preferred }, preferred);
        if (r) yield r;
      }
    }
    for (const { group, preferred, others } of synonymClashes(texts, context.analysis.get(synonymLists))) {
      const word = group[preferred]!;
      for (const o of others) {
        // A plural stays a plural (requestors → requesters).
        const to = o.written.length > group[o.word]!.length && /s$/i.test(o.written) ? `${word}s` : word;
        const r = report(o.item, o.written, 'sameRole', { word: o.written, preferred: word }, to);
        if (r) yield r;
      }
    }
    // The variant spellings are of Latin names: a text with no Latin letter holds none.
    const latin = texts.filter((t) => /[A-Za-z]/.test(t.text));
    const variants = [...hyphenVariants(latin), ...unitHeadVariants(latin, context.analysis.get(unitHeadPattern)), ...numeralVariants(latin, context.analysis.get(numerals)), ...wordOrderVariants(latin)];
    for (const { preferred, others } of variants) {
      for (const o of others) {
        const r = report(o.item, o.written, 'inconsistent', { word: o.written, other: preferred, preferred }, preferred);
        if (r) yield r;
      }
    }
  },
};
