import { formFile } from '../../src/rules/form-file.js';
import { docsExamples } from '../helpers/docs-examples.js';
import { ruleTester, sopChain } from '../helpers/rule-tester.js';

const docs = docsExamples('docs/rules/form-file.md');

/** A chain whose one step uses the listed form `f` with the given `file`. */
function withFile(file: string): string {
  return sopChain(`  - {id: a, text: 填寫紀錄表, forms: [f]}`, { forms: `[{id: f, name: 紀錄表, file: ${JSON.stringify(file)}}]` });
}

ruleTester(formFile, {
  valid: [
    { name: 'docs page: the Correct example', ...docs.correct },
    { name: 'below the SOP folder', code: withFile('forms/紀錄表.pdf') },
    { name: 'beside the SOP, with ./', code: withFile('./紀錄表.pdf') },
    { name: 'a .. that stays inside the SOP folder', code: withFile('forms/old/../紀錄表.pdf') },
    { name: 'Windows separators inside the folder', code: withFile('forms\\紀錄表.pdf') },
    { name: 'a form without file', code: sopChain(`  - {id: a, text: 填寫紀錄表}`, { forms: '[紀錄表]' }) },
    { name: 'a name starting with ~ that is not a home folder', code: withFile('~紀錄表.pdf') },
  ],
  invalid: [
    {
      name: 'docs page: the Incorrect example',
      ...docs.incorrect,
      errors: [{ messageId: 'outside', line: 12, message: '「../../共用表單/record.pdf」以「..」跳出本 SOP 所在資料夾 2 層' }],
    },
    { name: 'POSIX absolute', code: withFile('/srv/forms/a.pdf'), errors: [{ messageId: 'absolute', message: '「/srv/forms/a.pdf」是絕對路徑' }] },
    { name: 'Windows drive', code: withFile('C:\\表單\\a.pdf'), errors: [{ messageId: 'absolute' }] },
    { name: 'UNC share', code: withFile('\\\\server\\share\\a.pdf'), errors: [{ messageId: 'absolute' }] },
    { name: 'home folder', code: withFile('~/a.pdf'), errors: [{ messageId: 'absolute' }] },
    { name: 'file URL', code: withFile('file:///tmp/a.pdf'), errors: [{ messageId: 'absolute' }] },
    { name: 'one level up', code: withFile('../forms/a.pdf'), errors: [{ messageId: 'outside', message: '1 層' }] },
    { name: 'down then further up', code: withFile('forms/../../a.pdf'), errors: [{ messageId: 'outside', message: '1 層' }] },
    { name: 'backslash ..', code: withFile('..\\..\\a.pdf'), errors: [{ messageId: 'outside', message: '2 層' }] },
    {
      name: 'English',
      code: withFile('../a.pdf'),
      lang: 'en',
      errors: [{ messageId: 'outside', message: 'climbs 1 level(s) above this SOP\'s folder' }],
    },
  ],
});
