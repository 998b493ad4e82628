import { bidiControl } from '../../src/rules/bidi-control.js';
import { ruleTester, sopWith } from '../helpers/rule-tester.js';

const steps = (text: string) => `
  - {id: a, kind: start, text: "${text}"}
  - {id: b, kind: end, text: 結案}`;

ruleTester(bidiControl, {
  valid: [
    { name: 'plain Chinese and English text', code: sopWith(steps('受理申請 (apply online)')) },
    { name: 'a right-to-left mark is not an override', code: sopWith(steps('受理\u200F申請')) },
  ],
  invalid: [
    { name: 'a right-to-left override in a step', code: sopWith(steps('受理\u202E請申')), errors: [{ messageId: 'control', line: 6, message: 'U+202E' }] },
    {
      name: 'isolates in a step and in guidance: one finding per string, each character named once',
      code: sopWith(steps('受理\u2066申請\u2069與\u2066補件\u2069'), { guidance: '["請\u202A參閱\u202C附件"]' }),
      errors: [
        { messageId: 'control', message: 'U+202A, U+202C' },
        { messageId: 'control', line: 7, message: 'U+2066, U+2069' },
      ],
    },
  ],
});
