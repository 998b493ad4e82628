// Git access for `sop diff --base`, `sop lint --changed-since` and `sop render --compare`: runs
// the `git` program directly (spawnSync, no shell, so no quoting of paths or refs), and turns its
// failures into a GitError with a code the CLI can explain (not a repository, unknown ref).
// Paths in and out are relative to the repository root with forward slashes, as git prints them.

import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * node:child_process, required when git first runs: loading it costs a cold start ~8 ms, and
 * every render and lint imports this module (GitError) without running git.
 */
let childProcessModule: typeof import('node:child_process') | undefined;
const childProcess = () => (childProcessModule ??= createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process'));

export type GitErrorCode = 'git-not-found' | 'not-a-repository' | 'unknown-ref' | 'failed';

/** A git failure; `code` says which, `detail` is git's own message (for `failed`). */
export class GitError extends Error {
  constructor(
    readonly code: GitErrorCode,
    message: string,
    readonly detail: { cwd?: string; ref?: string } = {},
  ) {
    super(message);
  }
}

interface GitResult {
  status: number;
  stdout: Buffer;
  stderr: string;
}

/** Large SOP repositories print long name lists; spawnSync's default buffer is 1 MB. */
const MAX_BUFFER = 256 * 1024 * 1024;

function git(args: string[], cwd: string): GitResult {
  const result = childProcess().spawnSync('git', args, {
    cwd,
    maxBuffer: MAX_BUFFER,
    windowsHide: true,
    // A user's diff.external, pager or colour settings must not change what we parse.
    env: { ...process.env, GIT_PAGER: 'cat', GIT_EXTERNAL_DIFF: '', LC_ALL: 'C' },
  });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new GitError('git-not-found', 'git is not installed or not on PATH', { cwd });
    throw new GitError('failed', result.error.message, { cwd });
  }
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr.toString('utf8').trim() };
}

function gitOrThrow(args: string[], cwd: string): Buffer {
  const result = git(args, cwd);
  if (result.status !== 0) {
    if (/not a git repository/i.test(result.stderr)) throw new GitError('not-a-repository', result.stderr, { cwd });
    throw new GitError('failed', result.stderr || `git ${args[0]} exited with ${result.status}`, { cwd });
  }
  return result.stdout;
}

