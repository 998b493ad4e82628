import { uniqueId } from '../../src/rules/unique-id.js';
import { ruleTester, sopWith } from '../helpers/rule-tester.js';

const steps = `
  - {id: a, kind: start, text: 受理}
  - {id: b, kind: end, text: 結案}`;

ruleTester(uniqueId, {
  valid: [
    { name: 'distinct step ids', code: sopWith(steps) },
    { name: 'distinct SOP ids across files', code: sopWith(steps), others: [sopWith(steps, { id: 'other' })] },
  ],
  invalid: [
    {
      name: 'a step id used twice',
      code: sopWith(`
  - {id: a, kind: start, text: 受理}
  - {id: a, text: 處理}
  - {id: b, kind: end, text: 結案}`),
      errors: [{ messageId: 'duplicateStep', stepId: 'a', line: 7, message: '第 1 個步驟' }],
    },
    {
      name: 'an SOP id used by another file',
      code: sopWith(steps),
      others: [sopWith(steps)],
      errors: [{ messageId: 'duplicateSop', line: 2, message: 'other-0.sop.yaml' }],
    },
  ],
});
