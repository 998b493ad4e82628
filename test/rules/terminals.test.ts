import { terminals } from '../../src/rules/terminals.js';
import { ruleTester, sopWith } from '../helpers/rule-tester.js';

ruleTester(terminals, {
  valid: [
    {
      name: 'one start first, one end',
      code: sopWith(`
  - {id: a, kind: start, text: 受理}
  - {id: b, text: 處理}
  - {id: c, kind: end, text: 結案}`),
    },
  ],
  invalid: [
    {
      name: 'no start and no end',
      code: sopWith(`
  - {id: a, text: 受理}
  - {id: b, text: 處理}`),
      errors: [{ messageId: 'noStart' }, { messageId: 'noEnd' }],
    },
    {
      name: 'start not first, and a second start',
      code: sopWith(`
  - {id: a, text: 受理}
  - {id: b, kind: start, text: 開始}
  - {id: c, kind: start, text: 再開始}
  - {id: d, kind: end, text: 結案}`),
      errors: [
        { messageId: 'startNotFirst', stepId: 'b', line: 7 },
        { messageId: 'extraStart', stepId: 'c', line: 8 },
      ],
    },
  ],
});
