// approval-outcomes: an approval or review (核定, 核准, 核閱, 簽核, 裁示, 審查, 初審…) can say no.
// A decision of that kind needs a reject or revise branch (駁回, 退回, 修正, 不同意, 否…); an approval
// drawn as a box needs a reject or revise way out among the steps after it.

import type { Report, Rule, WordLists } from '../engine/types.js';
import { nextSteps } from '../model/graph.js';
import type { Sop, Step } from '../model/types.js';
import { judgmentBoxes } from '../analysis/steps/judgment-box.js';
import { approvalHit } from '../analysis/steps/judgments.js';
import { isRejectLabel, saysNo } from '../analysis/steps/outcomes.js';

/** Whether a decision's branches include a reject or revise outcome (by label, or by the step it leads to). */
function hasRejectBranch(sop: Sop, step: Step, words: WordLists): boolean {
  return (step.branches ?? []).some((b) => {
    if (isRejectLabel(b.label, words)) return true;
    const target = sop.stepById.get(b.target);
    return target !== undefined && saysNo(target.text, words);
  });
}

/**
 * Whether a box has a reject or revise way out: one of two or more following steps says no, or
 * the step after it is a diamond that does (a separate 「否」 diamond, or 「是否核准？」 with a 否
 * branch). A single following step that revises is not an alternative, it is the only path.
 */
function hasRejectWay(sop: Sop, step: Step, words: WordLists): boolean {
  const next = nextSteps(sop, step);
  return next.some((n) =>
    n.kind === 'decision' ? isRejectLabel(n.text, words) || hasRejectBranch(sop, n, words) : next.length >= 2 && saysNo(n.text, words),
  );
}

export const approvalOutcomes: Rule = {
  meta: {
    id: 'approval-outcomes',
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: {
        'zh-TW': '核定、核准、核閱、簽核、審查等步驟除核可外，應有駁回、退回或修正的結果及其對應流程。',
        en: 'An approval or review (核定, 核准, 核閱, 簽核, 審查…) has a reject, return or revise outcome besides approval, with its flow.',
      },
      page: 'docs/rules/approval-outcomes.md',
    },
    messages: {
      noRejectBranch: {
        'zh-TW': '「{text}」是核定／審查的決策（「{word}」），分支中沒有駁回、退回或修正的結果：一般應接續核可、駁回、修正等不同結果的對應流程',
        en: '"{text}" is an approval or review ("{word}") but none of its branches rejects, returns or revises: add those outcomes and their flows',
      },
      noRejectWay: {
        'zh-TW': '步驟「{text}」是核定／審查（「{word}」），卻沒有駁回、退回或修正的分流：應改為決策符號，接續核可、駁回、修正等不同結果的對應流程',
        en: 'Step "{text}" is an approval or review ("{word}") offers no reject, return or revise alternative: make it a decision with approve, reject and revise outcomes and their flows',
      },
    },
  },
  *check(sop, context): Iterable<Report> {
    const words = context.words;
    const boxes = context.analysis.get(judgmentBoxes);
    for (const step of sop.steps) {
      if (step.kind !== 'decision' && step.kind !== 'process') continue;
      const hit = approvalHit(step.text, words);
      if (!hit) continue;
      if (step.kind === 'decision') {
        if (!hasRejectBranch(sop, step, words)) {
          yield { messageId: 'noRejectBranch', data: { text: step.text, word: hit.word }, stepId: step.id, path: ['branches'] };
        }
        continue;
      }
      // A box only when decision-shape takes it for a judgment: not the sign-off memo of
      // 評選結果簽核 (a document), nor a review that is a stage of a named procedure (資格標審查).
      if (!boxes.has(step)) continue;
      if (!hasRejectWay(sop, step, words)) {
        yield { messageId: 'noRejectWay', data: { text: step.text, word: hit.word }, stepId: step.id, path: ['text'] };
      }
    }
  },
};
