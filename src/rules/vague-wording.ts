// vague-wording: text that hides steps or items behind 等, 、、, 等等, …, "etc." or "and so on".
// A new employee cannot check what is not listed. Step labels get the full check (including 等
// closing an enumeration); guidance, notes and forms get the unambiguous patterns only, because
// 「A、B等方式」 is ordinary administrative Chinese there and would flood the report.
//
// 等 is read by grammar: after an item (not at a clause's start, where it is the verb "wait":
// 等主管核定) and not before a count (等5種, a wordingEtcExceptions pattern), it closes an open
// enumeration whatever follows — a noun (照片等資料), a bracket (…等）) or the end of a clause.
// Brackets and quotes inside the list are read as one item (現場照片(…)、土地(建物)登記謄本等資料).

import type { Report, Rule } from '../engine/types.js';
import { sopTextList } from '../analysis/sop-texts.js';
import { STEP_TEXT_FIELDS, type SopTextField } from '../model/texts.js';
import { maskWords } from '../analysis/text/word-mask.js';
import { compileWords, findWords, firstWord } from '../analysis/text/word-match.js';

/** Texts checked for the unambiguous patterns when `guidance` is on (names of laws and the contact are left alone). */
const OTHER_FIELDS: ReadonlySet<SopTextField> = new Set(['guidance', 'note', 'form', 'formNote']);

/** Where a clause starts: the character after one of these (outside brackets). */
const CLAUSE_BREAK = /[，,。；;：:！!？?\n]/u;
const OPENERS = '（(「『【[﹙〔';
const CLOSERS = '）)」』】]﹚〕';

const EXCERPT_LENGTH = 16;
/** How far back an excerpt, and the list before a 等, is read: bounded, so that a long text costs linear time. */
const LOOK_BACK = 64;

/**
 * The clause that ends at `end`, read backwards at most LOOK_BACK characters: a bracketed or quoted
 * group counts as part of it (its commas too), an opening bracket not closed before `end` starts
 * it. `flat` is the clause without the groups' contents, for finding the list's own delimiters.
 */
function clauseBefore(text: string, end: number): { start: number; flat: string } {
  let depth = 0;
  let flat = '';
  let i = end;
  for (; i > 0 && end - i < LOOK_BACK; i--) {
    const c = text[i - 1]!;
    if (CLOSERS.includes(c)) depth++;
    else if (OPENERS.includes(c)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0) {
      if (CLAUSE_BREAK.test(c)) break;
      flat = c + flat;
    }
  }
  return { start: i, flat };
}

/** The clause that ends with the hit, shortened to its last few characters. */
function excerpt(text: string, start: number, end: number): string {
  const chars = Array.from(text.slice(clauseBefore(text, start).start, end));
  return chars.length > EXCERPT_LENGTH ? `…${chars.slice(-EXCERPT_LENGTH).join('')}` : chars.join('');
}

/** The vague word as quoted in a message: a long run of one character (、、、…) is shown by its start. */
const shown = (word: string): string => (word.length > 8 && new Set(word).size === 1 ? `${word.slice(0, 4)}…` : word);

/** Whether the character before `index` ends an item (not a clause break, a bracket opening or the text's start). */
function followsItem(text: string, index: number): boolean {
  const before = text[index - 1];
  return before !== undefined && !CLAUSE_BREAK.test(before) && !OPENERS.includes(before) && !/\s/.test(before);
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
      etcSingle: {
        'zh-TW': '「{excerpt}」以「等」帶過其他未列出的項目：請逐項列出，或於作業注意事項中列為檢查表',
        en: '"{excerpt}" leaves the rest open with 等 ("and others"): list every item, or give a checklist in the guidance',
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

      for (const hit of findWords(text, vague)) {
        yield { messageId: 'vague', data: { word: shown(hit.word), excerpt: excerpt(text, hit.index, hit.index + hit.word.length) }, ...at };
      }

      if (!(isStep || etcEverywhere) || etc.length === 0 || !firstWord(text, etc)) continue;
      // 等候, 等級, 等5種… and the 等 of 等等 are not an open enumeration: blank them out first.
      const masked = maskWords(maskWords(text, exceptions), vague);
      for (const hit of findWords(masked, etc)) {
        if (!followsItem(masked, hit.index)) continue;
        const end = hit.index + hit.word.length;
        if (enumerators) enumerators.lastIndex = 0;
        const listed = enumerators ? enumerators.test(clauseBefore(text, hit.index).flat) : false;
        yield { messageId: listed ? 'etcetera' : 'etcSingle', data: { excerpt: excerpt(text, hit.index, end) }, ...at };
      }
    }
  },
};
