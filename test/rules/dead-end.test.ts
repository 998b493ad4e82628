import { deadEnd } from '../../src/rules/dead-end.js';
import { docsExamples } from '../helpers/docs-examples.js';
import { ruleTester, sopWith } from '../helpers/rule-tester.js';

const docs = docsExamples('docs/rules/dead-end.md');

ruleTester(deadEnd, {
  valid: [
    { name: 'docs page: the Correct example', ...docs.correct },
    {
      name: 'the last step is an end',
      code: sopWith(`
  - {id: a, kind: start, text: 受理}
  - {id: b, kind: end, text: 結案}`),
    },
    {
      name: 'a chart with no end at all is terminals\' one finding, not one here too',
      code: sopWith(`
  - {id: a, kind: start, text: 受理}
  - {id: b, text: 處理}`),
    },
  ],
  invalid: [
    { name: 'docs page: the Incorrect example', ...docs.incorrect, errors: [{ messageId: 'deadEnd', stepId: 'reject' }] },
    {
      name: 'a branch that stops while the chart has an end elsewhere: only that step, not the ones before it',
      code: sopWith(`
  - {id: a, kind: start, text: 受理}
  - {id: b, kind: decision, text: 是否符合？, branches: {是: c, 否: e}}
  - {id: c, text: 核發}
  - {id: d, kind: end, text: 結案}
  - {id: e, text: 通知補件}
  - {id: f, text: 退件}`),
      errors: [{ messageId: 'deadEnd', stepId: 'f', line: 11 }],
    },
    {
      name: 'a loop with no way out: one finding for the loop',
      code: sopWith(`
  - {id: a, kind: start, text: 受理}
  - {id: b, text: 處理}
  - {id: c, text: 再處理, next: b}
  - {id: d, kind: end, text: 結案}`),
      errors: [{ messageId: 'noWayToEnd', stepId: 'b', message: '「b, c」' }],
    },
  ],
});
