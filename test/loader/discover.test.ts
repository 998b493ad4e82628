import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiscoveryError, discoverFiles, isIgnored, projectRoot } from '../../src/loader/discover.js';

function tree(files: string[], extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sop-discover-'));
  mkdirSync(path.join(dir, '.git'));
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), 'sop: 1\n');
  }
  for (const [f, text] of Object.entries(extra)) writeFileSync(path.join(dir, f), text);
  return dir;
}

describe('discovery', () => {
  it('finds *.sop.yaml and *.sop.yml, skipping node_modules and .gitignore', () => {
    const dir = tree(['a.sop.yaml', 'sub/b.sop.yml', 'sub/c.yaml', 'node_modules/x/d.sop.yaml', 'build/e.sop.yaml', 'sub/ignored.sop.yaml'], {
      '.gitignore': 'build/\n',
    });
    writeFileSync(path.join(dir, 'sub/.gitignore'), 'ignored.sop.yaml\n');
    const files = discoverFiles([], { cwd: dir }).map((f) => path.relative(dir, f));
    expect(files).toEqual(['a.sop.yaml', 'sub/b.sop.yml']);
  });

  it('takes files as given, folders and globs', () => {
    const dir = tree(['a.sop.yaml', 'sub/b.sop.yaml', 'sub/deeper/c.sop.yaml']);
    expect(discoverFiles(['sub'], { cwd: dir }).map((f) => path.relative(dir, f))).toEqual(['sub/b.sop.yaml', 'sub/deeper/c.sop.yaml']);
    expect(discoverFiles(['sub/*.sop.yaml', 'a.sop.yaml'], { cwd: dir }).map((f) => path.relative(dir, f))).toEqual(['a.sop.yaml', 'sub/b.sop.yaml']);
  });

  it('is an error for a path that does not exist', () => {
    const dir = tree([]);
    expect(() => discoverFiles(['nope'], { cwd: dir })).toThrow(DiscoveryError);
    expect(() => discoverFiles(['nope/*.sop.yaml'], { cwd: dir })).toThrow(DiscoveryError);
  });

  it('applies include and exclude globs from the config', () => {
    const dir = tree(['sops/a.sop.yaml', 'sops/draft/b.sop.yaml', 'other/c.sop.yaml']);
    const files = discoverFiles([], { cwd: dir, include: ['sops/**/*.sop.yaml'], exclude: ['**/draft/**'], configRoot: dir });
    expect(files.map((f) => path.relative(dir, f))).toEqual(['sops/a.sop.yaml']);
  });

  it('with no path, keeps to the working folder\'s share of the include globs (all of them with `everywhere`)', () => {
    const dir = tree(['sops/a/one.sop.yaml', 'sops/b/two.sop.yaml']);
    const options = { include: ['sops/**/*.sop.yaml'], configRoot: dir };
    expect(discoverFiles([], { ...options, cwd: path.join(dir, 'sops/a') }).map((f) => path.relative(dir, f))).toEqual(['sops/a/one.sop.yaml']);
    expect(discoverFiles([], { ...options, cwd: path.join(dir, 'sops/a'), everywhere: true })).toHaveLength(2);
  });

  it('drops what .sopignore (at the repository root) and --ignore-pattern ignore, and tells of files named on their own', () => {
    const dir = tree(['a.sop.yaml', 'drafts/b.sop.yaml', 'sub/old.sop.yaml', 'sub/c.sop.yaml'], { '.sopignore': 'drafts/\n' });
    const named: string[] = [];
    const options = { cwd: path.join(dir, 'sub'), ignorePatterns: ['old.sop.yaml'], onIgnored: (f: string) => named.push(path.relative(dir, f)) };
    expect(discoverFiles(['..', '../drafts/b.sop.yaml', 'old.sop.yaml'], options).map((f) => path.relative(dir, f))).toEqual(['a.sop.yaml', 'sub/c.sop.yaml']);
    expect(named).toEqual(['drafts/b.sop.yaml', 'sub/old.sop.yaml']);
    expect(isIgnored('../drafts/new.sop.yaml', options)).toBe(true);
    expect(isIgnored('new.sop.yaml', options)).toBe(false);
  });

  it('the project root: the Git working tree, else the config\'s folder, else the working folder', () => {
    const repo = tree(['sub/a.sop.yaml']);
    expect(projectRoot(path.join(repo, 'sub'), path.join(repo, 'sub'))).toBe(repo);
    const plain = mkdtempSync(path.join(tmpdir(), 'sop-root-'));
    mkdirSync(path.join(plain, 'sub'));
    expect(projectRoot(path.join(plain, 'sub'), plain)).toBe(plain);
    expect(projectRoot(path.join(plain, 'sub'))).toBe(path.join(plain, 'sub'));
  });
});
