// unreachable: every step can be reached from a start. The flow starts at every start step, so a
// chain with its own start (one per intake channel) is reached. One finding per part of the chart
// that nothing leads into, at its head; steps hidden behind a mistyped `next` are unknown-step's.

import type { Report, Rule } from '../engine/types.js';
import { reach } from '../analysis/flow/reach.js';

/** At most this many ids are named in a message. */
const NAMED = 4;

function idList(ids: readonly string[]): string {
  return ids.length > NAMED ? `${ids.slice(0, NAMED).join(', ')}, …` : ids.join(', ');
}

export const unreachable: Rule = {
  meta: {
    id: 'unreachable',
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: { 'zh-TW': '每個步驟都必須能從開始步驟到達。', en: 'Every step must be reachable from a start.' },
      page: 'docs/rules/unreachable.md',
    },
    messages: {
      unreachable: { 'zh-TW': '步驟「{id}」無法從開始步驟（{start}）到達：沒有任何步驟流向它', en: 'Step "{id}" cannot be reached from the start ({start}): no step leads to it' },
      unreachablePart: {
        'zh-TW': '步驟「{id}」及其後的 {count} 個步驟（{rest}）無法從開始步驟（{start}）到達：沒有任何步驟流向「{id}」',
        en: 'Step "{id}" and what follows it ({rest}) cannot be reached from the start ({start}): no step leads to "{id}"',
      },
      unreachableBroken: {
        'zh-TW': '步驟「{id}」無法從開始步驟（{start}）到達：沒有任何步驟流向它；步驟「{from}」的 next 所寫的「{target}」不存在，是否原本指的是它？',
        en: 'Step "{id}" cannot be reached from the start ({start}): no step leads to it. Step "{from}" leads to "{target}", which does not exist: was it meant to be this step?',
      },
    },
  },
  *check(sop, context): Iterable<Report> {
    const { entries, reached, broken, unreached } = context.analysis.get(reach);
    const start = idList(entries.map((s) => s.id));
    // A broken edge that no near id explains may have been meant for a part nothing leads into.
    const unexplained = broken.find((b) => !b.suggestion && reached.has(b.from));
    for (const { head, rest } of unreached) {
      const at = { stepId: head.id, path: ['steps', head.index] };
      if (unexplained) {
        yield { messageId: 'unreachableBroken', data: { id: head.id, start, from: unexplained.from.id, target: unexplained.edge.to }, ...at };
      } else if (rest.length > 0) {
        yield { messageId: 'unreachablePart', data: { id: head.id, start, count: rest.length, rest: idList(rest.map((s) => s.id)) }, ...at };
      } else {
        yield { messageId: 'unreachable', data: { id: head.id, start }, ...at };
      }
    }
  },
};
