import { decisionBranches } from '../../src/rules/decision-branches.js';
import { docsExamples } from '../helpers/docs-examples.js';
import { ruleTester, sopWith } from '../helpers/rule-tester.js';
import { answersDrawnAsDiamonds } from '../helpers/outcome-charts.js';

const docs = docsExamples('docs/rules/decision-branches.md');

/** start → the given middle step(s) → two ends. */
function chain(middle: string): string {
  return sopWith(`
  - {id: start, kind: start, text: 開始}
${middle}
  - {id: done, kind: end, text: 結案}
  - {id: other, kind: end, text: 退件}`);
}

ruleTester(decisionBranches, {
  valid: [
    {
      name: 'batch 3: the answers of a question box drawn as diamonds (是 Yes / 否 No) are branch labels, not decisions',
      code: answersDrawnAsDiamonds(),
    },
    { name: 'docs page: the Correct example', ...docs.correct },
    {
      name: 'two labelled branches to different steps',
      code: chain(`  - {id: ask, kind: decision, text: 是否依限辦日期於5日內處理完畢, branches: {是: done, 否: other}}`),
    },
    {
      name: 'a yes/no question answered by its own words (吻合 / 不吻合)',
      code: chain(`  - {id: ask, kind: decision, text: 是否與公文系統吻合？, branches: {吻合: done, 不吻合: other}}`),
    },
    {
      name: 'an approval with three outcomes',
      code: chain(`  - {id: ask, kind: decision, text: 首長核定, branches: {核可: done, 駁回: other, 修正: start}}`),
    },
    {
      name: 'a plain action box with one way on',
      code: chain(`  - {id: plain, text: 總收文彙整}`),
    },
    {
      name: 'a box with a noun that only looks like a judgment (評審小組, 核備) and one way on',
      code: chain(`  - {id: a, text: 企劃處依計畫期程簽組評審小組}
  - {id: b, text: 送交人事處核備}`),
    },
    {
      name: 'judgments drawn as boxes, with one way on or several unlabelled ones: one defect, decision-shape\'s one finding (issue 9)',
      code: chain(`  - {id: a, text: 單位主管核閱}
  - {id: b, text: 首長核定, next: done}
  - {id: review, text: 單位初審, next: [done, other]}
  - {id: quote, text: 洽廠商報價, next: [under, over]}
  - {id: under, text: 10萬元內簽准直接由廠商增修系統功能, next: done}
  - {id: over, text: 10萬元以上者，依發包程序辦理發包, next: done}`),
    },
    {
      name: 'English: a yes/no question with yes/no labels',
      code: chain(`  - {id: ask, kind: decision, text: Is the form complete?, branches: {Yes: done, No: other}}`),
    },
  ],
  invalid: [
    {
      name: 'batch 3: a 是 diamond after a box with one way on is a decision and checked as one',
      code: chain(`  - {id: ask, text: 住宿組查詢床位}
  - {id: yes, kind: decision, text: 是 Yes, branches: {"": done}}`),
      errors: [
        { messageId: 'tooFewBranches', stepId: 'yes' },
        { messageId: 'unlabelledBranch', stepId: 'yes' },
      ],
    },
    {
      name: 'docs page: the Incorrect example',
      ...docs.incorrect,
      errors: [
        { messageId: 'labelsNotAnswers', stepId: 'release' },
        { messageId: 'tooFewBranches', stepId: 'approve' },
        { messageId: 'unlabelledBranch', stepId: 'approve' },
      ],
    },
    {
      name: 'a diamond with one unlabelled exit (議會工作報告 註6「首長核決」)',
      code: chain(`  - id: approve
    kind: decision
    text: 首長核決
    branches:
      "": done`),
      errors: [
        { messageId: 'tooFewBranches', stepId: 'approve', line: 10, message: '只有 1 條分支' },
        { messageId: 'unlabelledBranch', stepId: 'approve', line: 11, message: '「done」' },
      ],
    },
    {
      name: 'every branch to the same step (創意提案「獎勵」)',
      code: chain(`  - {id: award, kind: decision, text: 獎勵, branches: {提案獎: done, 成功獎: done}}`),
      errors: [{ messageId: 'sameTarget', stepId: 'award', message: '「done」' }],
    },
    {
      name: 'a 是否 question whose labels do not answer it (議會決議案 註3)',
      code: chain(`  - {id: release, kind: decision, text: 企劃處判斷是否除管, branches: {業務單位辦理完畢: done, 業務單位未辦理完畢: start}}`),
      errors: [{ messageId: 'labelsNotAnswers', stepId: 'release', message: '「業務單位辦理完畢」' }],
    },
    {
      name: 'a label of punctuation only is no label; English too',
      code: chain(`  - {id: ask, kind: decision, text: Is the form complete?, branches: {"-": done, No: other}}`),
      lang: 'en',
      errors: [{ messageId: 'unlabelledBranch', stepId: 'ask', message: 'to "done" has no label' }],
    },
  ],
});
