// Which files `sop lint` and `sop render` read: files as given, folders searched for
// *.sop.yaml / *.sop.yml (skipping node_modules, .git and what .gitignore ignores), and globs;
// with no path, the config's `include` globs or every SOP file, under the working folder only.
// Then the ignore rules: `.sopignore` at the repository root and `--ignore-pattern` (gitignore
// syntax, relative to the working folder) drop files wherever they came from. A folder that
// cannot be read is skipped (onUnreadable); a file reached through several links is found once.

import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Ignore } from 'ignore';
import type { GlobOptions } from 'tinyglobby';

// The ignore and glob libraries (~110 KB with picomatch) are required when first used: a file
// named on its own, in a folder with no .gitignore or .sopignore, needs neither.
const lazyRequire = createRequire(import.meta.url);
let ignoreModule: (() => Ignore) | undefined;
let globModule: typeof import('tinyglobby') | undefined;
const ignore = (): Ignore => (ignoreModule ??= lazyRequire('ignore') as () => Ignore)();
const tinyglobby = (): typeof import('tinyglobby') => (globModule ??= lazyRequire('tinyglobby') as typeof import('tinyglobby'));
const globSync = (patterns: string[], options: Omit<GlobOptions, 'patterns'>): string[] => tinyglobby().globSync(patterns, options);
const isDynamicPattern = (pattern: string): boolean => tinyglobby().isDynamicPattern(pattern);

export const SOP_FILE_PATTERN = /\.sop\.ya?ml$/;
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

export class DiscoveryError extends Error {}

interface IgnoreScope {
  base: string;
  rules: Ignore;
}

function readGitignore(directory: string): IgnoreScope | undefined {
  const file = path.join(directory, '.gitignore');
  if (!existsSync(file)) return undefined;
  return { base: directory, rules: ignore().add(readFileSync(file, 'utf8')) };
}

function ignoredBy(scopes: IgnoreScope[], absolute: string, isDirectory: boolean): boolean {
  for (const scope of scopes) {
    const relative = path.relative(scope.base, absolute).split(path.sep).join('/');
    if (!relative || relative.startsWith('..')) continue;
    if (scope.rules.ignores(isDirectory ? `${relative}/` : relative)) return true;
  }
  return false;
}

/** `directory` and its ancestors up to the Git working tree's root (a folder with `.git`), or to the filesystem root. */
function ancestorsToRepository(directory: string): { chain: string[]; repository?: string } {
  const chain: string[] = [];
  let current = path.resolve(directory);
  for (;;) {
    chain.unshift(current);
    if (existsSync(path.join(current, '.git'))) return { chain, repository: current };
    const parent = path.dirname(current);
    if (parent === current) return { chain };
    current = parent;
  }
}

/** The root of the Git working tree that holds `directory` (spelled from `directory`'s path), if any. */
export function findRepositoryRoot(directory: string): string | undefined {
  return ancestorsToRepository(directory).repository;
}

/**
 * The folder that paths in CI reports are relative to and `.sopignore` is read from: the Git
 * working tree's root, else the config's folder (`configRoot`), else the working folder.
 */
export function projectRoot(cwd: string, configRoot?: string): string {
  return findRepositoryRoot(cwd) ?? configRoot ?? path.resolve(cwd);
}

/** The .gitignore files from the repository root (or filesystem root) down to `directory`. */
function ancestorScopes(directory: string): IgnoreScope[] {
  const { chain } = ancestorsToRepository(directory);
  return chain.slice(0, -1).map(readGitignore).filter((s): s is IgnoreScope => s !== undefined);
}

export const SOPIGNORE_FILE = '.sopignore';

/** The rules of `<root>/.sopignore` and of --ignore-pattern (relative to cwd). */
function ignoreScopes(root: string, cwd: string, patterns: readonly string[]): IgnoreScope[] {
  const scopes: IgnoreScope[] = [];
  const file = path.join(root, SOPIGNORE_FILE);
  if (existsSync(file)) scopes.push({ base: root, rules: ignore().add(readFileSync(file, 'utf8')) });
  if (patterns.length > 0) scopes.push({ base: path.resolve(cwd), rules: ignore().add([...patterns]) });
  return scopes;
}

/** A folder's entries, sorted; undefined (and `onUnreadable` told) when it cannot be read. */
function readFolder(directory: string, onUnreadable: DiscoverOptions['onUnreadable']): Dirent[] | undefined {
  try {
    return readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    onUnreadable?.(directory, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
    return undefined;
  }
}

function walk(directory: string, scopes: IgnoreScope[], out: string[], onUnreadable: DiscoverOptions['onUnreadable']): void {
  const entries = readFolder(directory, onUnreadable);
  if (!entries) return;
  const own = readGitignore(directory);
  const active = own ? [...scopes, own] : scopes;
  for (const entry of entries) {
    if (ALWAYS_SKIPPED.has(entry.name)) continue;
    const absolute = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!ignoredBy(active, absolute, true)) walk(absolute, active, out, onUnreadable);
    } else if (entry.isFile() && SOP_FILE_PATTERN.test(entry.name) && !ignoredBy(active, absolute, false)) {
      out.push(absolute);
    }
  }
}

