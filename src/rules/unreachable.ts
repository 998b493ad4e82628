// unreachable: every step can be reached from the start.

import type { Report, Rule } from '../engine/types.js';
import { entryStep, hasUnknownTargets, reachableFrom } from '../model/graph.js';

export const unreachable: Rule = {
  meta: {
    id: 'unreachable',
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: { 'zh-TW': '每個步驟都必須能從開始步驟到達。', en: 'Every step must be reachable from the start.' },
      page: 'docs/rules/unreachable.md',
    },
    messages: {
      unreachable: { 'zh-TW': '步驟「{id}」無法從開始步驟「{start}」到達：沒有任何步驟流向它', en: 'Step "{id}" cannot be reached from the start "{start}": no step leads to it' },
    },
  },
  *check(sop): Iterable<Report> {
    // On an incomplete graph (unknown-step reports the broken edge) every step after the break
    // would look unreachable: one clear finding is better than a cascade.
    const entry = entryStep(sop);
    if (!entry || hasUnknownTargets(sop)) return;
    const reached = reachableFrom(sop, entry);
    for (const step of sop.steps) {
      if (reached.has(step)) continue;
      yield { messageId: 'unreachable', data: { id: step.id, start: entry.id }, stepId: step.id, path: ['steps', step.index] };
    }
  },
};
