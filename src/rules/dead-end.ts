// dead-end: every step other than an end leads on, and every step can still reach an end. A chart
// with no end at all is terminals' one finding (it names where the flow stops): the same defect is
// not reported again on each step that leads nowhere.

import type { Report, Rule } from '../engine/types.js';
import { canReachEnd, hasUnknownTargets, reachableFrom } from '../model/graph.js';
import type { Sop, Step } from '../model/types.js';

/**
 * The closed loops among the steps that cannot reach an end: sets of steps each of which reaches
 * all the others and nothing else. Steps that only lead into such a loop (or into a step that
 * leads nowhere) are not a defect of their own.
 */
function closedLoops(sop: Sop, trapped: readonly Step[]): Step[][] {
  const reach = new Map<Step, Set<Step>>();
  const reachOf = (s: Step): Set<Step> => reach.get(s) ?? reach.set(s, reachableFrom(sop, s)).get(s)!;
  const covered = new Set<Step>();
  const loops: Step[][] = [];
  for (const step of trapped) {
    if (covered.has(step) || step.successors.length === 0) continue;
    const part = [...reachOf(step)];
    if (!part.every((other) => reachOf(other).has(step))) continue;
    part.forEach((s) => covered.add(s));
    loops.push(part.sort((a, b) => a.index - b.index));
  }
  return loops;
}

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
      noWayToEnd: {
        'zh-TW': '從步驟「{id}」出發無法到達任何結束步驟：流程在「{loop}」之間無限循環，請加上離開循環的路徑',
        en: 'No end can be reached from step "{id}": the flow loops forever through "{loop}"; add a way out of the loop',
      },
    },
  },
  *check(sop): Iterable<Report> {
    if (!sop.steps.some((s) => s.kind === 'end')) return;
    for (const step of sop.steps) {
      if (step.kind !== 'end' && step.successors.length === 0) yield { messageId: 'deadEnd', data: { id: step.id }, stepId: step.id, path: ['steps', step.index] };
    }
    if (hasUnknownTargets(sop)) return;
    const reachEnd = canReachEnd(sop);
    const trapped = sop.steps.filter((s) => s.kind !== 'end' && !reachEnd.has(s));
    for (const loop of closedLoops(sop, trapped)) {
      const first = loop[0]!;
      yield { messageId: 'noWayToEnd', data: { id: first.id, loop: loop.map((s) => s.id).join(', ') }, stepId: first.id, path: ['steps', first.index] };
    }
  },
};
