// contact: the SOP says whom to ask (`contact`: 承辦單位或人員及聯絡方式), with a way to reach
// them (a phone number, extension or e-mail address).

import type { Report, Rule } from '../engine/types.js';
import { wordAt } from '../analysis/text/word-match.js';

/** A phone number (05-2167168, （05）2254321#687), an extension (#687, 分機687, ☎1114) or an e-mail address. */
const MEANS = /\d[\d\s\-()（）]{5,}\d|#\s*\d{2,}|分機\s*\d+|ext\.?\s*\d+|[☎☏✆]\s*\d{2,}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/iu;

export const contact: Rule = {
  meta: {
    id: 'contact',
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: {
        'zh-TW': 'SOP 應寫明承辦單位或人員及聯絡方式（contact）。',
        en: 'An SOP names whom to ask and how to reach them (contact).',
      },
      page: 'docs/rules/contact.md',
    },
    messages: {
      missing: {
        'zh-TW': '本 SOP 沒有寫明承辦單位或人員及聯絡方式：請加上 contact，例如「企劃處研考科 05-2254321#686」',
        en: 'This SOP does not say whom to ask: add contact, e.g. "Research and Evaluation Section, 05-2254321 ext. 686"',
      },
      inGuidance: {
        'zh-TW': '承辦單位與聯絡方式寫在作業注意事項第 {item} 項：請移到 contact 欄位',
        en: 'The contact is written in guidance item {item}: move it to the contact field',
      },
      noMeans: {
        'zh-TW': 'contact「{contact}」沒有聯絡方式：請加上電話、分機或電子郵件',
        en: 'contact "{contact}" gives no way to reach them: add a phone number, extension or e-mail address',
      },
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        requireMeans: { type: 'boolean', description: 'contact 須含電話、分機或電子郵件。The contact must hold a phone number, extension or e-mail address.' },
      },
    },
    defaultOptions: { requireMeans: true },
  },
  *check(sop, context): Iterable<Report> {
    if (sop.contact === undefined || sop.contact.trim() === '') {
      const labels = context.words.unitsContactLabels;
      const item = sop.guidance.findIndex((g) => {
        const text = g.text.trim().replace(/^(?:[(（]?[一二三四五六七八九十\d]+[)）.、．]\s*)/, '');
        return labels.length > 0 && wordAt(text, labels, 0) !== undefined && MEANS.test(text);
      });
      yield item >= 0 ? { messageId: 'inGuidance', data: { item: item + 1 }, path: ['title'] } : { messageId: 'missing', path: ['title'] };
      return;
    }
    if (context.options.requireMeans !== false && !MEANS.test(sop.contact)) {
      yield { messageId: 'noMeans', data: { contact: sop.contact }, path: ['contact'] };
    }
  },
};