export interface DiscoverOptions {
  cwd: string;
  /** Globs from the config, relative to `configRoot`, used when no path is given. */
  include?: string[];
  exclude?: string[];
  configRoot?: string;
  /** --ignore-pattern: gitignore patterns relative to cwd, added to `.sopignore`'s. */
  ignorePatterns?: readonly string[];
  /** With no path: every file the `include` globs match, not only those under cwd (--changed-since's cross-file view). */
  everywhere?: boolean;
  /** Told of each file named on its own (not found in a folder or by a glob) that an ignore rule drops. */
  onIgnored?: (file: string) => void;
  /** Told of each folder that cannot be read (permissions): it is skipped, the rest is found. */
  onUnreadable?: (folder: string, reason: string) => void;
}

/**
 * One spelling per real file: a folder reached twice through a symbolic link (a glob's `**`
 * following `docs/current -> v2`, or a link back up the tree) gives its SOPs once, under the
 * first path in sorted order, and so no false duplicate-id findings.
 */
function oncePerRealFile(files: string[]): string[] {
  const seen = new Set<string>();
  return files.filter((file) => {
    let real: string;
    try {
      real = realpathSync.native(file);
    } catch {
      real = file;
    }
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}

function isInside(file: string, directory: string): boolean {
  const relative = path.relative(directory, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Expands paths (files, folders, globs) to a sorted, de-duplicated list of absolute file paths.
 * A path that does not exist, or a glob that matches nothing, is a DiscoveryError (exit 2).
 */
export function discoverFiles(inputs: string[], options: DiscoverOptions): string[] {
  const found: string[] = [];
  const explicit = new Set<string>();
  const root = options.configRoot ?? options.cwd;
  if (inputs.length === 0 && options.include && options.include.length > 0) {
    // The config's globs say which files are SOPs; no path means the working folder's share of them.
    const cwd = path.resolve(options.cwd);
    found.push(...globSync(options.include, { cwd: root, absolute: true, ignore: ['**/node_modules/**'] }).filter((f) => options.everywhere || isInside(path.normalize(f), cwd)));
  } else {
    const targets = inputs.length === 0 ? ['.'] : inputs;
    for (const input of targets) {
      const absolute = path.resolve(options.cwd, input);
      if (existsSync(absolute)) {
        if (statSync(absolute).isDirectory()) walk(absolute, ancestorScopes(absolute), found, options.onUnreadable);
        else {
          found.push(absolute);
          explicit.add(path.normalize(absolute));
        }
      } else if (isDynamicPattern(input)) {
        const matches = globSync([input], { cwd: options.cwd, absolute: true, ignore: ['**/node_modules/**'] });
        if (matches.length === 0) throw new DiscoveryError(input);
        found.push(...matches);
      } else {
        throw new DiscoveryError(input);
      }
    }
  }
  let files = oncePerRealFile([...new Set(found.map((f) => path.normalize(f)))].sort());
  if (options.exclude && options.exclude.length > 0) {
    const excluded = new Set(globSync(options.exclude, { cwd: root, absolute: true }).map((f) => path.normalize(f)));
    files = files.filter((f) => !excluded.has(f));
  }
  const ignoring = ignoreScopes(projectRoot(options.cwd, options.configRoot), options.cwd, options.ignorePatterns ?? []);
  if (ignoring.length === 0) return files;
  return files.filter((file) => {
    if (!ignoredBy(ignoring, file, false)) return true;
    if (explicit.has(file)) options.onIgnored?.(file);
    return false;
  });
}

/**
 * Whether discovery would drop `file`: `.sopignore`, --ignore-pattern, or the config's `exclude`
 * globs (these match files that exist). For files named on their own: --stdin-filename, --print-config.
 */
export function isIgnored(file: string, options: DiscoverOptions): boolean {
  const absolute = path.resolve(options.cwd, file);
  if (options.exclude && options.exclude.length > 0) {
    const excluded = globSync(options.exclude, { cwd: options.configRoot ?? options.cwd, absolute: true }).map((f) => path.normalize(f));
    if (excluded.includes(absolute)) return true;
  }
  return ignoredBy(ignoreScopes(projectRoot(options.cwd, options.configRoot), options.cwd, options.ignorePatterns ?? []), absolute, false);
}
