// Where `sop render --compare <git-ref|file>` finds the old version of each SOP. An existing path
// is a file (the old version of the one SOP rendered); anything else is a Git ref, and each SOP
// is compared with its own file at that ref (`git show <ref>:<path>`, following a rename since
// then). Git failures are thrown as GitError (the CLI explains them, exit 2); an old version
// that does not load comes back as its YAML / schema findings, positioned as `sop lint` would.

import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import { buildProjectIndex, checkLoaded } from '../engine/lint.js';
import type { FileResult } from '../engine/types.js';
import { changedFiles, repoRoot, resolveRef, showFile } from '../git/git.js';
import { localize, type Lang } from '../i18n/lang.js';
import { SOP_FILE_PATTERN } from '../loader/discover.js';
import { displayPathOf, loadSopBytes, loadSopFile, type LoadedFile } from '../loader/load-sop.js';
import type { Sop } from '../model/types.js';
import { InputError, PIPELINE_MESSAGES } from './messages.js';

export type PreviousSource =
  | { kind: 'file'; file: string; label: string }
  | { kind: 'git'; ref: string; commit: string; root: string; renamedFrom: Map<string, string>; label: string }
  | { kind: 'directory'; path: string };

/** What `--compare <value>` names; throws GitError when it is no file and no usable Git ref. */
export function previousSource(value: string, cwd: string): PreviousSource {
  const absolute = path.resolve(cwd, value);
  if (value !== '' && existsSync(absolute)) {
    if (!statSync(absolute).isFile()) return { kind: 'directory', path: value };
    return { kind: 'file', file: absolute, label: displayPathOf(absolute, cwd) };
  }
  const root = repoRoot(cwd);
  const commit = resolveRef(value, cwd);
  const renamedFrom = new Map<string, string>();
  for (const change of changedFiles(commit, cwd, { match: SOP_FILE_PATTERN })) {
    if (change.status === 'renamed' && change.previousPath !== undefined) renamedFrom.set(change.path, change.previousPath);
  }
  return { kind: 'git', ref: value, commit, root, renamedFrom, label: `${value} (${commit.slice(0, 7)})` };
}

/** The old versions to compare with, where `--compare` names a usable one; throws InputError (localized) or GitError. */
export function compareSource(value: string, cwd: string, sops: number, lang: Lang): Exclude<PreviousSource, { kind: 'directory' }> {
  const source = previousSource(value, cwd);
  if (source.kind === 'directory') throw new InputError(localize(PIPELINE_MESSAGES.notAFileOrRef, lang, { path: source.path }));
  if (source.kind === 'file' && sops > 1) throw new InputError(localize(PIPELINE_MESSAGES.fileNeedsOneSop, lang, { count: sops }));
  return source;
}

export interface PreviousVersion {
  /** The old version; undefined when there is none (a new file at the ref). */
  sop?: Sop;
  /** The old version exists but does not load: its YAML / schema findings. */
  broken?: FileResult;
  /** Where the old version was read (`HEAD:sops/a.sop.yaml`, a file). */
  where: string;
}

/** The old version of the SOP in `file` (absolute). */
export function previousVersion(source: Exclude<PreviousSource, { kind: 'directory' }>, file: string, config: ResolvedConfig, cwd: string, lang: Lang): PreviousVersion {
  let loaded: LoadedFile | undefined;
  let where: string;
  if (source.kind === 'file') {
    loaded = loadSopFile(source.file, { cwd, hoursPerDay: config.hoursPerDay });
    where = source.label;
  } else {
    const inRepo = path.relative(source.root, file).split(path.sep).join('/');
    const oldPath = source.renamedFrom.get(inRepo) ?? inRepo;
    where = `${source.ref}:${oldPath}`;
    const bytes = inRepo.startsWith('..') || path.isAbsolute(inRepo) ? undefined : showFile(source.commit, oldPath, cwd);
    if (bytes !== undefined) {
      // Shown as git names it, so that `git show <ref>:<path>` finds the same text.
      loaded = loadSopBytes(bytes, path.join(source.root, ...oldPath.split('/')), where, { cwd, hoursPerDay: config.hoursPerDay });
    }
  }
  if (!loaded) return { where };
  if (loaded.problems.length > 0 || !loaded.sop) {
    const [result] = checkLoaded([{ config, file: loaded }], buildProjectIndex([]), { cwd, lang }, lang);
    return { where, broken: { ...result!, findings: result!.findings.filter((f) => f.ruleId === 'yaml' || f.ruleId === 'schema') } };
  }
  return { sop: loaded.sop, where };
}
