import { unreachable } from '../../src/rules/unreachable.js';
import { ruleTester, sopWith } from '../helpers/rule-tester.js';

ruleTester(unreachable, {
  valid: [
    {
      name: 'every step on some path, loops allowed',
      code: sopWith(`
  - {id: a, kind: start, text: 受理}
  - {id: b, kind: decision, text: 是否完成？, branches: {是: d, 否: c}}
  - {id: c, text: 補正, next: b}
  - {id: d, kind: end, text: 結案}`),
    },
    {
      name: 'silent when an edge is broken (unknown-step reports that)',
      code: sopWith(`
  - {id: a, kind: start, text: 受理, next: nowhere}
  - {id: b, kind: end, text: 結案}`),
    },
  ],
  invalid: [
    {
      name: 'a step nothing leads to',
      code: sopWith(`
  - {id: a, kind: start, text: 受理, next: c}
  - {id: b, text: 孤立的步驟}
  - {id: c, kind: end, text: 結案}`),
      errors: [{ messageId: 'unreachable', stepId: 'b', line: 7 }],
    },
  ],
});
