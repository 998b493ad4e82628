import { mkdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedFiles, GitError, objectType, repoRoot, resolveRef, showFile } from '../../src/git/git.js';
import { SOP_FILE_PATTERN } from '../../src/loader/discover.js';
import { ACCOUNT_SOP, leaveSop, tempDir, tempRepo } from './temp-repo.js';

function gitError(run: () => unknown): GitError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GitError);
    return error as GitError;
  }
  throw new Error('expected a GitError');
}

describe('git access', () => {
  it('finds the root of the working tree from a subfolder, spelled from the caller\'s path', () => {
    const repo = tempRepo({ 'sops/a.sop.yaml': ACCOUNT_SOP });
    repo.commit();
    const sub = path.join(repo.dir, 'sops');
    expect(repoRoot(sub)).toBe(repo.dir);
    expect(realpathSync(repoRoot(repo.dir))).toBe(realpathSync(repo.dir));
  });

  it('reports "not a repository" outside one, and for a ref too', () => {
    const dir = tempDir();
    expect(gitError(() => repoRoot(dir)).code).toBe('not-a-repository');
    expect(gitError(() => resolveRef('HEAD', dir)).code).toBe('not-a-repository');
  });

  it('resolves refs to commits and rejects unknown ones (and option-like ones)', () => {
    const repo = tempRepo({ 'a.sop.yaml': ACCOUNT_SOP });
    repo.commit('first');
    repo.git('tag', 'v1');
    repo.write('b.sop.yaml', leaveSop());
    repo.commit('second');
    const head = resolveRef('HEAD', repo.dir);
    expect(head).toMatch(/^[0-9a-f]{40}$/);
    expect(resolveRef('v1', repo.dir)).toBe(resolveRef('HEAD~1', repo.dir));
    expect(resolveRef(head.slice(0, 10), repo.dir)).toBe(head);
    for (const bad of ['no-such-branch', 'HEAD~5', '--output=x', '']) {
      const error = gitError(() => resolveRef(bad, repo.dir));
      expect(error.code, bad).toBe('unknown-ref');
      expect(error.detail.ref).toBe(bad);
    }
  });

  it('an empty repository has no HEAD yet: unknown ref', () => {
    const repo = tempRepo();
    expect(gitError(() => resolveRef('HEAD', repo.dir)).code).toBe('unknown-ref');
  });

  it('shows a file as committed, and nothing for a file the commit does not have', () => {
    const repo = tempRepo({ 'sops/a.sop.yaml': ACCOUNT_SOP });
    repo.commit();
    const head = resolveRef('HEAD', repo.dir);
    repo.write('sops/a.sop.yaml', 'changed');
    expect(showFile(head, 'sops/a.sop.yaml', repo.dir)?.toString('utf8')).toBe(ACCOUNT_SOP);
    expect(showFile(head, 'sops/a.sop.yaml', path.join(repo.dir, 'sops'))?.toString('utf8')).toBe(ACCOUNT_SOP);
    expect(showFile(head, 'sops/none.sop.yaml', repo.dir)).toBeUndefined();
    expect(showFile(head, 'sops', repo.dir)).toBeUndefined();
    expect(objectType(head, 'sops', repo.dir)).toBe('tree');
    expect(objectType(head, 'sops/a.sop.yaml', repo.dir)).toBe('blob');
  });

  it('lists files changed since a commit: modified, staged, untracked, deleted, renamed; not ignored ones', () => {
    const repo = tempRepo({
      'sops/a.sop.yaml': ACCOUNT_SOP,
      'sops/b.sop.yaml': leaveSop(),
      'sops/c.sop.yaml': leaveSop('done', 'c'),
      'sops/d.sop.yaml': leaveSop('done', 'd'),
      'README.md': '# SOPs\n',
      '.gitignore': 'drafts/\n',
    });
    repo.commit();
    const head = resolveRef('HEAD', repo.dir);
    repo.write('sops/a.sop.yaml', ACCOUNT_SOP.replace('結案', '歸檔結案')); // modified, unstaged
    repo.write('sops/new-staged.sop.yaml', ACCOUNT_SOP.replace('account-request', 'n1')); // unlike b, so not taken for its rename
    repo.git('add', 'sops/new-staged.sop.yaml');
    repo.write('sops/new-untracked.sop.yaml', leaveSop('done', 'n2'));
    repo.write('drafts/ignored.sop.yaml', leaveSop('done', 'n3'));
    repo.remove('sops/b.sop.yaml');
    repo.git('mv', 'sops/c.sop.yaml', 'sops/c-renamed.sop.yaml');
    repo.git('mv', 'sops/d.sop.yaml', 'sops/d.yaml'); // no longer an SOP file
    repo.write('README.md', '# SOPs!\n');

    const all = changedFiles(head, repo.dir);
    expect(all.map((f) => [f.path, f.status, f.untracked])).toEqual([
      ['README.md', 'modified', false],
      ['sops/a.sop.yaml', 'modified', false],
      ['sops/b.sop.yaml', 'deleted', false],
      ['sops/c-renamed.sop.yaml', 'renamed', false],
      ['sops/d.yaml', 'renamed', false],
      ['sops/new-staged.sop.yaml', 'added', false],
      ['sops/new-untracked.sop.yaml', 'added', true],
    ]);
    expect(all.find((f) => f.path === 'sops/c-renamed.sop.yaml')).toMatchObject({
      previousPath: 'sops/c.sop.yaml',
      absolutePath: path.join(repo.dir, 'sops', 'c-renamed.sop.yaml'),
    });

    const sops = changedFiles(head, repo.dir, { match: SOP_FILE_PATTERN });
    expect(sops.map((f) => [f.path, f.status])).toEqual([
      ['sops/a.sop.yaml', 'modified'],
      ['sops/b.sop.yaml', 'deleted'],
      ['sops/c-renamed.sop.yaml', 'renamed'],
      ['sops/d.sop.yaml', 'deleted'], // renamed out of the pattern: the SOP went away
      ['sops/new-staged.sop.yaml', 'added'],
      ['sops/new-untracked.sop.yaml', 'added'],
    ]);
  });

  it('limits the list to pathspecs relative to the working folder', () => {
    const repo = tempRepo({ 'one/a.sop.yaml': ACCOUNT_SOP, 'two/b.sop.yaml': leaveSop() });
    repo.commit();
    const head = resolveRef('HEAD', repo.dir);
    repo.write('one/a.sop.yaml', ACCOUNT_SOP.replace('結案', '歸檔結案'));
    repo.write('two/b.sop.yaml', leaveSop('apply'));
    repo.write('two/new.sop.yaml', leaveSop('done', 'new'));
    repo.write('one/new.sop.yaml', leaveSop('done', 'new-one'));
    expect(changedFiles(head, repo.dir, { paths: ['two'] }).map((f) => f.path)).toEqual(['two/b.sop.yaml', 'two/new.sop.yaml']);
    const inTwo = path.join(repo.dir, 'two');
    mkdirSync(path.join(inTwo, 'empty'), { recursive: true });
    // Paths out are always relative to the root, whatever the working folder.
    expect(changedFiles(head, inTwo, { paths: ['.'] }).map((f) => f.path)).toEqual(['two/b.sop.yaml', 'two/new.sop.yaml']);
    expect(changedFiles(head, inTwo).map((f) => f.path)).toEqual(['one/a.sop.yaml', 'one/new.sop.yaml', 'two/b.sop.yaml', 'two/new.sop.yaml']);
  });

  it('handles file names with spaces and CJK characters', () => {
    const repo = tempRepo({ '帳號 申請.sop.yaml': ACCOUNT_SOP });
    repo.commit();
    const head = resolveRef('HEAD', repo.dir);
    repo.write('帳號 申請.sop.yaml', ACCOUNT_SOP.replace('結案', '歸檔結案'));
    repo.write('新 檔.sop.yaml', leaveSop());
    expect(changedFiles(head, repo.dir).map((f) => f.path)).toEqual(['帳號 申請.sop.yaml', '新 檔.sop.yaml']);
    expect(showFile(head, '帳號 申請.sop.yaml', repo.dir)?.toString('utf8')).toBe(ACCOUNT_SOP);
  });
});
