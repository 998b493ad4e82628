// unknown-step: every `next` and branch names a step of the SOP (with "did you mean", which forgives
// two letters typed the wrong way round: `dnoe` → `done`). When the
// typo hides the only way into the step it meant, the finding says so: that step (and what follows
// it) is unreachable because of this one defect, and unreachable says nothing more about it.

import type { Report, Rule } from '../engine/types.js';
import { reach } from '../analysis/flow/reach.js';

export const unknownStep: Rule = {
  meta: {
    id: 'unknown-step',
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: { 'zh-TW': 'next 與分支所指的步驟必須存在。', en: 'Every next and branch target must name a step of the SOP.' },
      page: 'docs/rules/unknown-step.md',
    },
    messages: {
      unknown: { 'zh-TW': '找不到步驟「{target}」', en: 'No step "{target}"' },
      unknownSuggest: { 'zh-TW': '找不到步驟「{target}」，您是指「{suggestion}」嗎？', en: 'No step "{target}"; did you mean "{suggestion}"?' },
      unknownHides: {
        'zh-TW': '找不到步驟「{target}」，您是指「{suggestion}」嗎？照目前的寫法，沒有任何步驟流向「{suggestion}」',
        en: 'No step "{target}"; did you mean "{suggestion}"? As written, nothing leads to "{suggestion}"',
      },
      unknownHidesPart: {
        'zh-TW': '找不到步驟「{target}」，您是指「{suggestion}」嗎？照目前的寫法，「{suggestion}」及其後 {count} 個步驟都無法到達',
        en: 'No step "{target}"; did you mean "{suggestion}"? As written, "{suggestion}" and what follows it ({count} more) cannot be reached',
      },
    },
  },
  *check(sop, context): Iterable<Report> {
    for (const { from, edge, suggestion, hidden } of context.analysis.get(reach).broken) {
      const at = { stepId: from.id, path: edge.path };
      if (!suggestion) yield { messageId: 'unknown', data: { target: edge.to }, ...at };
      else if (hidden.length === 0) yield { messageId: 'unknownSuggest', data: { target: edge.to, suggestion: suggestion.id }, ...at };
      else if (hidden.length === 1) yield { messageId: 'unknownHides', data: { target: edge.to, suggestion: suggestion.id }, ...at };
      else yield { messageId: 'unknownHidesPart', data: { target: edge.to, suggestion: suggestion.id, count: hidden.length - 1 }, ...at };
    }
  },
};
