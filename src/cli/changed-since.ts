// `sop lint --changed-since <ref>`: which files to load and which to report. Every SOP of the
// repository is loaded (so cross-file checks such as duplicate SOP ids still see all of them);
// only SOPs added or modified since the ref (tracked or not, within the given paths) are reported.

import { realpathSync } from 'node:fs';
import { discoverFiles, SOP_FILE_PATTERN } from '../loader/discover.js';
import type { Lang } from '../i18n/lang.js';
import { changedFiles, changedSubmodules, repoRoot, resolveRef } from '../git/git.js';
import { gitUsageError } from './git-usage.js';

export interface ChangedSinceOptions {
  cwd: string;
  lang: Lang;
  /** The cwd config's discovery globs (`include` is used when no path is given). */
  include?: string[];
  exclude?: string[];
  configRoot?: string;
  ignorePatterns?: readonly string[];
}

export interface ChangedSinceScope {
  /** Every SOP to load, sorted. */
  files: string[];
  /** The changed ones among them: the files to report. Empty = nothing changed. */
  reported: Set<string>;
  /** Changed submodules, whose SOPs are not compared (repository-relative paths). */
  submodules: string[];
}

function canonical(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** Throws UsageError for Git problems (not a repository, unknown ref) and DiscoveryError for a bad path. */
export function changedSinceScope(ref: string, paths: string[], options: ChangedSinceOptions): ChangedSinceScope {
  let root: string;
  let changed: Set<string>;
  let submodules: string[];
  try {
    root = repoRoot(options.cwd);
    const commit = resolveRef(ref, options.cwd);
    changed = new Set(
      changedFiles(commit, options.cwd, { match: SOP_FILE_PATTERN })
        .filter((file) => file.status !== 'deleted')
        .map((file) => canonical(file.absolutePath)),
    );
    submodules = changedSubmodules(commit, options.cwd);
  } catch (error) {
    throw gitUsageError(error, options.lang, '--changed-since');
  }
  const discovery = { cwd: options.cwd, exclude: options.exclude, configRoot: options.configRoot, ignorePatterns: options.ignorePatterns };
  const include = options.include && options.include.length > 0 ? options.include : undefined;
  // What a plain `sop lint` at the repository's root would read: the config's include globs, or the whole working tree.
  const everything = include ? discoverFiles([], { ...discovery, include, everywhere: true }) : discoverFiles([root], discovery);
  const scope = paths.length > 0 ? discoverFiles(paths, discovery) : everything;
  const reported = new Set(scope.filter((file) => changed.has(canonical(file))));
  const files = [...new Set([...everything, ...scope])].sort();
  return { files, reported, submodules };
}
