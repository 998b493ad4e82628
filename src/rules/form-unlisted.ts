// form-unlisted: a form that a step uses (its `forms` entry) or names (a form-like name in its
// label, or in a guidance item) but that the top-level `forms` list (四、使用表格) does not hold.
// Names close to a listed form are form-name's; this rule only sees names close to none.

import type { Report, Rule } from '../engine/types.js';
import { formAnalysis } from '../analysis/forms/form-analysis.js';
import type { FormMention } from '../analysis/forms/types.js';
import { groupUnlisted, reportedMention } from '../analysis/forms/unlisted-groups.js';

export const formUnlisted: Rule = {
  meta: {
    id: 'form-unlisted',
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: {
        'zh-TW': '步驟使用或提到的表單（forms 或文字中的表單名稱）應列於「四、使用表格」。',
        en: 'A form that a step uses or names (its forms entry, or a form name in its text) is in the forms list (四、使用表格).',
      },
      page: 'docs/rules/form-unlisted.md',
    },
    messages: {
      unlisted: {
        'zh-TW': '「{name}」看似表單或文件，但未列於「四、使用表格」：若有標準格式，請加入 forms 清單',
        en: '"{name}" looks like a form or document but is not in the forms list (四、使用表格): if it has a standard format, add it to forms',
      },
      unlistedNoForms: {
        'zh-TW': '「{name}」看似表單或文件，但「四、使用表格」為「無」：若有標準格式，請列入 forms 清單',
        en: '"{name}" looks like a form or document, but the forms list (四、使用表格) is empty: if it has a standard format, list it in forms',
      },
      unlistedTemplate: {
        'zh-TW': '「{name}」未列於「四、使用表格」（清單只有其格式「{template}」，而流程圖另有畫出該格式）：若為另一份表單，請加入 forms 清單',
        en: '"{name}" is not in the forms list (四、使用表格): the list holds only its template "{template}", which the chart draws separately; if it is a form of its own, add it to forms',
      },
      stepFormUnlisted: {
        'zh-TW': '步驟的 forms 寫了「{name}」，但「四、使用表格」沒有這個表單：請將它加入 forms 清單，或改用清單中的名稱或代號',
        en: 'The step\'s forms names "{name}", which is not in the forms list (四、使用表格): add it to forms, or use a listed name or id',
      },
    },
  },
  *check(sop, context): Iterable<Report> {
    const analysis = context.analysis.get(formAnalysis);
    const named: FormMention[] = [];
    for (const m of analysis.mentions) {
      if (m.relation !== 'unlisted') continue;
      if (m.entry) yield { messageId: 'stepFormUnlisted', data: { name: m.raw }, stepId: m.stepId, path: m.path };
      else named.push(m);
    }
    // One finding per document, where the chart names it most clearly (unlisted-groups.ts).
    for (const group of groupUnlisted(named)) {
      const best = reportedMention(group);
      const template = best.template ?? group.find((m) => m.template !== undefined)?.template;
      if (template !== undefined) {
        yield { messageId: 'unlistedTemplate', data: { name: best.raw, template: analysis.forms[template]!.display }, stepId: best.stepId, path: best.path };
      } else {
        yield { messageId: sop.forms.length === 0 ? 'unlistedNoForms' : 'unlisted', data: { name: best.raw }, stepId: best.stepId, path: best.path };
      }
    }
  },
};
