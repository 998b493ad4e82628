import { unreachable } from '../../src/rules/unreachable.js';
import { docsExamples } from '../helpers/docs-examples.js';
import { ruleTester, sopWith } from '../helpers/rule-tester.js';
import { THREE_CHANNELS } from '../helpers/samples.js';

const docs = docsExamples('docs/rules/unreachable.md');

ruleTester(unreachable, {
  valid: [
    {
      name: 'a broken next with no near id and one orphan part: unknown-step says it was meant for the part',
      code: sopWith(`
  - {id: a, kind: start, text: 受理, next: zzz-typo-zzz}
  - {id: b, text: 處理}
  - {id: c, kind: end, text: 結案}`),
    },
    { name: 'docs page: the Correct example', ...docs.correct },
    {
      name: 'every step on some path, loops allowed',
      code: sopWith(`
  - {id: a, kind: start, text: 受理}
  - {id: b, kind: decision, text: 是否完成？, branches: {是: d, 否: c}}
  - {id: c, text: 補正, next: b}
  - {id: d, kind: end, text: 結案}`),
    },
    {
      name: 'three intake chains, each with its own start: every chain is reached from its start',
      code: THREE_CHANNELS,
    },
    {
      name: 'a step hidden behind a mistyped next is unknown-step\'s finding, not this rule\'s',
      code: sopWith(`
  - {id: a, kind: start, text: 受理, next: handel}
  - {id: handle, text: 處理}
  - {id: b, kind: end, text: 結案}`),
    },
  ],
  invalid: [
    { name: 'docs page: the Incorrect example', ...docs.incorrect, errors: [{ messageId: 'unreachable', stepId: 'log' }] },
    {
      name: 'a step nothing leads to',
      code: sopWith(`
  - {id: a, kind: start, text: 受理, next: c}
  - {id: b, text: 孤立的步驟}
  - {id: c, kind: end, text: 結案}`),
      errors: [{ messageId: 'unreachable', stepId: 'b', line: 7 }],
    },
    {
      name: 'a part nothing leads into: one finding at its head, naming the steps after it',
      code: sopWith(`
  - {id: a, kind: start, text: 受理, next: e}
  - {id: b, text: 補件通知}
  - {id: c, text: 補件審查}
  - {id: d, text: 補件歸檔, next: e}
  - {id: e, kind: end, text: 結案}`),
      errors: [{ messageId: 'unreachablePart', stepId: 'b', message: '及其後的 2 個步驟（c, d）' }],
    },
    {
      name: 'a broken next with no near id, with two orphan parts: each finding asks whether it was meant for it',
      code: sopWith(`
  - {id: a, kind: start, text: 受理, next: zzz-typo-zzz}
  - {id: b, text: 處理, next: c}
  - {id: x, text: 補正, next: c}
  - {id: c, kind: end, text: 結案}`),
      errors: [
        { messageId: 'unreachableBroken', stepId: 'b', message: '「zzz-typo-zzz」' },
        { messageId: 'unreachableBroken', stepId: 'x', message: '「zzz-typo-zzz」' },
      ],
    },
  ],
});
