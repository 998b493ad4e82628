import { noteRefs } from '../../src/rules/note-refs.js';
import { docsExamples } from '../helpers/docs-examples.js';
import { ruleTester, sopWith } from '../helpers/rule-tester.js';

const docs = docsExamples('docs/rules/note-refs.md');

const steps = `
  - {id: start, kind: start, text: 受理, notes: [1]}
  - {id: reply, text: 權責單位於線上回覆, notes: ["2", ３]}
  - {id: done, kind: end, text: 結案}`;

ruleTester(noteRefs, {
  valid: [
    { name: 'docs page: the Correct example', ...docs.correct },
    {
      name: 'marks on steps, guidance items and forms, written as numbers, strings or full-width digits',
      code: sopWith(steps, {
        guidance: '[{text: 依現行處理規定進行。, notes: [4]}]',
        forms: '[{name: 決議案執行情形統計表, notes: [５]}]',
        notes: '{1: 一, 2: 二, 3: 三, 4: 四, 5: 五}',
      }),
    },
    {
      name: 'marks written into text: (註6), （註 7、 8）, (註９) in guidance, forms and legal',
      code: sopWith(steps, {
        guidance: '[於每年4月15日前完成建檔。（註 7、 8）]',
        forms: '[基本設施管考系統查核點填寫方式彙整表。(註６)]',
        legal: '[嘉義市政府人民陳情案件處理作業要點(註９)]',
        notes: '{1: 一, 2: 二, 3: 三, 6: 六, 7: 七, 8: 八, 9: 九}',
      }),
    },
    {
      name: 'marks with Chinese numerals: (註一), （註二、十二）',
      code: sopWith(`
  - {id: start, kind: start, text: 受理申請(註一)}
  - {id: done, kind: end, text: 結案（註二、十二）}`, { notes: '{1: 一, 2: 二, 12: 十二}' }),
    },
    {
      name: '註 in ordinary words is no mark: 註明, 註冊, 註銷',
      code: sopWith(`
  - {id: start, kind: start, text: 帳號註冊/註銷，於登記處理表上加以註明}
  - {id: done, kind: end, text: 結案}`),
    },
  ],
  invalid: [
    {
      name: 'docs page: the Incorrect example',
      ...docs.incorrect,
      errors: [
        { messageId: 'undefinedNote', stepId: 'reply', message: '註4' },
        { messageId: 'unusedNote', message: '註5' },
      ],
    },
    {
      name: 'an undefined mark on a guidance item and in a form name; an unused note',
      code: sopWith(steps, {
        guidance: '[{text: 依現行處理規定進行。, notes: [4]}]',
        forms: '[公文時效統計表。(註５)]',
        notes: '{1: 一, 2: 二, 3: 三, 9: 九}',
      }),
      errors: [
        { messageId: 'undefinedNote', line: 5, message: '註4' },
        { messageId: 'unusedNote', line: 6, message: '註9' },
        { messageId: 'undefinedNote', message: '註5' },
      ],
    },
    {
      name: 'a Chinese-numeral mark with no note: (註三)',
      code: sopWith(`
  - {id: start, kind: start, text: 受理申請(註三)}
  - {id: done, kind: end, text: 結案}`),
      errors: [{ messageId: 'undefinedNote', stepId: 'start', message: '註3' }],
    },
    {
      name: 'marks with no notes at all',
      code: sopWith(steps),
      errors: [
        { messageId: 'undefinedNote', stepId: 'start' },
        { messageId: 'undefinedNote', stepId: 'reply' },
        { messageId: 'undefinedNote', stepId: 'reply' },
      ],
    },
  ],
});
