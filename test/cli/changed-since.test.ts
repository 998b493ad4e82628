import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, runCli } from '../helpers/run-cli.js';
import { ACCOUNT_SOP, editedAccountSop, GIT_ENV, leaveSop, tempDir, tempRepo, type TempRepo } from '../git/temp-repo.js';

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; message: string; severity: number }[];
}

/** Rule ids of a result's errors (warnings of other rules do not matter here). */
function errors(result: JsonResult | undefined): string[] {
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId);
}

/** account (clean) and leave (an error planted: next → nowhere) committed; account edited since. */
function repoWithPlantedError(): TempRepo {
  const repo = tempRepo({ 'sops/account.sop.yaml': ACCOUNT_SOP, 'sops/leave.sop.yaml': leaveSop('nowhere') });
  repo.commit('first round');
  repo.write('sops/account.sop.yaml', editedAccountSop());
  return repo;
}

async function lintJson(args: string[], cwd: string): Promise<{ code: number; files: JsonResult[]; stderr: string }> {
  const { code, stdout, stderr } = await runCli(['lint', '--format', 'json', ...args], cwd);
  return { code, files: stdout ? (JSON.parse(stdout) as JsonResult[]) : [], stderr };
}

describe('sop lint --changed-since', () => {
  it('lints only the edited file: an error in an unchanged file is not reported', async () => {
    const repo = repoWithPlantedError();
    // Without the option the planted error is found…
    const all = await lintJson([], repo.dir);
    expect(all.code).toBe(1);
    expect(errors(all.files.find((f) => f.filePath.endsWith('leave.sop.yaml')))).toEqual(['unknown-step']);
    // …with it, only the edited SOP is reported (and it has no errors).
    const changed = await lintJson(['--changed-since', 'HEAD'], repo.dir);
    expect(changed.code).toBe(0);
    expect(changed.files.map((f) => path.relative(repo.dir, f.filePath))).toEqual([path.join('sops', 'account.sop.yaml')]);
    expect(errors(changed.files[0])).toEqual([]);
  });

  it('cross-file checks still see the whole repository: a duplicate SOP id with an unchanged file is reported', async () => {
    const repo = repoWithPlantedError();
    repo.write('sops/account.sop.yaml', editedAccountSop().replace('id: account-request', 'id: leave-request'));
    const { code, files } = await lintJson(['--changed-since', 'HEAD', '--lang', 'en'], repo.dir);
    expect(code).toBe(1);
    expect(files).toHaveLength(1);
    expect(files[0]!.filePath).toBe(path.join(repo.dir, 'sops', 'account.sop.yaml'));
    expect(errors(files[0])).toEqual(['unique-id']);
    expect(files[0]!.messages.find((m) => m.ruleId === 'unique-id')!.message).toBe('SOP id "leave-request" is also used by leave.sop.yaml');
  });

  it('includes new untracked and staged SOPs, not deleted ones, and keeps to the given paths', async () => {
    const repo = repoWithPlantedError();
    repo.write('sops/new.sop.yaml', leaveSop('nowhere', 'new-sop'));
    repo.write('other/staged.sop.yaml', leaveSop('nowhere', 'staged-sop'));
    repo.git('add', 'other/staged.sop.yaml');
    const { code, files } = await lintJson(['--changed-since', 'HEAD'], repo.dir);
    expect(code).toBe(1);
    expect(files.map((f) => path.relative(repo.dir, f.filePath).split(path.sep).join('/'))).toEqual(['other/staged.sop.yaml', 'sops/account.sop.yaml', 'sops/new.sop.yaml']);
    const onlyOther = await lintJson(['--changed-since', 'HEAD', 'other'], repo.dir);
    expect(onlyOther.files.map((f) => path.basename(f.filePath))).toEqual(['staged.sop.yaml']);
    // From a subfolder with no path: still the whole repository.
    const fromSub = await lintJson(['--changed-since', 'HEAD'], path.join(repo.dir, 'other'));
    expect(fromSub.files).toHaveLength(3);
    repo.remove('sops/account.sop.yaml');
    const afterDelete = await lintJson(['--changed-since', 'HEAD', 'sops'], repo.dir);
    expect(afterDelete.files.map((f) => path.basename(f.filePath))).toEqual(['new.sop.yaml']);
  });

  it('no changed SOP: exit 0 with a one-line note on stderr', async () => {
    const repo = repoWithPlantedError();
    repo.commit('second round');
    repo.write('README.md', 'not an SOP\n');
    const zh = await runCli(['lint', '--changed-since', 'HEAD'], repo.dir);
    expect(zh).toEqual({ code: 0, stdout: '', stderr: '自 HEAD 以來沒有新增或修改的 SOP 檔案，不需檢查\n' });
    const en = await runCli(['lint', '--changed-since', 'HEAD', '--lang', 'en'], repo.dir);
    expect(en).toEqual({ code: 0, stdout: '', stderr: 'No SOP file added or modified since HEAD; nothing to lint\n' });
    // Changes in the repository, but none in the given folder.
    repo.write('sops/account.sop.yaml', editedAccountSop(editedAccountSop()));
    repo.write('elsewhere/x.sop.yaml', leaveSop('done', 'x'));
    repo.commit('third');
    repo.write('sops/account.sop.yaml', ACCOUNT_SOP);
    expect((await runCli(['lint', '--changed-since', 'HEAD', 'elsewhere'], repo.dir)).code).toBe(0);
  });

  it('bad input: not a repository, an unknown ref, a missing path — exit 2, no stack trace', async () => {
    const outside = await runCli(['lint', '--changed-since', 'HEAD', '--lang', 'en'], tempDir());
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^sop: Not a Git repository: .* \(--changed-since reads the Git history\)\n$/);
    const repo = repoWithPlantedError();
    const unknown = await runCli(['lint', '--changed-since', 'origin/main', '--lang', 'en'], repo.dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^sop: Unknown Git ref "origin\/main"/);
    const missing = await runCli(['lint', '--changed-since', 'HEAD', 'no/such/folder'], repo.dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no/such/folder');
  });

  it('the real process: node bin/sop.js lint --changed-since HEAD', () => {
    const repo = repoWithPlantedError();
    const clean = runBin(['lint', '--changed-since', 'HEAD'], repo.dir, GIT_ENV);
    expect(clean).toMatchObject({ code: 0, stderr: '' });
    expect(clean.stdout).not.toContain('leave.sop.yaml');
    repo.write('sops/account.sop.yaml', editedAccountSop().replace('next: notify\n', 'next: nothing\n'));
    const broken = runBin(['lint', '--changed-since', 'HEAD', '--lang', 'en'], repo.dir, GIT_ENV);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^\nsops\/account\.sop\.yaml\n(?: {2}.*\n)* {2}\d+:\d+ +error +No step "nothing"; did you mean "notify"\? As written, "notify" and what follows it \(1 more\) cannot be reached +unknown-step\n/);
    expect(broken.stdout).not.toContain('leave.sop.yaml');
    const outside = runBin(['lint', '--changed-since', 'HEAD'], tempDir(), GIT_ENV);
    expect(outside.code).toBe(2);
    expect(outside.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
  });
});
