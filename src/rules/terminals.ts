// terminals: one start symbol, placed first, and at least one end; reported once per SOP. Several
// starts (one chain per intake channel, as published SOPs often draw them) are one finding that
// names them all, or none with the option `startPerChannel`. A chart with no end is one finding
// at the step where the flow stops (dead-end then says nothing about it).

import type { Report, Rule } from '../engine/types.js';
import type { Sop, Step } from '../model/types.js';

/** At most this many ids are named in a message. */
const NAMED = 4;

const idList = (steps: readonly Step[]): string =>
  steps.length > NAMED ? `${steps.slice(0, NAMED).map((s) => s.id).join(', ')}, …` : steps.map((s) => s.id).join(', ');

/** Where the flow stops without an end: the steps that lead nowhere. */
const stops = (sop: Sop): Step[] => sop.steps.filter((s) => s.kind !== 'end' && s.successors.length === 0);

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
      startNotFirst: { 'zh-TW': '開始步驟「{id}」應為第一個步驟', en: 'The start "{id}" should be the first step' },
      severalStarts: {
        'zh-TW': '流程圖有 {count} 個開始步驟（{starts}）：請只畫一個開始，再以決策或並行路徑分出各受理管道；若每個管道各有一個開始是刻意的，請設定選項 startPerChannel',
        en: 'The chart has {count} starts ({starts}): draw one start followed by a decision or parallel paths for the intake channels; if one start per channel is intended, set the option startPerChannel',
      },
      noEnd: { 'zh-TW': '流程圖沒有結束步驟：請加上 kind: end 的步驟', en: 'The chart has no end: add a step with kind: end' },
      noEndStops: {
        'zh-TW': '流程圖沒有結束步驟：流程停在「{stops}」，請將其改為結束步驟，或在其後加上 kind: end 的步驟',
        en: 'The chart has no end: the flow stops at "{stops}"; make it an end, or add a step with kind: end after it',
      },
      noStartNoEnd: {
        'zh-TW': '流程圖沒有開始也沒有結束步驟：請將第一個步驟設為 kind: start，並在流程停止處（「{stops}」）加上 kind: end 的步驟',
        en: 'The chart has neither a start nor an end: make the first step kind: start, and end the flow where it stops ("{stops}") with a step of kind: end',
      },
      severalStartsNoEnd: {
        'zh-TW': '流程圖有 {count} 個開始步驟（{starts}），且沒有結束步驟：請只畫一個開始（或設定選項 startPerChannel），並在流程停止處（「{stops}」）加上 kind: end 的步驟',
        en: 'The chart has {count} starts ({starts}) and no end: draw one start (or set the option startPerChannel), and end the flow where it stops ("{stops}") with a step of kind: end',
      },
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        startPerChannel: {
          type: 'boolean',
          description: '允許多個開始步驟，每個受理管道（臨櫃、電話、網路…）一個 / Allow several starts, one per intake channel (counter, phone, online…)',
        },
      },
    },
    defaultOptions: { startPerChannel: false },
  },
  *check(sop, context): Iterable<Report> {
    const starts = sop.steps.filter((s) => s.kind === 'start');
    const startsData = { count: starts.length, starts: idList(starts) };
    const startProblem: Report | undefined =
      starts.length === 0
        ? { messageId: 'noStart', path: ['steps', 0] }
        : starts.length > 1 && context.options.startPerChannel !== true
          ? { messageId: 'severalStarts', data: startsData, stepId: starts[1]!.id, path: ['steps', starts[1]!.index, 'kind'] }
          : starts[0]!.index !== 0
            ? { messageId: 'startNotFirst', data: { id: starts[0]!.id }, stepId: starts[0]!.id, path: ['steps', starts[0]!.index, 'kind'] }
            : undefined;
    if (sop.steps.some((s) => s.kind === 'end')) {
      if (startProblem) yield startProblem;
      return;
    }
    const stopped = stops(sop);
    if (stopped.length === 0) {
      // No step leads nowhere: the flow loops without an end.
      if (startProblem) yield startProblem;
      yield { messageId: 'noEnd', path: ['steps', sop.steps.length - 1] };
      return;
    }
    // The missing end goes where the flow stops: the finding is placed there, and a missing
    // start or several starts are said in the same finding (one finding for the chart's terminals).
    const at = { stepId: stopped[0]!.id, path: ['steps', stopped[0]!.index] };
    const stopsData = { stops: idList(stopped) };
    if (startProblem?.messageId === 'noStart') yield { messageId: 'noStartNoEnd', data: stopsData, ...at };
    else if (startProblem?.messageId === 'severalStarts') yield { messageId: 'severalStartsNoEnd', data: { ...startsData, ...stopsData }, ...at };
    else {
      if (startProblem) yield startProblem;
      yield { messageId: 'noEndStops', data: stopsData, ...at };
    }
  },
};
