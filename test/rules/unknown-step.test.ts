import { unknownStep } from '../../src/rules/unknown-step.js';
import { ruleTester, sopWith } from '../helpers/rule-tester.js';

ruleTester(unknownStep, {
  valid: [
    {
      name: 'next, list next and branches all name steps',
      code: sopWith(`
  - {id: a, kind: start, text: 受理, next: [b, c]}
  - {id: b, kind: decision, text: 是否同意？, branches: {同意: c, 不同意: d}}
  - {id: c, text: 辦理, next: d}
  - {id: d, kind: end, text: 結案}`),
    },
  ],
  invalid: [
    {
      name: 'a misspelt next gets "did you mean"',
      code: sopWith(`
  - {id: receive, kind: start, text: 受理, next: [handel, log]}
  - {id: log, text: 登錄, next: handle}
  - {id: handle, text: 處理}
  - {id: done, kind: end, text: 結案}`),
      errors: [{ messageId: 'unknownSuggest', stepId: 'receive', line: 6, message: '您是指「handle」嗎' }],
    },
    {
      name: 'a typo that hides the only way into a step says so (unreachable says nothing more)',
      code: sopWith(`
  - {id: receive, kind: start, text: 受理, next: handel}
  - {id: handle, text: 處理}
  - {id: done, kind: end, text: 結案}`),
      errors: [{ messageId: 'unknownHidesPart', stepId: 'receive', line: 6, message: '「handle」及其後 1 個步驟都無法到達' }],
    },
    {
      name: 'a target close to no id, and one part that nothing leads into: it was meant for that part',
      code: sopWith(`
  - {id: receive, kind: start, text: 受理, next: nowhere}
  - {id: handle, text: 處理}
  - {id: done, kind: end, text: 結案}`),
      errors: [{ messageId: 'unknownHidesPart', stepId: 'receive', message: '您是指「handle」嗎？照目前的寫法，「handle」及其後 1 個步驟都無法到達' }],
    },
    {
      name: 'a typo that hides one step',
      code: sopWith(`
  - {id: receive, kind: start, text: 受理, next: [handel, done]}
  - {id: handle, text: 處理, next: done}
  - {id: done, kind: end, text: 結案}`),
      errors: [{ messageId: 'unknownHides', stepId: 'receive', message: '沒有任何步驟流向「handle」' }],
    },
    {
      name: 'two letters swapped, in a next, a next list and a branch, all get "did you mean" (each typo hides its step, so each says so)',
      code: sopWith(`
  - {id: receive, kind: start, text: 受理, next: [check, dnoe]}
  - {id: check, kind: decision, text: 是否受理？, branches: {是: hnadle, 否: dnoe}}
  - {id: handle, text: 處理, next: dnoe}
  - {id: done, kind: end, text: 結案}`),
      errors: [
        { messageId: 'unknownHides', stepId: 'receive', line: 6, message: '找不到步驟「dnoe」，您是指「done」嗎？' },
        { messageId: 'unknownHides', stepId: 'check', line: 7, message: '您是指「handle」嗎' },
        { messageId: 'unknownHides', stepId: 'check', line: 7, message: '您是指「done」嗎' },
        { messageId: 'unknownHides', stepId: 'handle', line: 8, message: '您是指「done」嗎' },
      ],
    },
    {
      name: 'English: "did you mean" for a swapped pair',
      lang: 'en',
      code: sopWith(`
  - {id: receive, kind: start, text: 受理}
  - {id: handle, text: 處理, next: dnoe}
  - {id: done, kind: end, text: 結案}`),
      errors: [{ messageId: 'unknownHides', stepId: 'handle', line: 7, message: 'No step "dnoe"; did you mean "done"?' }],
    },
    {
      name: 'an item of a next list and a branch',
      code: sopWith(`
  - id: a
    kind: start
    text: 受理
    next: [b, zzz]
  - id: b
    kind: decision
    text: 是否同意？
    branches:
      同意: c
      不同意: nowhere-at-all
  - {id: c, kind: end, text: 結案}`),
      errors: [
        { messageId: 'unknown', stepId: 'a', line: 9, column: 15 },
        { messageId: 'unknown', stepId: 'b', line: 15 },
      ],
    },
  ],
});
