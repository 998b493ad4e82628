import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/engine/lint.js';
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
      errors: [{ messageId: 'outside', line: 12, message: '「../../共用表單/record.pdf」以「..」往上 2 層，跳出了儲存庫' }],
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
      errors: [{ messageId: 'outside', message: 'climbs 1 level(s) up with "..", out of the repository' }],
    },
  ],
});

describe('form-file in a repository', () => {
  it('lets a form climb as many folders as its SOP sits below the repository root, not more', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-form-file-'));
    writeFileSync(path.join(dir, 'sop.config.yaml'), 'rules: {}\n');
    mkdirSync(path.join(dir, 'sops'));
    const sop = (file: string) => `sop: 1
id: petition
title: 人民陳情案件處理作業流程
unit: 企劃處研考科
steps:
  - {id: receive, kind: start, text: 受理人民陳情案件, forms: [record]}
  - {id: done, kind: end, text: 結案}
legal: []
forms:
  - {id: record, name: 陳情案件登記表, file: "${file}"}
`;
    const lint = (file: string) => {
      writeFileSync(path.join(dir, 'sops/petition.sop.yaml'), sop(file));
      return lintFiles([path.join(dir, 'sops/petition.sop.yaml')], { cwd: dir, rules: [formFile] }).results[0]!.findings.map((f) => f.messageId);
    };
    expect(lint('../forms/record.pdf')).toEqual([]);
    expect(lint('../../record.pdf')).toEqual(['outside']);
    expect(lint('/srv/record.pdf')).toEqual(['absolute']);
  });
});
