import { contact } from '../../src/rules/contact.js';
import { docsExamples } from '../helpers/docs-examples.js';
import { ruleTester, sopWith } from '../helpers/rule-tester.js';

const docs = docsExamples('docs/rules/contact.md');

const steps = `
  - {id: start, kind: start, text: 開始}
  - {id: done, kind: end, text: 結案}`;

ruleTester(contact, {
  valid: [
    { name: 'docs page: the Correct example', ...docs.correct },
    { name: 'a phone number with extension', code: sopWith(steps, { contact: '"企劃處研考科公文稽催人員 （05）2254321#687"' }) },
    { name: 'extensions after a telephone sign (國立臺灣海洋大學)', code: sopWith(steps, { contact: '【聯絡窗口】☎1114 卓小姐 教職員聯誼廳請洽☎1113李先生' }) },
    { name: 'an e-mail address', code: sopWith(steps, { contact: '行政院研考會地方發展處 e-mail：chkuo@mail.dra.rdec.gov.tw' }) },
    {
      name: 'no phone number, with requireMeans: false',
      code: sopWith(steps, { contact: '企劃處資訊科' }),
      config: { rules: { contact: { severity: 'warn', options: { requireMeans: false } } } },
    },
  ],
  invalid: [
    { name: 'docs page: the Incorrect example', ...docs.incorrect, errors: [{ messageId: 'missing', line: 3 }] },
    {
      name: 'the contact written in guidance',
      code: sopWith(steps, { guidance: '[人民陳情案件受理方式：計有5種管道。, 承辦單位：企劃處研考科（服務中心）05-2167168。]' }),
      errors: [{ messageId: 'inGuidance', line: 3, message: '第 2 項' }],
    },
    {
      name: '市務會議: a contact with no way to reach it',
      code: sopWith(steps, { contact: '企劃處資訊科' }),
      errors: [{ messageId: 'noMeans', line: 5, message: '「企劃處資訊科」' }],
    },
    { name: 'English', code: sopWith(steps), lang: 'en', errors: [{ messageId: 'missing', message: 'add contact' }] },
  ],
});
