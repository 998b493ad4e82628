// standard-time: every working step (process, decision, document, subprocess) shows its
// standard time (`time`, 標準工時) or its calendar point (`schedule`, 時間點). Start, end and data
// steps are exempt, and so is a box that only states an outcome of the judgment box before it
// (證件齊全 / 證件不齊, 通過或不通過: a branch label drawn as a box, whose time is the judgment's;
// analysis/steps/outcome-boxes.ts), and a box that names a thing rather than a task (a reference
// consulted, a heading, a copy of a form drawn again, an annotation: 申請計畫書格式, 保固期間,
// 申請單(下聯); analysis/steps/thing-boxes.ts): nothing there takes time. One finding per step; the
// option `summary` folds them into one per SOP.

import type { Report, Rule } from '../engine/types.js';
import type { StepKind } from '../model/types.js';
import { outcomeBoxes } from '../analysis/steps/outcome-boxes.js';
import { thingBoxes } from '../analysis/steps/thing-boxes.js';

const CHECKED: ReadonlySet<StepKind> = new Set(['process', 'decision', 'document', 'subprocess']);

export const standardTime: Rule = {
  meta: {
    id: 'standard-time',
    type: 'suggestion',
    defaultSeverity: 'info',
    docs: {
      description: {
        'zh-TW': '處理、決策、文件與既定處理程序步驟應標示標準工時（time）或時間點（schedule）。',
        en: 'Process, decision, document and subprocess steps show a standard time (time) or a calendar point (schedule).',
      },
      page: 'docs/rules/standard-time.md',
    },
    messages: {
      missing: {
        'zh-TW': '步驟「{text}」沒有標準工時（time）或時間點（schedule）：請標示，例如 time: 2d 或 schedule: 每月5日前',
        en: 'Step "{text}" has no standard time (time) or calendar point (schedule): add one, e.g. time: 2d or schedule: by the 5th of each month',
      },
      summary: {
        'zh-TW': '有 {count} 個步驟沒有標準工時（time）或時間點（schedule），例如「{first}」：請逐步標示',
        en: '{count} steps have no standard time (time) or calendar point (schedule), e.g. "{first}": add them step by step',
      },
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        summary: { type: 'boolean', description: '每個 SOP 只回報一則彙總，而非每個步驟一則。Report one summary per SOP instead of one finding per step.' },
      },
    },
    defaultOptions: { summary: false },
  },
  *check(sop, context): Iterable<Report> {
    const outcomes = context.analysis.get(outcomeBoxes);
    const things = context.analysis.get(thingBoxes);
    const missing = sop.steps.filter((s) => CHECKED.has(s.kind) && !s.time && !s.timeText && !s.schedule && !outcomes.has(s) && !things.has(s));
    if (missing.length === 0) return;
    if (context.options.summary === true) {
      yield { messageId: 'summary', data: { count: missing.length, first: missing[0]!.text }, path: ['steps'] };
      return;
    }
    for (const step of missing) yield { messageId: 'missing', data: { text: step.text }, stepId: step.id };
  },
};
