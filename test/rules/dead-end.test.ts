import { deadEnd } from '../../src/rules/dead-end.js';
import { ruleTester, sopWith } from '../helpers/rule-tester.js';

ruleTester(deadEnd, {
  valid: [
    {
      name: 'the last step is an end',
      code: sopWith(`
  - {id: a, kind: start, text: 受理}
  - {id: b, kind: end, text: 結案}`),
    },
  ],
  invalid: [
    {
      name: 'the last step is not an end',
      code: sopWith(`
  - {id: a, kind: start, text: 受理}
  - {id: b, text: 處理}`),
      errors: [{ messageId: 'deadEnd', stepId: 'b', line: 7 }],
    },
    {
      name: 'a loop with no way out',
      code: sopWith(`
  - {id: a, kind: start, text: 受理}
  - {id: b, text: 處理}
  - {id: c, text: 再處理, next: b}
  - {id: d, kind: end, text: 結案}`),
      errors: [
        { messageId: 'noWayToEnd', stepId: 'a' },
        { messageId: 'noWayToEnd', stepId: 'b' },
        { messageId: 'noWayToEnd', stepId: 'c' },
      ],
    },
  ],
});
