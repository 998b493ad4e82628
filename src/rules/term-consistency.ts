// term-consistency: one SOP names one thing with one word. When two words of a synonym group
// (the config's `terms`, then the built-in `termGroups`) both occur, every occurrence of a
// non-preferred word is reported with a fix to the preferred (first) word of the group.

import type { Report, Rule } from '../engine/types.js';
import { listsAnalysis } from '../analysis/memo.js';
import { pathKey } from '../loader/source-map.js';
import { sopTextList } from '../analysis/sop-texts.js';
import type { SopText } from '../model/texts.js';
import { findWords, firstWord } from '../analysis/text/word-match.js';

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
    },
  },
  *check(sop, context): Iterable<Report> {
    // Names of laws are quoted verbatim and never changed.
    const texts = context.analysis.get(sopTextList).filter((t) => t.field !== 'legal');
    const { groups, all } = context.analysis.get(vocabulary);
    // A first scan with every word at once: most texts hold none, and are done.
    const touched = texts.filter((item) => firstWord(item.text, all));
    if (touched.length === 0) return;
    const reported = new Set<string>();
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
      if (used.length < 2) continue;
      const preferred = group[0]!;
      for (const occurrence of occurrences) {
        if (occurrence.word === 0) continue;
        const key = `${pathKey(occurrence.item.path)}|${occurrence.written}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const other = group[used.find((w) => w !== occurrence.word)!]!;
        const report: Report = {
          messageId: 'inconsistent',
          data: { word: occurrence.written, other, preferred },
          path: occurrence.item.path,
          fix: { from: occurrence.written, to: inCaseOf(preferred, occurrence.written) },
        };
        if (occurrence.item.stepId !== undefined) report.stepId = occurrence.item.stepId;
        yield report;
      }
    }
  },
};
