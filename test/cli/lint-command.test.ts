import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin, runCli } from '../helpers/run-cli.js';

const BROKEN = 'test/fixtures/broken';

describe('sop lint (command line)', () => {
  it('exits 1 with file:line:column findings for a broken fixture, and no stack trace', () => {
    const { code, stdout, stderr } = runBin(['lint', BROKEN]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/test\/fixtures\/broken\/syntax-error\.sop\.yaml\n {2}8:11 /);
    expect(stdout + stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
  });

  it('gives each broken file exactly one clear finding of what is broken', async () => {
    // The reviewer's rules (owner, standard-time, …) still speak about a file that loads; what
    // matters here is that one defect gives one finding of the file's structure, not a cascade.
    const STRUCTURE = new Set(['yaml', 'schema', 'unique-id', 'unknown-step', 'unreachable', 'dead-end', 'terminals', 'rule-error']);
    const { stdout } = await runCli(['lint', BROKEN, '--format', 'json']);
    const files = (JSON.parse(stdout) as { filePath: string; messages: { ruleId: string }[] }[]).map((f) => ({
      ...f,
      messages: f.messages.filter((m) => STRUCTURE.has(m.ruleId)),
    }));
    for (const file of files) expect(file.messages, file.filePath).toHaveLength(1);
    expect(Object.fromEntries(files.map((f) => [path.basename(f.filePath), f.messages[0]!.ruleId]))).toEqual({
      'alias-bomb.sop.yaml': 'yaml',
      'duplicate-step-id.sop.yaml': 'unique-id',
      'misspelt-key.sop.yaml': 'schema',
      'syntax-error.sop.yaml': 'yaml',
      'unknown-next.sop.yaml': 'unknown-step',
      'wrong-type.sop.yaml': 'schema',
    });
  });

  it('prints --help with examples and --version', async () => {
    const help = await runCli(['lint', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples');
    expect(help.stdout).toContain('--format');
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('exits 2 for usage errors', async () => {
    expect((await runCli(['lint', '--format', 'xml', BROKEN])).code).toBe(2);
    expect((await runCli(['lint', 'no/such/folder'])).code).toBe(2);
    const badRule = await runCli(['lint', BROKEN, '--rule', 'terminals=off']);
    expect(badRule.code).toBe(2);
    expect(badRule.stderr).toContain('--rule');
    expect((await runCli(['lint', BROKEN, '--rule', 'no-such-rule:off'])).code).toBe(2);
    expect((await runCli(['frobnicate'])).code).toBe(2);
  });

  it('exits 2 with a position for a broken config', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-cli-'));
    writeFileSync(path.join(dir, 'sop.config.yaml'), 'rules:\n  terminals: loud\n');
    writeFileSync(path.join(dir, 'a.sop.yaml'), readFileSync(path.join(ROOT, BROKEN, 'unknown-next.sop.yaml')));
    const { code, stderr } = await runCli(['lint'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/sop\.config\.yaml:2:14: /);
  });

  it('--rule, --quiet, --max-warnings and --output-file', async () => {
    const file = `${BROKEN}/unknown-next.sop.yaml`;
    const warned = await runCli(['lint', file, '--rule', 'unknown-step:warn', '--format', 'json']);
    expect(warned.code).toBe(0);
    expect(JSON.parse(warned.stdout)[0].messages[0]).toMatchObject({ severity: 1, level: 'warning' });
    expect((await runCli(['lint', file, '--rule', 'unknown-step:warn', '--max-warnings', '0'])).code).toBe(1);
    const quiet = await runCli(['lint', file, '--rule', 'unknown-step:warn', '--quiet', '--format', 'json']);
    expect(JSON.parse(quiet.stdout)[0].messages).toEqual([]);
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'sop-out-')), 'deep/report.json');
    const written = await runCli(['lint', file, '--format', 'json', '--output-file', out]);
    expect(written.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))[0].errorCount).toBe(1);
  });

  it('lints every *.sop.yaml under the current folder when no path is given', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-cli-'));
    const empty = await runCli(['lint'], dir);
    expect(empty.code).toBe(2);
    writeFileSync(path.join(dir, 'a.sop.yaml'), readFileSync(path.join(ROOT, BROKEN, 'unknown-next.sop.yaml')));
    const { code, stdout } = await runCli(['lint', '--format', 'json'], dir);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toHaveLength(1);
    expect(existsSync(path.join(dir, 'a.sop.yaml'))).toBe(true);
  });
});
