import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiffReport } from '../../src/diff/format-diff.js';
import { runBin, runCli } from '../helpers/run-cli.js';
import { ACCOUNT_SOP, editedAccountSop, EXPECTED_EDIT, GIT_ENV, leaveSop, tempDir, tempRepo, type TempRepo } from '../git/temp-repo.js';

const STACK_TRACE = /\n\s+at .+:\d+:\d+\)?/;

/** Two SOPs committed; then the review round's edit to one of them. */
function editedRepo(): TempRepo {
  const repo = tempRepo({ 'sops/account.sop.yaml': ACCOUNT_SOP, 'sops/leave.sop.yaml': leaveSop() });
  repo.commit('first round');
  repo.write('sops/account.sop.yaml', editedAccountSop());
  return repo;
}


describe('sop diff --base', () => {
  it('lists exactly the edit as JSON, and exits 0', async () => {
    const repo = editedRepo();
    const { code, stdout, stderr } = await runCli(['diff', '--base', 'HEAD', '--format', 'json'], repo.dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as DiffReport;
    expect(report.version).toBe(1);
    expect(report.base).toEqual({ ref: 'HEAD', commit: repo.git('rev-parse', 'HEAD').trim() });
    expect(report.files).toEqual([EXPECTED_EDIT]);
  });

  it('lists exactly the edit as text, in zh-TW by default and in English', async () => {
    const repo = editedRepo();
    const zh = await runCli(['diff', '--base', 'HEAD'], repo.dir);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toBe(
      [
        '~ sops/account.sop.yaml  (account-request)',
        '  步驟',
        '    + archive  歸檔',
        '    ~ approve',
        '        分支: {核可: setup, 駁回: notify-reject, 修正: apply} → {核可: setup, 駁回: notify-reject}',
        '    ~ setup',
        '        主辦: 資訊科 → 系統廠商',
        '  分支',
        '    - approve: 修正 → apply',
        '  流程線',
        '    + notify → archive',
        '    + archive → done',
        '    - approve → apply (修正)',
        '    - notify → done',
        '',
        '共 1 個檔案有差異：步驟新增 1、刪除 0、修改 2',
        '',
      ].join('\n'),
    );
    const en = await runCli(['diff', '--base', 'HEAD', '--lang', 'en'], repo.dir);
    expect(en.stdout).toContain('  steps\n    + archive  歸檔\n');
    expect(en.stdout).toContain('        owner: 資訊科 → 系統廠商\n');
    expect(en.stdout).toContain('1 file(s) differ: 1 step(s) added, 0 removed, 2 changed');
  });

  it('includes new (untracked) and deleted SOPs, works from a subfolder, and limits to paths', async () => {
    const repo = editedRepo();
    repo.write('sops/new.sop.yaml', leaveSop('done', 'new-sop'));
    repo.remove('sops/leave.sop.yaml');
    repo.write('notes.txt', 'not an SOP');
    const all = JSON.parse((await runCli(['diff', '--base', 'HEAD', '--format', 'json'], repo.dir)).stdout) as DiffReport;
    expect(all.files.map((f) => [f.file, f.status])).toEqual([
      ['sops/account.sop.yaml', 'changed'],
      ['sops/leave.sop.yaml', 'removed'],
      ['sops/new.sop.yaml', 'added'],
    ]);
    const fromSub = JSON.parse((await runCli(['diff', '--base', 'HEAD', '--format', 'json', 'new.sop.yaml'], path.join(repo.dir, 'sops'))).stdout) as DiffReport;
    expect(fromSub.files.map((f) => [f.file, f.status])).toEqual([['new.sop.yaml', 'added']]);
    // A deleted file may be named: it exists in the base version.
    const deleted = await runCli(['diff', '--base', 'HEAD', 'sops/leave.sop.yaml'], repo.dir);
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toContain('- sops/leave.sop.yaml  (leave-request)');
  });

  it('exits 1 with --exit-code when there are differences, 0 when there are none', async () => {
    const repo = editedRepo();
    expect((await runCli(['diff', '--base', 'HEAD', '--exit-code'], repo.dir)).code).toBe(1);
    repo.commit('second round');
    const none = await runCli(['diff', '--base', 'HEAD', '--exit-code'], repo.dir);
    expect(none).toMatchObject({ code: 0, stdout: '' });
    expect(none.stderr).toContain('自 HEAD 以來沒有變更的 SOP 檔案');
    const json = await runCli(['diff', '--base', 'HEAD', '--format', 'json'], repo.dir);
    expect(JSON.parse(json.stdout)).toMatchObject({ files: [] });
    // A change in comments only: listed as unchanged, no difference for --exit-code.
    repo.write('sops/leave.sop.yaml', `# 人事室\n${leaveSop()}`);
    const comments = await runCli(['diff', '--base', 'HEAD', '--exit-code', '--lang', 'en'], repo.dir);
    expect(comments.code).toBe(0);
    expect(comments.stdout).toContain('= sops/leave.sop.yaml  no differences in content');
  });

  it('compares with older commits and branches', async () => {
    const repo = editedRepo();
    repo.commit('second round');
    repo.git('branch', 'reviewed');
    repo.write('sops/leave.sop.yaml', leaveSop().replace('owner: 人事室', 'owner: 人事處'));
    repo.commit('third round');
    const report = JSON.parse((await runCli(['diff', '--base', 'HEAD~2', '--format', 'json'], repo.dir)).stdout) as DiffReport;
    expect(report.files.map((f) => f.file)).toEqual(['sops/account.sop.yaml', 'sops/leave.sop.yaml']);
    const sinceBranch = JSON.parse((await runCli(['diff', '--base', 'reviewed', '--format', 'json'], repo.dir)).stdout) as DiffReport;
    expect(sinceBranch.files).toMatchObject([{ file: 'sops/leave.sop.yaml', steps: { changed: [{ id: 'record', fields: { owner: { from: '人事室', to: '人事處' } } }] } }]);
  });

  it('writes --output-file atomically instead of printing', async () => {
    const repo = editedRepo();
    const out = path.join(tempDir(), 'deep', 'diff.json');
    const { code, stdout } = await runCli(['diff', '--base', 'HEAD', '--format', 'json', '-o', out], repo.dir);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as DiffReport).files).toEqual([EXPECTED_EDIT]);
  });
});

