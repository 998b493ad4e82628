// unknown-step: every `next` and branch names a step of the SOP (with "did you mean", which
// forgives two letters typed the wrong way round: `dnoe` → `done`).

import type { Report, Rule } from '../engine/types.js';
import { closest, typoDistance } from '../analysis/text/similarity.js';

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
    },
  },
  *check(sop): Iterable<Report> {
    const ids = sop.steps.map((s) => s.id);
    for (const step of sop.steps) {
      for (const edge of step.successors) {
        if (sop.stepById.has(edge.to)) continue;
        const path = edge.path;
        const suggestion = closest(edge.to, ids, 0.4, typoDistance);
        yield suggestion
          ? { messageId: 'unknownSuggest', data: { target: edge.to, suggestion }, stepId: step.id, path }
          : { messageId: 'unknown', data: { target: edge.to }, stepId: step.id, path };
      }
    }
  },
};
