import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyFixes } from '../../src/fix/apply-fixes.js';
import { unifiedDiff } from '../../src/fix/unified-diff.js';

const SOURCE = `# yaml-language-server: $schema=../schemas/sop.schema.json
# 客戶端 in a comment is not touched
sop: 1
id: demo   # the id
steps:
  - id: a
    text: 客戶端填寫申請書   # a trailing comment
  - id: b
    text: '客戶端的 ''申請'' 送審'
  - id: c
    text: "客戶端\\t收件"
  - id: d
    text: >-
      第一行客戶端
      第二行
notes:
  1: 通知客戶端
forms:
  - 申請書表
`;

function changedLines(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b).toHaveLength(a.length);
  return a.flatMap((line, i) => (line !== b[i] ? [i + 1] : []));
}

describe('applyFixes', () => {
  it('swaps the word inside the scalar at the path, keeping its quoting and comments', () => {
    const fixes = [
      { from: '客戶端', to: '使用者', path: ['steps', 0, 'text'] },
      { from: '客戶端', to: '使用者', path: ['steps', 1, 'text'] },
      { from: '客戶端', to: '使用者', path: ['steps', 2, 'text'] },
      { from: '客戶端', to: '使用者', path: ['steps', 3, 'text'] },
      { from: '客戶端', to: '使用者', path: ['notes', '1'] },
      { from: '申請書表', to: '申請書', path: ['forms', 0] },
    ];
    const { text, applied, skipped } = applyFixes(SOURCE, fixes);
    expect(skipped).toEqual([]);
    expect(applied).toHaveLength(6);
    expect(changedLines(SOURCE, text)).toEqual([7, 9, 11, 14, 17, 19]);
    expect(text).toContain('    text: 使用者填寫申請書   # a trailing comment\n');
    expect(text).toContain("    text: '使用者的 ''申請'' 送審'\n");
    expect(text).toContain('    text: "使用者\\t收件"\n');
    expect(text).toContain('# 客戶端 in a comment is not touched');
    const data = parse(text);
    expect(data.steps[3].text).toBe('第一行使用者 第二行');
    expect(data.forms).toEqual(['申請書']);
  });

  it('re-quotes only when the new word cannot stay plain, and skips what is not a string', () => {
    const source = 'a: 甲乙\nb: [1, 2]\nc: 丙 # note\n';
    const result = applyFixes(source, [
      { from: '乙', to: ': x', path: ['a'] },
      { from: '1', to: '3', path: ['b'] },
      { from: '丁', to: '戊', path: ['c'] },
      { from: '丙', to: '戊', path: ['nope'] },
    ]);
    expect(result.applied).toHaveLength(1);
    expect(result.skipped.map((s) => s.reason)).toEqual(['not-a-string', 'not-found', 'no-path']);
    expect(parse(result.text)).toEqual({ a: '甲: x', b: [1, 2], c: '丙' });
    expect(result.text.split('\n').slice(1)).toEqual(source.split('\n').slice(1));
  });

  it('keeps CRLF line endings and a plain scalar that would turn into a number is quoted', () => {
    const source = 'x: 一二\r\ny: 二\r\n';
    const result = applyFixes(source, [{ from: '二', to: '2', path: ['y'] }]);
    expect(parse(result.text)).toEqual({ x: '一二', y: '2' });
    expect(result.text.startsWith('x: 一二\r\n')).toBe(true);
  });

  it('leaves a text that does not parse alone', () => {
    const result = applyFixes('a: [\n', [{ from: 'a', to: 'b', path: ['a'] }]);
    expect(result.text).toBe('a: [\n');
    expect(result.skipped[0]!.reason).toBe('unparsable');
  });
});

describe('unifiedDiff', () => {
  it('prints hunks with context and line numbers', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].join('\n') + '\n';
    const after = before.replace('b\n', 'B\n').replace('j\n', 'J\nk\n');
    expect(unifiedDiff('x.yaml', before, after, 1)).toBe(
      ['--- a/x.yaml', '+++ b/x.yaml', '@@ -1,3 +1,3 @@', ' a', '-b', '+B', ' c', '@@ -9,2 +9,3 @@', ' i', '-j', '+J', '+k', ''].join('\n'),
    );
    expect(unifiedDiff('x.yaml', before, before)).toBe('');
  });
});
