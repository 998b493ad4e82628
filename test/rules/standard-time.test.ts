import { standardTime } from '../../src/rules/standard-time.js';
import { docsExamples } from '../helpers/docs-examples.js';
import { ruleTester, sopWith } from '../helpers/rule-tester.js';

const docs = docsExamples('docs/rules/standard-time.md');

ruleTester(standardTime, {
  valid: [
    { name: 'docs page: the Correct example', ...docs.correct },
    {
      name: 'start, end and data steps are exempt; time or schedule is enough',
      code: sopWith(`
  - {id: start, kind: start, text: 議會定期會召開}
  - {id: system, kind: data, text: 公文管理系統}
  - {id: request, text: 函請各單位提送議會工作報告, schedule: 每年4月3日及10月3日以前}
  - {id: compile, kind: document, text: 議會工作報告, time: 3工作天}
  - {id: sub, kind: subprocess, text: 招標, external: 政府採購法 招標程序, time: 1-3w}
  - {id: done, kind: end, text: 結案}`),
    },
    {
      name: 'a box that only states an outcome of the judgment box before it (a branch label drawn as a box) takes no time of its own',
      code: sopWith(`
  - {id: start, kind: start, text: 民眾提出申請}
  - {id: check, text: 櫃台受理審核證件, time: 10m, next: [incomplete, complete]}
  - {id: complete, text: 證件齊全, next: handle}
  - {id: incomplete, text: 證件不齊, next: done}
  - {id: handle, text: 承辦, time: 3d, next: [result, correct]}
  - {id: result, text: 通過或不通過, next: done}
  - {id: correct, text: 補正, time: 7d, next: done}
  - {id: done, kind: end, text: 結案}`),
    },
    {
      name: 'English: outcome boxes after a review box',
      code: sopWith(`
  - {id: start, kind: start, text: Application received}
  - {id: check, text: Review the application, time: 1d, next: [complete, incomplete]}
  - {id: complete, text: Application complete, next: done}
  - {id: incomplete, text: Application not complete, next: done}
  - {id: done, kind: end, text: Close}`),
      lang: 'en',
    },
  ],
  invalid: [
    {
      name: 'after a judgment box, a box that does more than state the outcome is a task that takes time',
      code: sopWith(`
  - {id: start, kind: start, text: 民眾提出申請}
  - {id: check, text: 櫃台受理審核證件, time: 10m, next: [incomplete, complete]}
  - {id: complete, text: 證件齊全, next: done}
  - {id: incomplete, text: 證件不齊，開立一次告知單, next: done}
  - {id: done, kind: end, text: 結案}`),
      errors: [{ messageId: 'missing', stepId: 'incomplete' }],
    },
    {
      name: 'English: the same label in a straight line is a task',
      code: sopWith(`
  - {id: start, kind: start, text: Application received}
  - {id: complete, text: Application complete}
  - {id: done, kind: end, text: Close}`),
      lang: 'en',
      errors: [{ messageId: 'missing', stepId: 'complete' }],
    },
    {
      name: 'docs page: the Incorrect example',
      ...docs.incorrect,
      errors: [
        { messageId: 'missing', stepId: 'compile' },
        { messageId: 'missing', stepId: 'review' },
        { messageId: 'missing', stepId: 'upload' },
      ],
    },
    {
      name: '議會工作報告 註2: a time point in the label does not count',
      code: sopWith(`
  - {id: start, kind: start, text: 議會定期會召開}
  - {id: request-reports, text: 函請各單位於4月3日及10月3日以前提送議會工作報告}
  - {id: done, kind: end, text: 結案}`),
      errors: [{ messageId: 'missing', stepId: 'request-reports', line: 7, message: '「函請各單位於4月3日及10月3日以前提送議會工作報告」' }],
    },
    {
      name: 'the summary option: one finding per SOP',
      code: sopWith(`
  - {id: start, kind: start, text: 開始}
  - {id: a, text: 彙編各科工作報告}
  - {id: b, text: 檔案上傳}
  - {id: done, kind: end, text: 結案}`),
      config: { rules: { 'standard-time': { severity: 'info', options: { summary: true } } } },
      errors: [{ messageId: 'summary', line: 5, message: '有 2 個步驟' }],
    },
    {
      name: 'English',
      code: sopWith(`
  - {id: start, kind: start, text: Request received}
  - {id: review, kind: decision, text: Is the request complete?, branches: {Yes: done, No: start}}
  - {id: done, kind: end, text: Close}`),
      lang: 'en',
      errors: [{ messageId: 'missing', stepId: 'review', message: 'has no standard time' }],
    },
  ],
});
