// dead-end: every step other than an end leads on, and every step can still reach an end.

import type { Report, Rule } from '../engine/types.js';
import { canReachEnd, hasUnknownTargets } from '../model/graph.js';

export const deadEnd: Rule = {
  meta: {
    id: 'dead-end',
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: { 'zh-TW': '除結束步驟外，每個步驟都必須有下一步，且最終能到達結束。', en: 'Every step but an end leads on, and can still reach an end.' },
      page: 'docs/rules/dead-end.md',
    },
    messages: {
      deadEnd: { 'zh-TW': '步驟「{id}」之後沒有下一步：請加上 next，或改為結束步驟（kind: end）', en: 'Step "{id}" leads nowhere: add next, or make it an end (kind: end)' },
      noWayToEnd: { 'zh-TW': '從步驟「{id}」出發無法到達任何結束步驟（流程會無限循環）', en: 'No end can be reached from step "{id}" (the flow loops forever)' },
    },
  },
  *check(sop): Iterable<Report> {
    const hasEnd = sop.steps.some((s) => s.kind === 'end');
    const reachEnd = canReachEnd(sop);
    const incomplete = hasUnknownTargets(sop);
    for (const step of sop.steps) {
      if (step.kind === 'end') continue;
      if (step.successors.length === 0) {
        yield { messageId: 'deadEnd', data: { id: step.id }, stepId: step.id, path: ['steps', step.index] };
      } else if (hasEnd && !incomplete && !reachEnd.has(step)) {
        yield { messageId: 'noWayToEnd', data: { id: step.id }, stepId: step.id, path: ['steps', step.index] };
      }
    }
  },
};
