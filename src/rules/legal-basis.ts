// legal-basis: 二、法令依據 names the rules the work follows. Empty, 無, or only the template's
// 「（敘明本業務項目所應適用之法令規定）」 is no legal basis; filler left beside real items is
// noise; a section that names no regulation at all (e.g. only 「嘉義市政府市務會議」) says
// nothing; a step that acts on a named basis (依議會決議) needs that basis listed; and steps
// that run a procurement need the procurement rules cited.

import type { Report, Rule, WordLists } from '../engine/types.js';
import type { Sop } from '../model/types.js';
import { listsAnalysis } from '../analysis/memo.js';
import { actingWord } from '../analysis/steps/procedures.js';
import { compileWords, firstWord } from '../analysis/text/word-match.js';

/** Numbering and punctuation around an item: （一）, (1), 1., 一、 and a final 。 */
const NUMBERING = /^\s*(?:[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|[一二三四五六七八九十\d]+\s*[、.．]|依據)\s*/u;
const TRAILING = /[\s。．.；;，,]+$/u;

function bare(item: string): string {
  return item.replace(NUMBERING, '').replace(TRAILING, '').trim();
}

/** At most this many characters of an item are quoted in a message. */
const QUOTE_LENGTH = 30;

function quote(text: string): string {
  const chars = Array.from(text.trim());
  return chars.length > QUOTE_LENGTH ? `${chars.slice(0, QUOTE_LENGTH).join('')}…` : chars.join('');
}

/**
 * 依「name」 / "pursuant to the name": a prefix, then a name ending in a norm word, and an article of
 * it (legalArticles: 民法第807條第1項, which makes even a short name specific); compiled once per config.
 */
const citeRegex = listsAnalysis('legal citations', ({ words }): RegExp | null => {
  const prefixes = compileWords(words.legalCitePrefixes)?.source;
  const norms = compileWords(words.legalCitedNorms)?.source;
  const articles = compileWords(words.legalArticles)?.source ?? '(?!)';
  return prefixes && norms
    ? new RegExp(`(?:${prefixes})\\s*(?:the\\s+)?[「『“"]?(?<name>[^，。；、「」『』（）()\\n,;:：]{1,60}?(?:${norms}))(?<article>${articles})?`, 'giu')
    : null;
});

/** For comparing a cited name with the legal items: no 嘉義市政府 prefix, quotes or spaces. */
function comparable(text: string): string {
  return text
    .replace(/嘉義市政府|本府|\bthe\s+/giu, '')
    .replace(/[\s「」『』“”"。．.]/gu, '')
    .toLowerCase();
}

/** The first named basis a step acts on (依議會決議), if the legal section (`listed`, comparable) does not list it. */
function unlistedCitation(text: string, listed: readonly string[], words: WordLists, regex: RegExp | null): string | undefined {
  if (!regex) return undefined;
  const vague = words.legalCitedVague;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const name = (m.groups?.name ?? '').trim();
    const article = m.groups?.article ?? '';
    // 依不合格規定項目: the norm word modifies the noun after it; no regulation is named.
    if (firstWord(text.slice(m.index + m[0].length, m.index + m[0].length + 4), words.legalNameContinuations)?.index === 0) continue;
    if (Array.from(name).length < (article ? 2 : 4) || firstWord(name, vague)) continue;
    const key = comparable(name);
    if (listed.some((item) => item.includes(key) || (item.length >= 4 && key.includes(item)) || (article !== '' && item === key))) continue;
    return name + article;
  }
  return undefined;
}

/** The first step that runs a procurement (its word read as the step's own act: not 採購作業系統). */
function procurementStep(sop: Sop, words: WordLists): { text: string; word: string } | undefined {
  for (const step of sop.steps) {
    const word = actingWord(step.text, words, 'legalProcurementSteps');
    if (word) return { text: quote(step.text), word };
  }
  return undefined;
}

/** An empty legal basis: one finding, which names the procurement rules too when a step needs them. */
function emptyReport(sop: Sop, procurement: { text: string; word: string } | undefined): Report {
  const path = sop.legalPaths[0] ?? ['legal'];
  return procurement ? { messageId: 'emptyWithProcurement', data: procurement, path } : { messageId: 'empty', path };
}

export const legalBasis: Rule = {
  meta: {
    id: 'legal-basis',
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: {
        'zh-TW': '法令依據須列出實際適用的法令規定，不可空白或只留範本文字；辦理採購的步驟須援用採購法規。',
        en: 'The legal basis lists the rules that actually apply: not empty, not template filler; procurement steps cite the procurement rules.',
      },
      page: 'docs/rules/legal-basis.md',
    },
    messages: {
      empty: {
        'zh-TW': '「二、法令依據」未填寫：請列出本業務所依據的法律、自治條例、要點或函釋',
        en: 'The legal basis is empty: list the acts, ordinances, rules or directives this work follows',
      },
      emptyWithProcurement: {
        'zh-TW': '「二、法令依據」未填寫：請列出本業務所依據的法律、自治條例、要點或函釋，並援用政府採購法或本府採購規定（步驟「{text}」辦理採購（{word}））',
        en: 'The legal basis is empty: list the acts, ordinances, rules or directives this work follows, including the procurement act or rules (step "{text}" runs a procurement ({word}))',
      },
      placeholder: {
        'zh-TW': '法令依據只有範本文字「{text}」：請改為本業務實際適用的法令規定',
        en: 'The legal basis holds only template text "{text}": replace it with the rules that actually apply',
      },
      leftoverPlaceholder: {
        'zh-TW': '法令依據留有範本文字「{text}」：請刪除',
        en: 'Template text "{text}" is left in the legal basis: delete it',
      },
      notRegulation: {
        'zh-TW': '法令依據「{text}」不是法令規定的名稱：請列出本業務依據的法律、自治條例、要點或函釋',
        en: 'The legal basis "{text}" names no regulation: list the acts, ordinances, rules or directives this work follows',
      },
      citedNotListed: {
        'zh-TW': '步驟「{text}」依「{name}」辦理，但法令依據未列出：請將其（或規範此作業的法令與修正程序）列入法令依據',
        en: 'Step "{text}" acts on "{name}", which the legal basis does not list: add it (or the rules that govern this work)',
      },
      procurementLaw: {
        'zh-TW': '步驟「{text}」辦理採購（{word}），但法令依據未列政府採購法或本府採購規定：請援用並列出，或另訂規範',
        en: 'Step "{text}" runs a procurement ({word}), but the legal basis cites no procurement act or rules: cite them, or state the SOP\'s own',
      },
    },
  },
  *check(sop, context): Iterable<Report> {
    const words = context.words;
    const placeholders = words.legalPlaceholders;
    const none = new Set(words.legalNone.map((w) => w.toLowerCase()));
    const regulationWords = words.legalRegulationWords;

    const items = sop.legal.map((text, index) => {
      const core = bare(text);
      const kind = firstWord(text, placeholders) ? 'placeholder' : core.length === 0 || none.has(core.toLowerCase()) ? 'none' : 'real';
      return { text, index, kind };
    });
    const real = items.filter((i) => i.kind === 'real');
    const filler = items.filter((i) => i.kind === 'placeholder');

    if (real.length === 0) {
      if (filler.length === 0) yield emptyReport(sop, procurementStep(sop, words));
      for (const item of filler) yield { messageId: 'placeholder', data: { text: quote(item.text) }, path: sop.legalPaths[item.index] };
    } else {
      for (const item of filler) yield { messageId: 'leftoverPlaceholder', data: { text: quote(item.text) }, path: sop.legalPaths[item.index] };
      if (regulationWords.length > 0 && !real.some((i) => firstWord(i.text, regulationWords))) {
        for (const item of real) yield { messageId: 'notRegulation', data: { text: quote(item.text) }, path: sop.legalPaths[item.index] };
      }
    }

    const cites = context.analysis.get(citeRegex);
    const listed = sop.legal.map(comparable);
    for (const step of sop.steps) {
      const name = unlistedCitation(step.text, listed, words, cites);
      if (name) yield { messageId: 'citedNotListed', data: { text: quote(step.text), name }, stepId: step.id, path: ['text'] };
    }

    // An empty legal basis is one defect: its finding (emptyWithProcurement) names the procurement rules too.
    if (items.length === 0 || items.every((i) => i.kind === 'none') || sop.legal.some((text) => firstWord(text, words.legalProcurementLaws))) return;
    for (const step of sop.steps) {
      const word = actingWord(step.text, words, 'legalProcurementSteps');
      if (word) yield { messageId: 'procurementLaw', data: { text: quote(step.text), word }, stepId: step.id, path: ['text'] };
    }
  },
};