describe('sop diff <old> <new>', () => {
  it('compares two files, no Git needed', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'old.sop.yaml'), ACCOUNT_SOP);
    writeFileSync(path.join(dir, 'new.sop.yaml'), editedAccountSop());
    const { code, stdout } = await runCli(['diff', 'old.sop.yaml', 'new.sop.yaml', '--format', 'json'], dir);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as DiffReport;
    expect(report.base).toBeNull();
    expect(report.files).toEqual([{ ...EXPECTED_EDIT, file: 'new.sop.yaml', previousFile: 'old.sop.yaml' }]);
    const same = await runCli(['diff', 'old.sop.yaml', 'old.sop.yaml', '--exit-code', '--lang', 'en'], dir);
    expect(same.code).toBe(0);
    expect(same.stdout).toBe('= old.sop.yaml  no differences in content (comments and formatting are not compared)\n');
  });
});

describe('sop diff: bad input', () => {
  it('outside a Git repository: exit 2 with a clear message', async () => {
    const dir = tempDir();
    const { code, stdout, stderr } = await runCli(['diff', '--base', 'HEAD', '--lang', 'en'], dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`sop: Not a Git repository: ${dir} (--base reads the Git history)\n`);
  });

  it('an unknown ref: exit 2 naming it', async () => {
    const repo = editedRepo();
    const en = await runCli(['diff', '--base', 'no-such-branch', '--lang', 'en'], repo.dir);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/^sop: Unknown Git ref "no-such-branch"/);
    const zh = await runCli(['diff', '--base', 'HEAD~9'], repo.dir);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('找不到 Git 參照「HEAD~9」');
  });

  it('missing files and wrong arguments: exit 2', async () => {
    const repo = editedRepo();
    const missing = await runCli(['diff', 'sops/account.sop.yaml', 'sops/none.sop.yaml', '--lang', 'en'], repo.dir);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain('sops/none.sop.yaml');
    const folder = await runCli(['diff', 'sops', 'sops/account.sop.yaml', '--lang', 'en'], repo.dir);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('Not a file: sops');
    const one = await runCli(['diff', 'sops/account.sop.yaml', '--lang', 'en'], repo.dir);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('Give two files');
    const noPath = await runCli(['diff', '--base', 'HEAD', 'no/such/folder', '--lang', 'en'], repo.dir);
    expect(noPath.code).toBe(2);
    expect(noPath.stderr).toContain('no/such/folder');
    expect((await runCli(['diff', '--base', 'HEAD', '--format', 'xml'], repo.dir)).code).toBe(2);
  });

  it('a version that fails the schema: its findings at file:line:column and exit 1, the rest still compared', async () => {
    const repo = tempRepo({ 'sops/account.sop.yaml': ACCOUNT_SOP.replace('    owner: 資訊科\n    time: 1d', '    ownr: 資訊科\n    time: 1d'), 'sops/leave.sop.yaml': leaveSop() });
    repo.commit('broken');
    repo.write('sops/account.sop.yaml', ACCOUNT_SOP); // fixed in the working tree
    repo.write('sops/leave.sop.yaml', leaveSop().replace('owner: 人事室', 'owner: 人事處'));
    const text = await runCli(['diff', '--base', 'HEAD', '--lang', 'en'], repo.dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('! sops/account.sop.yaml  cannot be loaded, not compared (problems below)');
    expect(text.stdout).toContain('~ sops/leave.sop.yaml  (leave-request)');
    expect(text.stdout).toMatch(/\nHEAD:sops\/account\.sop\.yaml\n {2}\d+:\d+ +error +.*ownr.* +schema\n/);
    expect(text.stdout + text.stderr).not.toMatch(STACK_TRACE);

    const json = await runCli(['diff', '--base', 'HEAD', '--format', 'json', '--lang', 'en'], repo.dir);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as DiffReport;
    expect(report.files[0]).toMatchObject({ file: 'sops/account.sop.yaml', status: 'invalid', problems: [{ file: 'HEAD:sops/account.sop.yaml', ruleId: 'schema', severity: 'error' }] });
    expect(report.files[1]).toMatchObject({ file: 'sops/leave.sop.yaml', status: 'changed' });
    expect(json.stderr).toMatch(/HEAD:sops\/account\.sop\.yaml\n {2}\d+:\d+ /);
  });

  it('a working-tree file that is not YAML: exit 1 with a position (real process, no stack trace)', () => {
    const repo = editedRepo();
    repo.write('sops/leave.sop.yaml', 'sop: 1\nid: [unclosed\n');
    const { code, stdout, stderr } = runBin(['diff', '--base', 'HEAD', '--lang', 'en'], repo.dir, GIT_ENV);
    expect(code).toBe(1);
    expect(stdout).toContain('~ sops/account.sop.yaml  (account-request)');
    expect(stdout).toMatch(/\nsops\/leave\.sop\.yaml\n {2}\d+:\d+ +error .* yaml\n/);
    expect(stdout + stderr).not.toMatch(STACK_TRACE);
  });
});

// bin/sop.js runs dist/: `npm test` builds first.
describe('sop diff (real process)', () => {
  it('node bin/sop.js diff --base HEAD prints the edit and exits 0; 2 outside a repository', () => {
    const repo = editedRepo();
    const json = runBin(['diff', '--base', 'HEAD', '--format', 'json'], repo.dir, GIT_ENV);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as DiffReport).files).toEqual([EXPECTED_EDIT]);
    const outside = runBin(['diff', '--base', 'HEAD'], tempDir(), GIT_ENV);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('不在 Git 儲存庫內');
    expect(outside.stderr).not.toMatch(STACK_TRACE);
  });

  it('--help shows both forms with examples', async () => {
    const help = await runCli(['diff', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--base <git-ref>');
    expect(help.stdout).toContain('Examples / 範例');
    expect(help.stdout).toContain('--exit-code');
  });
});
