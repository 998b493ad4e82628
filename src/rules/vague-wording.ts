// vague-wording: text that hides steps or items behind 等, 、、, 等等, …, "etc." or "and so on".
// A new employee cannot check what is not listed. Step labels get the full check (including 等
// closing an enumeration); guidance, notes and forms get the unambiguous patterns only, because
// 「A、B等方式」 is ordinary administrative Chinese there and would flood the report.

import type { Report, Rule } from '../engine/types.js';
import { sopTextList } from '../analysis/sop-texts.js';
import { STEP_TEXT_FIELDS, type SopTextField } from '../model/texts.js';
import { maskWords } from '../analysis/text/word-mask.js';
import { compileWords, findWords, firstWord } from '../analysis/text/word-match.js';

/** Texts checked for the unambiguous patterns when `guidance` is on (names of laws and the contact are left alone). */
const OTHER_FIELDS: ReadonlySet<SopTextField> = new Set(['guidance', 'note', 'form', 'formNote']);

/** Where a clause starts: the character after one of these. */
const CLAUSE_BREAK = /[，,。；;：:！!？?\n（(「『]/u;
/** What may follow 等 when it ends a clause. */
const CLAUSE_END = /^(?:$|[，,。；;：:！!？?\s）)」』])/u;

const EXCERPT_LENGTH = 16;

/** The clause that ends with the hit, shortened to its last few characters. */
function excerpt(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  const chars = Array.from(text.slice(from, end));
  return chars.length > EXCERPT_LENGTH ? `…${chars.slice(-EXCERPT_LENGTH).join('')}` : chars.join('');
}

export const vagueWording: Rule = {
  meta: {
    id: 'vague-wording',
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: {
        'zh-TW': '步驟與說明不可用「等」「、、」「…」帶過未列出的項目。',
        en: 'Steps and guidance must not hide items behind 等, 、、, …, "etc." or "and so on".',
      },
      page: 'docs/rules/vague-wording.md',
    },
    messages: {
      vague: {
        'zh-TW': '「{excerpt}」以「{word}」帶過未列出的項目：請逐項列出，或於作業注意事項中列為檢查表',
        en: '"{excerpt}" hides items behind "{word}": list every item, or give a checklist in the guidance',
      },
      etcetera: {
        'zh-TW': '「{excerpt}」的列舉以「等」結尾，未列出的工作無從檢查：請逐項列出，或於作業注意事項中列為檢查表',
        en: 'The list "{excerpt}" ends in 等 ("etc."), so the items left out cannot be checked: list every item, or give a checklist in the guidance',
      },
    },
    optionsSchema: {
      type: 'object',
      properties: {
        guidance: { type: 'boolean', description: '也檢查作業注意事項、註與使用表格中的「、、」「等等」「…」「etc.」 / Also check guidance, notes and forms for 、、, 等等, …, "etc."' },
        etcEverywhere: { type: 'boolean', description: '列舉結尾的「等」在步驟以外也要報告 / Report 等 closing an enumeration outside step labels too' },
      },
      additionalProperties: false,
    },
    defaultOptions: { guidance: true, etcEverywhere: false },
  },
  *check(sop, context): Iterable<Report> {
    const vague = context.words.wordingVague;
    const etc = context.words.wordingEtc;
    const exceptions = context.words.wordingEtcExceptions;
    const enumerators = compileWords(context.words.wordingEnumerators);
    const checkOthers = context.options.guidance !== false;
    const etcEverywhere = context.options.etcEverywhere === true;

    for (const item of context.analysis.get(sopTextList)) {
      const isStep = STEP_TEXT_FIELDS.has(item.field);
      if (!isStep && !(checkOthers && OTHER_FIELDS.has(item.field))) continue;
      const { text } = item;
      const at = item.stepId === undefined ? { path: item.path } : { stepId: item.stepId, path: item.path };

      const vagueHits = findWords(text, vague);
      for (const hit of vagueHits) {
        yield { messageId: 'vague', data: { word: hit.word, excerpt: excerpt(text, hit.index, hit.index + hit.word.length) }, ...at };
      }

      if (!(isStep || etcEverywhere) || etc.length === 0) continue;
      if (!firstWord(text, etc)) continue;
      // 等候, 等級, 等5種… and the 等 of 等等 are not an open enumeration: blank them out first.
      const masked = maskWords(maskWords(text, exceptions), vague);
      for (const hit of findWords(masked, etc)) {
        const end = hit.index + hit.word.length;
        let from = hit.index;
        while (from > 0 && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
        const clause = text.slice(from, hit.index);
        if (enumerators) enumerators.lastIndex = 0;
        const listed = enumerators ? enumerators.test(clause) : false;
        if (!listed && !CLAUSE_END.test(text.slice(end))) continue;
        yield { messageId: 'etcetera', data: { excerpt: excerpt(text, hit.index, end) }, ...at };
      }
    }
  },
};
