// form-unused: a form of the top-level `forms` list (四、使用表格) that no step uses or names.
// A step uses a form when its `forms` names it (by name or id) or its label contains the name,
// a near spelling or a shorter name of it; those spellings are form-name's to report.

import type { Report, Rule } from '../engine/types.js';
import { formAnalysis } from '../analysis/forms/form-analysis.js';

export const formUnused: Rule = {
  meta: {
    id: 'form-unused',
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: {
        'zh-TW': '「四、使用表格」所列的表單，應有步驟使用或提到它。',
        en: 'Every form of the forms list (四、使用表格) is used or named by some step.',
      },
      page: 'docs/rules/form-unused.md',
    },
    messages: {
      unused: {
        'zh-TW': '「四、使用表格」列有「{name}」，但流程圖沒有任何步驟使用或提到它：請在使用它的步驟寫出名稱或加上 forms，或自清單移除',
        en: 'The forms list (四、使用表格) holds "{name}", but no step of the chart uses or names it: name it in the step that uses it (or add it to that step\'s forms), or remove it from the list',
      },
    },
  },
  *check(sop, context): Iterable<Report> {
    const analysis = context.analysis.get(formAnalysis);
    for (const form of analysis.forms) {
      if (analysis.used.has(form.index)) continue;
      yield { messageId: 'unused', data: { name: form.display }, path: sop.forms[form.index]!.namePath };
    }
  },
};
