// decision-shape: a judgment or approval drawn as a process box should be a decision diamond
// (是否…, 判斷, 審查, 核定, 裁示, 簽核, 檢視, 清查, a question mark, or a box whose following steps
// read as conditions: 同意…/不同意…, 10萬元內…/10萬元以上者…); and the inverse, a diamond whose
// label is plainly an action (創意提案「獎勵」) or just an outcome (綜合發展計畫「否」).
//
// What counts as a judgment is in analysis/steps/judgment-box.ts (shared with decision-branches,
// approval-outcomes and subprocess); the words are data: data/words/*/decisions.json.

import type { Report, Rule } from '../engine/types.js';
import type { Step } from '../model/types.js';
import { judgmentBoxes } from '../analysis/steps/judgment-box.js';
import { labelReadings } from '../analysis/steps/label-readings.js';
import { isBareOutcome, isOutcomeLabel } from '../analysis/steps/outcomes.js';
import { answerSymbols, outcomeJudgments, successBoxes } from '../analysis/steps/outcome-boxes.js';

function quoteAll(steps: Step[]): string {
  return steps.map((s) => `「${s.text}」`).join('、');
}

export const decisionShape: Rule = {
  meta: {
    id: 'decision-shape',
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: {
        'zh-TW': '判斷、審查與核定的步驟應為菱形的決策符號；菱形內則應是判斷，而非處理動作。',
        en: 'Judgments, reviews and approvals are drawn as decision diamonds; a diamond holds a judgment, not an action.',
      },
      page: 'docs/rules/decision-shape.md',
    },
    messages: {
      approvalAsProcess: {
        'zh-TW': '步驟「{text}」的「{word}」是核定或審查，似乎具有審核機制：應為菱形的決策符號（kind: decision），並以 branches 接續核可、駁回、修正等不同結果的對應流程',
        en: 'Step "{text}" is an approval or review ("{word}"): draw it as a decision diamond (kind: decision) with a branch for each outcome (approve, reject, revise) and the flow of each',
      },
      judgmentAsProcess: {
        'zh-TW': '步驟「{text}」的「{word}」是判斷：應為菱形的決策符號（kind: decision），並以 branches 標出「是」「否」等判斷結果及其對應流程',
        en: 'Step "{text}" is a judgment ("{word}"): draw it as a decision diamond (kind: decision) with a branch for each outcome (yes, no) and the flow of each',
      },
      questionAsProcess: {
        'zh-TW': '步驟「{text}」是問句（「{word}」）：應為菱形的決策符號（kind: decision），並以 branches 標出「是」「否」等結果及其對應流程',
        en: 'Step "{text}" asks a question ("{word}"): draw it as a decision diamond (kind: decision) with a branch for each answer (yes, no) and the flow of each',
      },
      conditionsAfterProcess: {
        'zh-TW': '步驟「{text}」之後的步驟寫著判斷條件（{conditions}）：此步驟應改為菱形的決策符號，並把各條件寫在分支標籤上',
        en: 'The steps after "{text}" start with conditions ({conditions}): make "{text}" a decision diamond and put the conditions on its branch labels',
      },
      endsAfterProcess: {
        'zh-TW': '步驟「{text}」之後分成數個結束（{ends}）：一個案件只會走到其中之一，由此步驟決定走向，應改為菱形的決策符號，並把各自的條件寫在分支標籤上',
        en: 'The flow ends in different ways after "{text}" ({ends}): a case reaches only one of them, so this step decides which; make it a decision diamond and put the condition of each on its branch label',
      },
      outcomesAfterProcess: {
        'zh-TW': '步驟「{text}」之後的步驟是它的判斷結果（{outcomes}）：一個案件只會是其中之一，應改為菱形的決策符號，並把各結果寫在分支標籤上',
        en: 'The steps after "{text}" state its outcomes ({outcomes}): a case has only one of them, so make "{text}" a decision diamond and put the outcomes on its branch labels',
      },
      successAsProcess: {
        'zh-TW': '步驟「{text}」只寫出「{act}」的一種結果：是否成功是判斷，應以菱形的決策符號判斷，並畫出另一結果（例如不成功時）的對應流程',
        en: 'Step "{text}" states only one outcome of "{act}": whether it succeeds is a judgment; decide it in a decision diamond and draw the flow of the other outcome (e.g. when it fails)',
      },
      conditionInProcess: {
        'zh-TW': '步驟「{text}」寫著條件「{condition}」，卻只畫出條件成立時的處理：應以菱形的決策符號判斷此條件，並以「是」「否」分支接續各自的對應流程',
        en: 'Step "{text}" states a condition ("{condition}") but draws only the path where it holds: decide it in a decision diamond, with a yes and a no branch and the flow of each',
      },
      alternativesInProcess: {
        'zh-TW': '步驟「{text}」內含互斥的處理方式（「{first}」、「{second}」）：應以菱形的決策符號判斷適用哪一種，並以分支接續各自的對應流程',
        en: 'Step "{text}" holds ways that exclude each other ("{first}", "{second}"): decide between them in a decision diamond, with a branch for each and its flow',
      },
      actionAsDecision: {
        'zh-TW': '菱形「{text}」是處理動作而非判斷（沒有判斷用語，分支也不是判斷結果）：決策符號宜改為方形的處理符號（kind: process），或寫明判斷依據並以分支標出結果',
        en: 'The diamond "{text}" is an action, not a judgment (no judgment word, and its branches are not outcomes): draw it as a process box, or state the criterion and label the outcomes',
      },
      outcomeAsDecision: {
        'zh-TW': '菱形「{text}」只是一個判斷結果：應寫在前一個決策符號的分支標籤上，而非另畫一個決策符號',
        en: 'The diamond "{text}" is only an outcome: put it on a branch label of the decision before it instead of drawing another diamond',
      },
    },
  },
  *check(sop, context): Iterable<Report> {
    const words = context.words;
    const boxes = context.analysis.get(judgmentBoxes);
    const judgedByOutcomes = context.analysis.get(outcomeJudgments);
    // The answers of a judgment box drawn as diamonds (是 Yes / 否 No): the box's one finding covers them.
    const answers = context.analysis.get(answerSymbols);
    const successes = context.analysis.get(successBoxes);
    const read = context.analysis.get(labelReadings);
    for (const step of sop.steps) {
      if (answers.has(step)) continue;
      const path = step.kindExplicit ? ['kind'] : ['text'];
      if (step.kind === 'process') {
        const box = boxes.get(step);
        const outcomes = judgedByOutcomes.get(step);
        const act = successes.get(step);
        if (act) {
          yield { messageId: 'successAsProcess', data: { text: step.text, act: act.text }, stepId: step.id, path };
        } else if (outcomes) {
          yield { messageId: 'outcomesAfterProcess', data: { text: step.text, outcomes: quoteAll(outcomes) }, stepId: step.id, path };
        } else if (box?.by === 'word') {
          const messageId = box.hit.kind === 'question' ? 'questionAsProcess' : box.hit.kind === 'judgment' ? 'judgmentAsProcess' : 'approvalAsProcess';
          yield { messageId, data: { text: step.text, word: box.hit.word }, stepId: step.id, path };
        } else if (box?.by === 'successors') {
          yield { messageId: 'conditionsAfterProcess', data: { text: step.text, conditions: quoteAll(box.conditions) }, stepId: step.id, path };
        } else if (box?.by === 'ends') {
          yield { messageId: 'endsAfterProcess', data: { text: step.text, ends: quoteAll(box.ends) }, stepId: step.id, path };
        } else if (box?.by === 'condition') {
          yield { messageId: 'conditionInProcess', data: { text: step.text, condition: box.condition }, stepId: step.id, path };
        } else if (box?.by === 'alternatives') {
          const [first, second] = box.alternatives;
          yield { messageId: 'alternativesInProcess', data: { text: step.text, first, second }, stepId: step.id, path };
        }
      } else if (step.kind === 'decision') {
        if (isBareOutcome(step.text, words)) {
          yield { messageId: 'outcomeAsDecision', data: { text: step.text }, stepId: step.id, path: ['text'] };
          continue;
        }
        const judged =
          read.asksJudgment(step) ||
          (step.branches ?? []).some((b) => isOutcomeLabel(b.label, words));
        if (!judged) yield { messageId: 'actionAsDecision', data: { text: step.text }, stepId: step.id, path: ['kind'] };
      }
    }
  },
};
