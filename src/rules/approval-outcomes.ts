// approval-outcomes: an approval or review (核定, 核准, 核閱, 簽核, 裁示, 審查, 初審…) can say no.
// A decision of that kind needs a reject or revise branch (駁回, 退回, 修正, 不同意, 否…). Only
// `kind: decision` steps: an approval drawn as a box is one defect, reported once by
// decision-shape, whose message asks for 核可／駁回／修正.

import type { Report, Rule, WordLists } from '../engine/types.js';
import type { Sop, Step } from '../model/types.js';
import { labelReadings } from '../analysis/steps/label-readings.js';
import { isRejectLabel, saysNo } from '../analysis/steps/outcomes.js';

/** Whether a decision's branches include a reject or revise outcome (by label, or by the step it leads to). */
function hasRejectBranch(sop: Sop, step: Step, words: WordLists): boolean {
  return (step.branches ?? []).some((b) => {
    if (isRejectLabel(b.label, words)) return true;
    const target = sop.stepById.get(b.target);
    return target !== undefined && saysNo(target.text, words);
  });
}

export const approvalOutcomes: Rule = {
  meta: {
    id: 'approval-outcomes',
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: {
        'zh-TW': '核定、核准、核閱、簽核、審查等決策除核可外，應有駁回、退回或修正的分支及其對應流程。',
        en: 'An approval or review decision (核定, 核准, 核閱, 簽核, 審查…) has a reject, return or revise branch besides approval, with its flow.',
      },
      page: 'docs/rules/approval-outcomes.md',
    },
    messages: {
      noRejectBranch: {
        'zh-TW': '「{text}」是核定／審查的決策（「{word}」），分支中沒有駁回、退回或修正的結果：一般應接續核可、駁回、修正等不同結果的對應流程',
        en: '"{text}" is an approval or review ("{word}") but none of its branches rejects, returns or revises: add those outcomes and their flows',
      },
    },
  },
  *check(sop, context): Iterable<Report> {
    const words = context.words;
    const read = context.analysis.get(labelReadings);
    for (const step of sop.steps) {
      if (step.kind !== 'decision') continue;
      const hit = read.approvalHit(step);
      if (hit && !hasRejectBranch(sop, step, words)) {
        yield { messageId: 'noRejectBranch', data: { text: step.text, word: hit.word }, stepId: step.id, path: ['branches'] };
      }
    }
  },
};
