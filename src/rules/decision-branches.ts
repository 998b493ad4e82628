// decision-branches: a decision offers alternatives. It has at least two branches, each with a
// label, not all to the same step; a yes/no question (是否…) is answered by its labels. Only
// `kind: decision` steps: a judgment drawn as a box is one defect, reported once by
// decision-shape, whose message asks for the outcomes too.

import type { Report, Rule, WordLists } from '../engine/types.js';
import type { Step } from '../model/types.js';
import { firstWord } from '../analysis/text/word-match.js';
import { sharesWords } from '../analysis/steps/conditions.js';
import { startsWithWord } from '../analysis/steps/outcomes.js';
import { answerSymbols } from '../analysis/steps/outcome-boxes.js';

/** A label with nothing but blanks and punctuation is no label. */
const BLANK_LABEL = /^[\s\p{P}\p{S}]*$/u;
/** Negations stripped from a label before looking for it in the question (不吻合 → 吻合). */
const NEGATION = /^(?:不|未|非|無|沒有|not\s+|no\s+)/iu;

/**
 * Whether a yes/no question's label answers it: 是/否, or the question's own words, with or
 * without a negation (吻合/不吻合; "Is it a leak?": "The situation is indeed a leak").
 */
function answers(label: string, question: string, words: WordLists): boolean {
  if (startsWithWord(label, words.decisionOutcomeLabels)) return true;
  const core = label.trim().replace(NEGATION, '').trim();
  return (core.length >= 2 && question.toLowerCase().includes(core.toLowerCase())) || sharesWords(label, question, words, 1);
}

function isYesNoQuestion(step: Step, words: WordLists): boolean {
  return firstWord(step.text, words.decisionYesNoQuestions) !== undefined;
}

export const decisionBranches: Rule = {
  meta: {
    id: 'decision-branches',
    type: 'problem',
    defaultSeverity: 'warn',
    docs: {
      description: {
        'zh-TW': '決策符號至少要有兩條標示結果的分支，並導向不同的後續流程。',
        en: 'A decision has at least two labelled branches leading to different steps.',
      },
      page: 'docs/rules/decision-branches.md',
    },
    messages: {
      tooFewBranches: {
        'zh-TW': '決策「{text}」只有 {count} 條分支：應有不同結果（例如「是」「否」、「核可」「駁回」）及其對應流程',
        en: 'The decision "{text}" has {count} branch(es): give it an alternative outcome (e.g. yes/no, approve/reject) and the flow for each',
      },
      unlabelledBranch: {
        'zh-TW': '決策「{text}」通往「{target}」的分支沒有標籤：請在引線上標示判斷結果（例如「是」「否」）',
        en: 'The branch of "{text}" to "{target}" has no label: write the outcome on it (e.g. yes, no)',
      },
      sameTarget: {
        'zh-TW': '決策「{text}」的所有分支都通往同一步驟「{target}」：不同結果應導引不同的對應流程',
        en: 'Every branch of "{text}" leads to the same step "{target}": different outcomes need different flows',
      },
      labelsNotAnswers: {
        'zh-TW': '決策「{text}」是「是否」問句，但分支標籤（{labels}）沒有回答它：請標示「是」「否」，或改寫問句使標籤成為答案',
        en: 'The decision "{text}" is a yes/no question but its branch labels ({labels}) do not answer it: label them yes/no, or reword the question',
      },
    },
  },
  *check(sop, context): Iterable<Report> {
    const words = context.words;
    // The answers of a judgment box drawn as diamonds (是 Yes / 否 No): branch labels, not decisions
    // (decision-shape reports the box once).
    const answerDiamonds = context.analysis.get(answerSymbols);
    for (const step of sop.steps) {
      if (step.kind !== 'decision' || answerDiamonds.has(step)) continue;
      const branches = step.branches ?? [];
      if (branches.length < 2) {
        yield { messageId: 'tooFewBranches', data: { text: step.text, count: branches.length }, stepId: step.id, path: ['branches'] };
      }
      let unlabelled = 0;
      for (const branch of branches) {
        if (!BLANK_LABEL.test(branch.label)) continue;
        unlabelled++;
        yield { messageId: 'unlabelledBranch', data: { text: step.text, target: branch.target }, stepId: step.id, path: ['branches', branch.label] };
      }
      if (branches.length >= 2 && branches.every((b) => b.target === branches[0]!.target)) {
        yield { messageId: 'sameTarget', data: { text: step.text, target: branches[0]!.target }, stepId: step.id, path: ['branches'] };
      }
      if (branches.length >= 2 && unlabelled === 0 && isYesNoQuestion(step, words) && !branches.some((b) => answers(b.label, step.text, words))) {
        const labels = branches.map((b) => `「${b.label}」`).join('、');
        yield { messageId: 'labelsNotAnswers', data: { text: step.text, labels }, stepId: step.id, path: ['branches'] };
      }
    }
  },
};
