// `sop lint --format gitlab`: the GitLab Code Quality report, checked against GitLab's documented
// format (test/fixtures/gitlab/code-quality-report.schema.json, see the README there).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import type { FileResult, Finding } from '../../src/engine/types.js';
import { gitlab } from '../../src/format/gitlab.js';
import { tempRepo, leaveSop } from '../git/temp-repo.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number; end: number } };
}

const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/gitlab/code-quality-report.schema.json'), 'utf8')) as object;
const validate = new Ajv.default({ allErrors: true, strict: false }).compile(schema);

function finding(line: number, overrides: Partial<Finding> = {}): Finding {
  return { ruleId: 'owner', severity: 'warn', message: '步驟「登錄」由誰負責？', messageId: 'missing', line, column: 5, endLine: line, endColumn: 9, stepId: 'record', ...overrides };
}

function report(findings: Finding[], cwd = '/repo'): Issue[] {
  const results: FileResult[] = [{ filePath: '/repo/sops/a.sop.yaml', displayPath: 'sops/a.sop.yaml', findings }];
  return JSON.parse(gitlab(results, { cwd, root: '/repo', lang: 'zh-TW', rules: [], color: false, version: '0' })) as Issue[];
}

describe('gitlab (Code Quality report)', () => {
  it("the schema accepts GitLab's documented example and rejects what the documentation rules out", () => {
    const example = [
      { description: "'unused' is assigned a value but never used.", check_name: 'no-unused-vars', fingerprint: '7815696ecbf1c96e6894b779456d330e', severity: 'minor', location: { path: 'lib/index.js', lines: { begin: 42 } } },
    ];
    expect(validate(example)).toBe(true);
    expect(validate([{ ...example[0], severity: 'warning' }])).toBe(false);
    expect(validate([{ ...example[0], location: { path: 'lib/index.js' } }])).toBe(false);
    expect(validate({ issues: example })).toBe(false);
  });

  it('lints the broken fixtures into a report that validates, one issue per finding', async () => {
    const json = await runCli(['lint', 'test/fixtures/broken', '--format', 'json']);
    const expected = (JSON.parse(json.stdout) as { messages: unknown[] }[]).reduce((n, f) => n + f.messages.length, 0);
    const { code, stdout } = await runCli(['lint', 'test/fixtures/broken', '--format', 'gitlab']);
    expect(code).toBe(1);
    const issues = JSON.parse(stdout) as Issue[];
    expect(validate(issues), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(issues).toHaveLength(expected);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    const unknown = issues.find((i) => i.check_name === 'unknown-step')!;
    expect(unknown).toMatchObject({ severity: 'major', location: { path: 'test/fixtures/broken/unknown-next.sop.yaml', lines: { begin: 9, end: 9 } } });
    expect(unknown.description).toContain('handle');
  });

  it('maps error → major, warn → minor, info → info', () => {
    const issues = report([finding(3, { severity: 'error' }), finding(4, { severity: 'warn', stepId: 'b' }), finding(5, { severity: 'info', stepId: 'c' })]);
    expect(issues.map((i) => i.severity)).toEqual(['major', 'minor', 'info']);
  });

  it('keeps a fingerprint when the finding moves to another line, and tells identical findings apart', () => {
    const [before] = report([finding(12)]);
    const [after] = report([finding(40)]);
    expect(after!.fingerprint).toBe(before!.fingerprint);
    expect(after!.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    const twins = report([finding(12), finding(20)]);
    expect(twins[0]!.fingerprint).toBe(before!.fingerprint);
    expect(twins[1]!.fingerprint).not.toBe(twins[0]!.fingerprint);
    expect(report([finding(12, { message: 'another' })])[0]!.fingerprint).not.toBe(before!.fingerprint);
  });

  it('gives paths relative to the repository root when run from a subfolder', async () => {
    const repo = tempRepo({ 'sops/unit/leave.sop.yaml': leaveSop('nowhere') });
    const { code, stdout } = await runCli(['lint', '.', '--format', 'gitlab'], path.join(repo.dir, 'sops/unit'));
    expect(code).toBe(1);
    const issues = JSON.parse(stdout) as Issue[];
    expect(issues.map((i) => i.location.path)).toContain('sops/unit/leave.sop.yaml');
    expect(issues.every((i) => i.location.path === 'sops/unit/leave.sop.yaml')).toBe(true);
  });
});
