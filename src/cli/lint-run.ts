// What `sop lint` lints and where its report goes: files from paths (or --changed-since), or
// standard input as if it were a file (--stdin, --stdin-filename); the safe fixes; then the
// report in the chosen format to standard output, -o's file, or (--stdin --fix, whose standard
// output is the fixed text) standard error.

import path from 'node:path';
import type { ConfigResolver } from '../config/load-config.js';
import type { ResolvedConfig } from '../config/types.js';
import { lintSources, type LintRun, type LintRunOptions, type LintSource } from '../engine/lint.js';
import { lintFilesParallel } from '../engine/parallel-lint.js';
import type { FileResult, RuleMeta } from '../engine/types.js';
import { FORMATTERS } from '../format/index.js';
import { localize, type Lang } from '../i18n/lang.js';
import { discoverFiles, isIgnored, type DiscoverOptions } from '../loader/discover.js';
import { displayPathOf } from '../loader/load-sop.js';
import { changedSinceScope } from './changed-since.js';
import { useColor } from './color.js';
import { DIFF_CLI_MESSAGES } from './diff-messages.js';
import { PIPELINE_MESSAGES } from '../pipeline/messages.js';
import { fixAndRelint, type FixMode } from './lint-fix.js';
import { CLI_MESSAGES } from './messages.js';
import { toStdout, writeOutput } from './output-file.js';
import { packageVersion } from './package-version.js';
import { UsageError, warnUnreadable, type CommandIO } from './usage.js';

export interface LintFlags {
  format: string;
  config?: string;
  rule?: string[];
  maxWarnings?: string;
  quiet?: boolean;
  lang?: Lang;
  outputFile?: string;
  color?: boolean;
  changedSince?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  printConfig?: string;
  ignorePattern?: string[];
}

/** What one `sop lint` run knows before it lints: its flags, configs, language and discovery. */
export interface LintScope {
  io: CommandIO;
  flags: LintFlags;
  resolver: ConfigResolver;
  cwdConfig: ResolvedConfig;
  /** The language of messages before any file is linted: --lang, else the working folder's config. */
  lang: Lang;
  metas: RuleMeta[];
  /** The base of paths in sarif, github and gitlab reports. */
  root: string;
  discovery: DiscoverOptions;
  lintOptions: LintRunOptions;
}

/** Standard input's name when --stdin-filename is not given, as ESLint names it. */
export const STDIN_NAME = '<text>';

/** Formats the results and writes them to -o's file (always, even when empty), standard output, or standard error. */
export function emitReport(scope: LintScope, results: FileResult[], lang: Lang, options: { toStderr?: boolean } = {}): void {
  const { io, flags } = scope;
  const toStream = toStdout(flags.outputFile);
  const terminal = toStream && (options.toStderr ? io.stderrIsTTY : io.isTTY);
  const color = useColor({ flag: flags.color, terminal, env: io.env });
  const context = { cwd: io.cwd, root: scope.root, lang, rules: scope.metas, color, version: packageVersion() };
  const raw = FORMATTERS[flags.format]!(results, context);
  const output = raw && !raw.endsWith('\n') ? `${raw}\n` : raw;
  if (toStream && options.toStderr) {
    if (output) io.stderr(output);
    return;
  }
  // --fix-dry-run prints its diff on standard output; the report goes there only into a file.
  if (toStream && flags.fixDryRun) return;
  writeOutput(io, flags.outputFile, output, lang);
}

function fixMode(flags: LintFlags, stdin: boolean): FixMode {
  if (flags.fixDryRun) return 'diff';
  return stdin ? 'stdout' : 'write';
}

async function applyFixes(scope: LintScope, run: LintRun, sources: LintSource[]): Promise<LintRun> {
  const { flags } = scope;
  if (!flags.fix && !flags.fixDryRun) return run;
  const include = flags.quiet ? (f: { severity: string }) => f.severity === 'error' : undefined;
  const mode = fixMode(flags, sources.some((s) => s.text !== undefined));
  return fixAndRelint(run, sources, scope.io, { mode, include, lintOptions: scope.lintOptions, lang: flags.lang ?? run.lang });
}

/** Lints the files of `paths` (or of --changed-since); undefined when there is nothing to lint (an empty report was written). */
export async function lintPaths(scope: LintScope, paths: string[]): Promise<LintRun | undefined> {
  const { io, flags, cwdConfig, lang } = scope;
  const changed =
    flags.changedSince === undefined
      ? undefined
      : changedSinceScope(flags.changedSince, paths, { ...scope.discovery, lang, include: cwdConfig.include });
  for (const submodule of changed?.submodules ?? []) {
    io.stderr(`${localize(PIPELINE_MESSAGES.submoduleNotCompared, lang, { path: submodule, option: '--changed-since' })}\n`);
  }
  if (changed && changed.reported.size === 0) {
    // Nothing to report is still a report: `[]`, a SARIF run with no results (CI uploads it next).
    io.stderr(`${localize(DIFF_CLI_MESSAGES.nothingToLint, lang, { ref: flags.changedSince })}\n`);
    emitReport(scope, [], lang);
    return undefined;
  }
  let ignoredNamed = 0;
  const onIgnored = (file: string) => {
    ignoredNamed++;
    io.stderr(`${localize(CLI_MESSAGES.ignoredFile, lang, { file: displayPathOf(file, io.cwd) })}\n`);
  };
  const files = changed
    ? changed.files
    : discoverFiles(paths, { ...scope.discovery, include: paths.length === 0 ? cwdConfig.include : undefined, onIgnored, onUnreadable: warnUnreadable(io, lang) });
  if (files.length === 0) {
    // Files named on their own and all ignored (a pre-commit hook's list): an empty report, exit 0, as ESLint.
    if (ignoredNamed > 0) {
      emitReport(scope, [], lang);
      return undefined;
    }
    throw new UsageError(localize(CLI_MESSAGES.noFiles, lang, { where: paths.join(' ') || io.cwd }));
  }
  const lintOptions = { ...scope.lintOptions, report: changed && ((file: string) => changed.reported.has(file)) };
  const run = await lintFilesParallel(files, lintOptions);
  return applyFixes({ ...scope, lintOptions }, run, files.map((file) => ({ file })));
}

/**
 * Lints standard input as the file --stdin-filename names (its config, its display path; it need
 * not exist), or as `<text>` with the working folder's config. With --fix, standard output is the
 * fixed text. Undefined when the named file is ignored (an empty report was written).
 */
export async function lintStdin(scope: LintScope): Promise<LintRun | undefined> {
  const { io, flags } = scope;
  const text = (await io.readStdin()).replace(/^\uFEFF/, '');
  const file = path.resolve(io.cwd, flags.stdinFilename ?? STDIN_NAME);
  if (flags.stdinFilename !== undefined && isIgnored(file, scope.discovery)) {
    io.stderr(`${localize(CLI_MESSAGES.ignoredFile, scope.lang, { file: displayPathOf(file, io.cwd) })}\n`);
    if (flags.fix) io.stdout(text);
    emitReport(scope, [], scope.lang, { toStderr: flags.fix });
    return undefined;
  }
  const sources = [{ file, text }];
  const run = await applyFixes(scope, lintSources(sources, scope.lintOptions), sources);
  if (flags.stdinFilename !== undefined) return run;
  return { ...run, results: run.results.map((r) => ({ ...r, filePath: STDIN_NAME, displayPath: STDIN_NAME })) };
}
