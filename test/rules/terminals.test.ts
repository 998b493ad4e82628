import { terminals } from '../../src/rules/terminals.js';
import { docsExamples } from '../helpers/docs-examples.js';
import { ruleTester, sopWith } from '../helpers/rule-tester.js';
import { THREE_CHANNELS } from '../helpers/samples.js';

const docs = docsExamples('docs/rules/terminals.md');

const PER_CHANNEL = { rules: { terminals: { severity: 'error' as const, options: { startPerChannel: true } } } };

ruleTester(terminals, {
  valid: [
    { name: 'docs page: the Correct example', ...docs.correct },
    {
      name: 'one start first, one end',
      code: sopWith(`
  - {id: a, kind: start, text: 受理}
  - {id: b, text: 處理}
  - {id: c, kind: end, text: 結案}`),
    },
    { name: 'three intake chains, one start each, with startPerChannel', code: THREE_CHANNELS, config: PER_CHANNEL },
  ],
  invalid: [
    {
      name: 'docs page: the Incorrect example (neither start nor end: one finding where the flow stops)',
      ...docs.incorrect,
      errors: [{ messageId: 'noStartNoEnd', stepId: 'submit', message: '「submit」' }],
    },
    {
      name: 'three intake chains, one start each: one finding naming the three starts',
      code: THREE_CHANNELS,
      errors: [{ messageId: 'severalStarts', stepId: 'phone', line: 8, message: '3 個開始步驟（counter, phone, web）' }],
    },
    {
      name: 'several starts and no end: still one finding, where the flow stops',
      code: sopWith(`
  - {id: a, kind: start, text: 臨櫃受理, next: c}
  - {id: b, kind: start, text: 電話受理, next: c}
  - {id: c, text: 處理}`),
      errors: [{ messageId: 'severalStartsNoEnd', stepId: 'c' }],
    },
    {
      name: 'with startPerChannel, a missing end is still reported',
      code: sopWith(`
  - {id: a, kind: start, text: 臨櫃受理, next: c}
  - {id: b, kind: start, text: 電話受理, next: c}
  - {id: c, text: 處理}`),
      config: PER_CHANNEL,
      errors: [{ messageId: 'noEndStops', stepId: 'c' }],
    },
    {
      name: 'start not first',
      code: sopWith(`
  - {id: a, text: 受理}
  - {id: b, kind: start, text: 開始}
  - {id: c, kind: end, text: 結案}`),
      errors: [{ messageId: 'startNotFirst', stepId: 'b', line: 7 }],
    },
    {
      name: 'a start but no end: named at the step where the flow stops',
      code: sopWith(`
  - {id: a, kind: start, text: 受理}
  - {id: b, text: 處理}`),
      errors: [{ messageId: 'noEndStops', stepId: 'b', line: 7 }],
    },
    {
      name: 'no end and nowhere the flow stops (it loops)',
      code: sopWith(`
  - {id: a, kind: start, text: 受理}
  - {id: b, text: 處理, next: a}`),
      errors: [{ messageId: 'noEnd' }],
    },
  ],
});