/** NUL-separated output (`-z`) → fields. */
function fields(output: Buffer): string[] {
  const parts = output.toString('utf8').split('\0');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/**
 * The root of the working tree that contains `cwd`, spelled from `cwd` (so a path reached through
 * a symbolic link keeps that spelling and compares equal to paths the caller builds from `cwd`).
 */
export function repoRoot(cwd: string): string {
  const result = git(['rev-parse', '--is-inside-work-tree', '--show-cdup'], cwd);
  const [inside, cdup = ''] = result.stdout.toString('utf8').split('\n');
  if (result.status !== 0 || inside !== 'true') throw new GitError('not-a-repository', result.stderr || `not inside a Git working tree: ${cwd}`, { cwd });
  return path.resolve(cwd, cdup);
}

/** The commit a ref names (branch, tag, `HEAD~2`, a hash …), as a full hash. */
export function resolveRef(ref: string, cwd: string): string {
  // A ref starting with "-" would be read as an option.
  if (ref === '' || ref.startsWith('-')) throw new GitError('unknown-ref', `unknown revision: ${ref}`, { cwd, ref });
  repoRoot(cwd);
  const result = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  if (result.status !== 0) throw new GitError('unknown-ref', result.stderr || `unknown revision: ${ref}`, { cwd, ref });
  return result.stdout.toString('utf8').trim();
}

/** What `file` (relative to the root) is in that commit: `blob`, `tree`, or undefined when absent. */
export function objectType(commit: string, file: string, cwd: string): 'blob' | 'tree' | undefined {
  const result = git(['cat-file', '-t', `${commit}:${file}`], cwd);
  if (result.status !== 0) return undefined;
  const type = result.stdout.toString('utf8').trim();
  return type === 'blob' || type === 'tree' ? type : undefined;
}

/** A file's bytes as committed (`git show <commit>:<file>`); undefined when the commit has no such file. */
export function showFile(commit: string, file: string, cwd: string): Buffer | undefined {
  if (objectType(commit, file, cwd) !== 'blob') return undefined;
  return gitOrThrow(['cat-file', 'blob', `${commit}:${file}`], cwd);
}

/**
 * Submodules (gitlinks) whose commit differs between `commit` and the working tree. Git shows a
 * submodule as one entry, not the files in it: the SOPs inside are not compared.
 */
export function changedSubmodules(commit: string, cwd: string): string[] {
  const raw = fields(gitOrThrow(['diff', '--raw', '-z', '--no-relative', '--no-color', '--no-ext-diff', commit, '--'], cwd));
  const submodules: string[] = [];
  for (let i = 0; i < raw.length; ) {
    // ":<old mode> <new mode> <old sha> <new sha> <status>", then one path (two for a rename or copy).
    const [oldMode, newMode, , , status = ''] = raw[i]!.slice(1).split(' ');
    const paths = /^[RC]/.test(status) ? 2 : 1;
    if (oldMode === '160000' || newMode === '160000') submodules.push(raw[i + paths]!);
    i += 1 + paths;
  }
  return submodules;
}

export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed';

export interface ChangedFile {
  /** Relative to the repository root, forward slashes. For a deleted file, where it was. */
  path: string;
  /** `path` made absolute from the root returned by repoRoot(cwd). */
  absolutePath: string;
  status: ChangeStatus;
  /** A renamed file's path in the commit. */
  previousPath?: string;
  /** Not in the index (a new file nobody has `git add`ed yet). */
  untracked: boolean;
}

export interface ChangedFilesOptions {
  /** Pathspecs relative to `cwd` (files, folders, git globs); default: the whole repository. */
  paths?: string[];
  /** Keep only files whose path (or previous path) matches, e.g. SOP_FILE_PATTERN. */
  match?: RegExp;
}

const STATUS_LETTERS: Record<string, ChangeStatus> = { A: 'added', M: 'modified', D: 'deleted', R: 'renamed', T: 'modified', U: 'modified', C: 'added' };

/**
 * Files that differ between a commit and the working tree (staged or not), plus untracked files
 * that .gitignore does not exclude. Renames are detected (a file moved with `git mv`).
 */
export function changedFiles(commit: string, cwd: string, options: ChangedFilesOptions = {}): ChangedFile[] {
  const root = repoRoot(cwd);
  const pathspecs = ['--', ...(options.paths ?? [])];
  const tracked = fields(
    gitOrThrow(['diff', '--name-status', '-z', '-M', '--no-relative', '--no-color', '--no-ext-diff', '--no-textconv', commit, ...pathspecs], cwd),
  );
  const byPath = new Map<string, ChangedFile>();
  const add = (file: Omit<ChangedFile, 'absolutePath'>) => byPath.set(file.path, { ...file, absolutePath: path.join(root, ...file.path.split('/')) });
  for (let i = 0; i < tracked.length; ) {
    const letter = tracked[i]![0]!;
    const status = STATUS_LETTERS[letter] ?? 'modified';
    if (letter === 'R' || letter === 'C') {
      const from = tracked[i + 1]!;
      const to = tracked[i + 2]!;
      add(letter === 'R' ? { path: to, status, previousPath: from, untracked: false } : { path: to, status: 'added', untracked: false });
      i += 3;
    } else {
      add({ path: tracked[i + 1]!, status, untracked: false });
      i += 2;
    }
  }
  // Unlike `git diff`, `git ls-files` lists only the working folder unless told `:/` (the root).
  const untrackedSpecs = options.paths && options.paths.length > 0 ? pathspecs : ['--', ':/'];
  for (const file of fields(gitOrThrow(['ls-files', '-z', '--others', '--exclude-standard', '--full-name', ...untrackedSpecs], cwd))) {
    if (!byPath.has(file)) add({ path: file, status: 'added', untracked: true });
  }
  let files = [...byPath.values()];
  const match = options.match;
  if (match) {
    files = files.flatMap((file): ChangedFile[] => {
      const now = match.test(file.path);
      const before = file.previousPath !== undefined && match.test(file.previousPath);
      if (file.status !== 'renamed') return now ? [file] : [];
      if (now && before) return [file];
      // Renamed into or out of the pattern: for the caller, an SOP appeared or went away.
      if (now) return [{ path: file.path, absolutePath: file.absolutePath, status: 'added', untracked: false }];
      if (before) return [{ path: file.previousPath!, absolutePath: path.join(root, ...file.previousPath!.split('/')), status: 'deleted', untracked: false }];
      return [];
    });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** HEAD's commit, abbreviated (`git rev-parse --short HEAD`); undefined outside a repository, before the first commit, or without git. */
export function headCommit(cwd: string): string | undefined {
  try {
    const result = git(['rev-parse', '--short', '--verify', '--quiet', 'HEAD'], cwd);
    const commit = result.stdout.toString('utf8').trim();
    return result.status === 0 && /^[0-9a-f]+$/.test(commit) ? commit : undefined;
  } catch {
    return undefined;
  }
}
