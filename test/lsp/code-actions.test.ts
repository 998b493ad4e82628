import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, FIX_ALL_KIND } from '../../src/lsp/code-actions.js';
import type { Finding } from '../../src/engine/types.js';

const TEXT = `# yaml-language-server: $schema=../schemas/sop.schema.json
sop: 1
id: a
steps:
  - id: one
    text: 客戶端送件
    owner: 企畫處
    next: [
      two]
  - id: two
    text: |
      客戶端收件
      並登記
`;

function finding(ruleId: string, line: number, column: number, fix?: Finding['fix']): Finding {
  return { ruleId, severity: 'warn', message: '', messageId: 'x', line, column, endLine: line, endColumn: column + 3, ...(fix ? { fix } : {}) };
}

const document = TextDocument.create('file:///a.sop.yaml', 'yaml', 1, TEXT);
const rangeOf = (f: Finding) => ({ start: { line: f.line - 1, character: f.column - 1 }, end: { line: f.endLine - 1, character: f.endColumn - 1 } });
const apply = (action: { edit?: { changes?: Record<string, any[]> } }) => TextDocument.applyEdits(document, action.edit!.changes![document.uri]!);

describe('codeActions', () => {
  const unit = finding('unit-name', 7, 12, { from: '企畫處', to: '企劃處', path: ['steps', 0, 'owner'] });
  const term1 = finding('term-consistency', 6, 11, { from: '客戶端', to: '使用者', path: ['steps', 0, 'text'] });
  const term2 = finding('term-consistency', 12, 7, { from: '客戶端', to: '使用者', path: ['steps', 1, 'text'] });

  it('offers the fix of the finding under the cursor, changing only its word', () => {
    const [fix] = codeActions(document, [unit], rangeOf(unit), undefined, 'zh-TW');
    expect(fix!.title).toBe('將「企畫處」改為「企劃處」');
    expect(fix!.edit!.changes![document.uri]).toEqual([{ range: { start: { line: 6, character: 12 }, end: { line: 6, character: 13 } }, newText: '劃' }]);
  });

  it('offers every fix of the file at once, on request and beside the quick fixes', () => {
    const findings = [term1, unit, term2];
    const [all] = codeActions(document, findings, rangeOf(unit), [FIX_ALL_KIND], 'en');
    expect(all!.kind).toBe('source.fixAll.sop');
    expect(all!.title).toBe('Fix all safely fixable problems in this file (3)');
    expect(apply(all!)).toBe(TEXT.replaceAll('客戶端', '使用者').replace('企畫處', '企劃處'));
    const titles = codeActions(document, findings, rangeOf(unit), undefined, 'en').map((a) => a.title);
    expect(titles).toEqual(['Change "企畫處" to "企劃處"', 'Suppress unit-name here, with a reason', 'Fix all safely fixable problems in this file (3)']);
  });

  it('suppresses at the line\'s indentation, or for the whole file from a comment line', () => {
    const suppress = codeActions(document, [unit], rangeOf(unit), ['quickfix'], 'zh-TW').find((a) => a.command)!;
    expect(apply(suppress)).toBe(TEXT.replace('    owner: 企畫處', '    # sop-disable-next-line unit-name -- \n    owner: 企畫處'));
    expect(suppress.command!.arguments).toEqual([document.uri, 6, '    # sop-disable-next-line unit-name -- '.length]);
    const top = finding('legal-basis', 1, 1);
    const [file] = codeActions(document, [top], rangeOf(top), undefined, 'zh-TW');
    expect(file!.title).toBe('在整個檔案停用 legal-basis，並寫下理由');
    expect(apply(file!).split('\n')[0]).toBe('# sop-disable legal-basis -- ');
  });

  it('offers no suppression that would change the document, nor for YAML errors and unused suppressions', () => {
    const inBlock = finding('vague-wording', 13, 7);
    expect(codeActions(document, [inBlock], rangeOf(inBlock), undefined, 'zh-TW')).toEqual([]);
    // A comment between the items of a flow list is still the same document.
    const inFlow = finding('unknown-step', 9, 7);
    expect(codeActions(document, [inFlow], rangeOf(inFlow), undefined, 'zh-TW')).toHaveLength(1);
    for (const ruleId of ['yaml', 'unused-suppression']) {
      const f = finding(ruleId, 5, 5);
      expect(codeActions(document, [f], rangeOf(f), undefined, 'zh-TW')).toEqual([]);
    }
  });
});
