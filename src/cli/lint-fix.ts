// `sop lint --fix` / `--fix-dry-run`: apply the safe fixes the findings carry, then lint again
// so that what is reported is what remains. --fix writes each changed file atomically (a file
// changed on disk meanwhile is not written: exit 2, the other files are); --fix-dry-run prints
// a unified diff and writes nothing (the re-lint reads the fixed texts from memory); with
// --stdin, --fix prints the whole fixed text on standard output instead.

import { readFileSync } from 'node:fs';
import { localize, type Lang } from '../i18n/lang.js';
import { lintSources, type LintRun, type LintRunOptions, type LintSource } from '../engine/lint.js';
import { lintFilesParallel } from '../engine/parallel-lint.js';
import type { Finding } from '../engine/types.js';
import { planFixes } from '../fix/fix-files.js';
import { unifiedDiff } from '../fix/unified-diff.js';
import { ChangedOnDiskError, writeFileAtomic } from '../pipeline/atomic-file.js';
import { CLI_MESSAGES } from './messages.js';
import { REPO_MESSAGES } from './repo-messages.js';
import { UsageError, type CommandIO } from './usage.js';

/** write: fix the files; diff: print what would change; stdout: print the fixed text of the (stdin) sources. */
export type FixMode = 'write' | 'diff' | 'stdout';

export interface FixOptions {
  mode: FixMode;
  /** Which reported findings to fix (e.g. errors only with --quiet). */
  include?: (finding: Finding) => boolean;
  /** The options of the first run, used again for the re-lint. */
  lintOptions: LintRunOptions;
  lang: Lang;
}

/** Applies the fixes of `run` (linted from `sources`) and returns the run after them (re-linted). */
export async function fixAndRelint(run: LintRun, sources: LintSource[], io: CommandIO, options: FixOptions): Promise<LintRun> {
  const given = new Map(sources.flatMap((source) => (source.text === undefined ? [] : [[source.file, source.text] as const])));
  const plans = planFixes(run.results, options.include, (file) => given.get(file) ?? readFileSync(file, 'utf8')).filter((p) => p.applied.length > 0 || p.skipped.length > 0);
  const lang = options.lang;
  for (const plan of plans) {
    for (const { fix, reason } of plan.skipped) {
      io.stderr(`${localize(REPO_MESSAGES.fixSkipped, lang, { file: plan.displayPath, from: fix.from, to: fix.to, reason })}\n`);
    }
  }
  const changed = plans.filter((p) => p.after !== p.before);
  const count = changed.reduce((n, p) => n + p.applied.length, 0);
  const texts = new Map(changed.map((p) => [p.file, p.after.replace(/^\uFEFF/, '')]));
  if (options.mode === 'stdout') for (const source of sources) io.stdout(texts.get(source.file) ?? source.text ?? '');
  if (changed.length === 0) {
    io.stderr(`${localize(REPO_MESSAGES.fixNone, lang)}\n`);
    return run;
  }
  if (options.mode !== 'write') {
    if (options.mode === 'diff') for (const plan of changed) io.stdout(unifiedDiff(plan.displayPath, plan.before, plan.after));
    const message = options.mode === 'diff' ? REPO_MESSAGES.fixWouldApply : REPO_MESSAGES.fixApplied;
    io.stderr(`${localize(message, lang, { count, files: changed.length })}\n`);
    return lintSources(
      sources.map((source) => (texts.has(source.file) ? { file: source.file, text: texts.get(source.file) } : source)),
      options.lintOptions,
    );
  }
  const refused: string[] = [];
  for (const plan of changed) {
    try {
      // Written only if the file still holds what was read: an edit made meanwhile is never lost.
      writeFileAtomic(plan.file, plan.after, { expected: plan.before });
    } catch (error) {
      if (error instanceof ChangedOnDiskError) refused.push(localize(REPO_MESSAGES.fixChangedOnDisk, lang, { file: plan.displayPath }));
      else throw new UsageError(localize(CLI_MESSAGES.cannotWrite, lang, { file: plan.displayPath, detail: (error as Error).message }));
    }
  }
  if (refused.length > 0) throw new UsageError(refused.join('\n'));
  io.stderr(`${localize(REPO_MESSAGES.fixApplied, lang, { count, files: changed.length })}\n`);
  return lintFilesParallel(
    sources.map((source) => source.file),
    options.lintOptions,
  );
}
