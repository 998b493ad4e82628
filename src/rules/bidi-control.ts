// bidi-control: Unicode bidirectional embedding, override and isolate characters (U+202A–U+202E,
// U+2066–U+2069) are invisible and reorder the text around them, so that what a reviewer reads is
// not what is printed or searched ("Trojan Source"). No SOP needs them: each string that holds
// one is reported once, naming the characters.

import { sopTextList } from '../analysis/sop-texts.js';
import type { Report, Rule } from '../engine/types.js';

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;

export const bidiControl: Rule = {
  meta: {
    id: 'bidi-control',
    type: 'problem',
    defaultSeverity: 'warn',
    docs: {
      description: {
        'zh-TW': '文字中不可有看不見的雙向文字控制字元（U+202A–U+202E、U+2066–U+2069），它們會改變文字顯示的順序。',
        en: 'No invisible bidirectional control characters (U+202A–U+202E, U+2066–U+2069): they change the order in which text is shown.',
      },
      page: 'docs/rules/bidi-control.md',
    },
    messages: {
      control: {
        'zh-TW': '文字中有看不見的雙向控制字元 {chars}，會讓顯示的順序與實際內容不同：請刪除',
        en: 'Invisible bidirectional control characters {chars} make the text show in another order than it holds: remove them',
      },
    },
  },
  *check(_sop, context): Iterable<Report> {
    for (const item of context.analysis.get(sopTextList)) {
      const found = item.text.match(BIDI_CONTROLS);
      if (!found) continue;
      const chars = [...new Set(found)].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
      yield item.stepId === undefined ? { messageId: 'control', data: { chars }, path: item.path } : { messageId: 'control', data: { chars }, stepId: item.stepId, path: item.path };
    }
  },
};
