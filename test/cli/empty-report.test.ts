// Nothing to lint is still a report: with `--changed-since` and no SOP changed, every format prints
// (or writes to --output-file) a valid empty report — `[]` for json and gitlab, a SARIF run with
// no results — so that the CI step which uploads it next does not fail.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_SOP, leaveSop, tempRepo } from '../git/temp-repo.js';
import { ROOT, runBin, runCli } from '../helpers/run-cli.js';

/** A repository with two SOPs (one with an error) committed, and nothing changed since. */
function unchangedRepo() {
  const repo = tempRepo({ 'sops/account.sop.yaml': ACCOUNT_SOP, 'sops/leave.sop.yaml': leaveSop('nowhere') });
  repo.commit('all committed');
  return repo;
}

function sarifValidator() {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')) as object;
  return new ajvDraft04.default({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);
}

describe('sop lint --changed-since with nothing changed', () => {
  it('sarif -o writes a valid SARIF log with one run and no results (the real process)', () => {
    const repo = unchangedRepo();
    const { code, stdout, stderr } = runBin(['lint', '--changed-since', 'HEAD', '--format', 'sarif', '-o', 'x.sarif', '--lang', 'en'], repo.dir);
    expect({ code, stdout }).toEqual({ code: 0, stdout: '' });
    expect(stderr).toBe('No SOP file added or modified since HEAD; nothing to lint\n');
    const log = JSON.parse(readFileSync(path.join(repo.dir, 'x.sarif'), 'utf8')) as { runs: { results: unknown[]; tool: { driver: { rules: unknown[] } } }[] };
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules.length).toBeGreaterThan(5);
  });

  it('json and gitlab print [] on standard output', async () => {
    const repo = unchangedRepo();
    for (const format of ['json', 'gitlab']) {
      const { code, stdout } = await runCli(['lint', '--changed-since', 'HEAD', '--format', format], repo.dir);
      expect({ format, code, parsed: JSON.parse(stdout) as unknown }).toEqual({ format, code: 0, parsed: [] });
    }
  });

  it('--output-file is written in every format (empty for stylish and github, which print nothing when clean)', async () => {
    const repo = unchangedRepo();
    const expected: Record<string, (text: string) => void> = {
      json: (text) => expect(JSON.parse(text)).toEqual([]),
      gitlab: (text) => expect(JSON.parse(text)).toEqual([]),
      sarif: (text) => expect((JSON.parse(text) as { runs: { results: unknown[] }[] }).runs[0]!.results).toEqual([]),
      stylish: (text) => expect(text).toBe(''),
      github: (text) => expect(text).toBe(''),
    };
    for (const [format, check] of Object.entries(expected)) {
      const file = `reports/${format}.out`;
      const { code, stdout } = await runCli(['lint', '--changed-since', 'HEAD', '--format', format, '--output-file', file], repo.dir);
      expect({ format, code, stdout }).toEqual({ format, code: 0, stdout: '' });
      expect(existsSync(path.join(repo.dir, file)), format).toBe(true);
      check(readFileSync(path.join(repo.dir, file), 'utf8'));
    }
  });
});
