// terminals: exactly one start symbol, placed first, and at least one end.

import type { Report, Rule } from '../engine/types.js';

export const terminals: Rule = {
  meta: {
    id: 'terminals',
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: { 'zh-TW': '流程圖恰有一個開始符號且位於第一步，並至少有一個結束符號。', en: 'A chart has exactly one start symbol, as its first step, and at least one end.' },
      page: 'docs/rules/terminals.md',
    },
    messages: {
      noStart: { 'zh-TW': '流程圖沒有開始步驟：請將第一個步驟設為 kind: start', en: 'The chart has no start: make the first step kind: start' },
      extraStart: { 'zh-TW': '流程圖只能有一個開始步驟（已有「{first}」）', en: 'A chart has one start only ("{first}" is the start)' },
      startNotFirst: { 'zh-TW': '開始步驟「{id}」應為第一個步驟', en: 'The start "{id}" should be the first step' },
      noEnd: { 'zh-TW': '流程圖沒有結束步驟：請加上 kind: end 的步驟', en: 'The chart has no end: add a step with kind: end' },
    },
  },
  *check(sop): Iterable<Report> {
    const starts = sop.steps.filter((s) => s.kind === 'start');
    if (starts.length === 0) yield { messageId: 'noStart', path: ['steps', 0] };
    else if (starts[0]!.index !== 0) yield { messageId: 'startNotFirst', data: { id: starts[0]!.id }, stepId: starts[0]!.id, path: ['steps', starts[0]!.index, 'kind'] };
    for (const extra of starts.slice(1)) {
      yield { messageId: 'extraStart', data: { first: starts[0]!.id }, stepId: extra.id, path: ['steps', extra.index, 'kind'] };
    }
    if (!sop.steps.some((s) => s.kind === 'end')) yield { messageId: 'noEnd', path: ['steps', sop.steps.length - 1] };
  },
};
