import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const FIXTURE = path.join(ROOT, 'test/fixtures/fix');
const FILE = 'account.sop.yaml';

function copyFixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sop-fix-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** 1-based numbers of the lines that differ (the texts must have as many lines). */
function changedLines(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, i) => (line !== b[i] ? [i + 1] : []));
}

function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  expect(index, needle).toBeGreaterThanOrEqual(0);
  return index + 1;
}

// form-name (the misspelt 資訊系統帳號申請表 → 資訊系統帳號申請單) is being written alongside;
// once it is registered, its fix must show up on that line too.
const formNameRegistered = RULES.some((rule) => rule.meta.id === 'form-name');

describe('sop lint --fix', () => {
  it('changes only the fixable words and keeps every comment and the layout', async () => {
    const dir = copyFixture();
    const before = readFileSync(path.join(dir, FILE), 'utf8');
    const { code, stdout, stderr } = await runCli(['lint', '--fix', '--lang', 'en'], dir);
    const after = readFileSync(path.join(dir, FILE), 'utf8');

    const termLines = [lineOf(before, "text: '設定客戶端"), lineOf(before, 'text: 以電子郵件通知客戶端'), lineOf(before, '"客戶端\\t')];
    const formLine = lineOf(before, 'forms: [資訊系統帳號申請表]');
    const expected = formNameRegistered ? [...termLines, formLine].sort((a, b) => a - b) : termLines;
    expect(changedLines(before, after)).toEqual(expected);

    const afterLines = after.split('\n');
    expect(afterLines[termLines[0]! - 1]).toBe("    text: '設定使用者帳號權限'      # quoted; the term must be fixed inside the quotes");
    expect(afterLines[termLines[1]! - 1]).toBe('    text: 以電子郵件通知使用者帳號已開通');
    expect(afterLines[termLines[2]! - 1]).toBe('  - "使用者\\t需以公務信箱收信。"   # double-quoted with an escape');
    if (formNameRegistered) expect(afterLines[formLine - 1]).toContain('資訊系統帳號申請單');
    // Every comment line is byte-identical (客戶端 in comments is not a finding).
    const comments = (text: string) => text.split('\n').filter((line) => line.trimStart().startsWith('#'));
    expect(comments(after)).toEqual(comments(before));

    // Re-linted: what is reported is what remains, and no term-consistency finding does.
    expect(stdout).not.toContain('term-consistency');
    expect(stderr).toMatch(/Fixed \d+ problem\(s\) in 1 file\(s\)/);
    expect(code).toBe(0);
    // Written atomically: no temporary file is left behind.
    expect(readdirSync(dir).sort()).toEqual([FILE, 'sop.config.yaml']);

    // A second run finds nothing left to fix and changes nothing.
    const again = await runCli(['lint', '--fix', '--lang', 'en'], dir);
    expect(again.stderr).toContain('Nothing to fix');
    expect(readFileSync(path.join(dir, FILE), 'utf8')).toBe(after);
  });

  it('--fix-dry-run prints a unified diff and writes nothing', async () => {
    const dir = copyFixture();
    const before = readFileSync(path.join(dir, FILE), 'utf8');
    const { code, stdout, stderr } = await runCli(['lint', '--fix-dry-run'], dir);
    expect(readFileSync(path.join(dir, FILE), 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual([FILE, 'sop.config.yaml']);
    expect(stdout).toMatch(/^--- a\/account\.sop\.yaml\n\+\+\+ b\/account\.sop\.yaml\n@@ -\d+,\d+ \+\d+,\d+ @@\n/);
    expect(stdout).toContain("-    text: '設定客戶端帳號權限'");
    expect(stdout).toContain("+    text: '設定使用者帳號權限'");
    expect(stdout).toContain('+    text: 以電子郵件通知使用者帳號已開通');
    if (formNameRegistered) expect(stdout).toContain('+    forms: [資訊系統帳號申請單]     # misspelt: the list says 申請單');
    expect(stdout).not.toMatch(/^[-+]\s*#/m);
    expect(stderr).toContain('試跑模式');
    expect(code).toBe(0);
  });

  it('refuses --fix together with --fix-dry-run', async () => {
    const dir = copyFixture();
    const result = await runCli(['lint', '--fix', '--fix-dry-run'], dir);
    expect(result.code).toBe(2);
    expect(readFileSync(path.join(dir, FILE), 'utf8')).toBe(readFileSync(path.join(FIXTURE, FILE), 'utf8'));
  });

  it('documents both options in --help', async () => {
    const { stdout } = await runCli(['lint', '--help']);
    expect(stdout).toContain('--fix');
    expect(stdout).toContain('--fix-dry-run');
  });
});
