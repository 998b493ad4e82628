// The work of `sop diff`, loaded only when the command runs (diff-command.ts defines its options and help).

import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, ConfigResolver } from '../config/load-config.js';
import { buildProjectIndex, checkLoaded } from '../engine/lint.js';
import type { FileResult } from '../engine/types.js';
import { diffSops, hasDifferences, type SopDiff } from '../diff/sop-diff.js';
import { formatDiffJson, formatDiffText, type DiffProblem, type DiffReport, type FileDiff } from '../diff/format-diff.js';
import { stylish } from '../format/stylish.js';
import { changedFiles, changedSubmodules, objectType, repoRoot, resolveRef, showFile } from '../git/git.js';
import { localize, type Lang } from '../i18n/lang.js';
import { isDynamicPattern } from 'tinyglobby';
import { displayPathOf, loadSopBytes, loadSopFile, type LoadedFile } from '../loader/load-sop.js';
import { SOP_FILE_PATTERN } from '../loader/discover.js';
import { DIFF_CLI_MESSAGES } from './diff-messages.js';
import { PIPELINE_MESSAGES } from '../pipeline/messages.js';
import { gitUsageError } from './git-usage.js';
import { packageVersion } from './package-version.js';
import { CLI_MESSAGES } from './messages.js';
import { useColor } from './color.js';
import { toStdout, writeOutput } from './output-file.js';
import { UsageError, type CommandIO } from './usage.js';

export interface DiffFlags {
  base?: string;
  format: 'text' | 'json';
  exitCode?: boolean;
  config?: string;
  lang?: Lang;
  outputFile?: string;
  color?: boolean;
}

/** One file to compare: each side's text (undefined = that version does not exist). */
interface Pair {
  file: string;
  previousFile?: string;
  /** Absolute path in the working tree, for the config lookup. */
  absolute: string;
  load(side: 'old' | 'new', hoursPerDay: number): LoadedFile | undefined;
}

function twoFilePairs(paths: string[], cwd: string, lang: Lang): Pair[] {
  if (paths.length !== 2) throw new UsageError(localize(DIFF_CLI_MESSAGES.diffArguments, lang));
  const [oldFile, newFile] = paths.map((p) => {
    const absolute = path.resolve(cwd, p);
    if (!existsSync(absolute)) throw new UsageError(localize(CLI_MESSAGES.noSuchPath, lang, { path: p }));
    if (!statSync(absolute).isFile()) throw new UsageError(localize(DIFF_CLI_MESSAGES.notAFile, lang, { path: p }));
    return absolute;
  }) as [string, string];
  const file = displayPathOf(newFile, cwd);
  const previousFile = displayPathOf(oldFile, cwd);
  return [
    {
      file,
      previousFile: previousFile === file ? undefined : previousFile,
      absolute: newFile,
      load: (side, hoursPerDay) => loadSopFile(side === 'old' ? oldFile : newFile, { cwd, hoursPerDay }),
    },
  ];
}

function basePairs(ref: string, paths: string[], cwd: string, lang: Lang): { pairs: Pair[]; commit: string; submodules: string[] } {
  try {
    const root = repoRoot(cwd);
    const commit = resolveRef(ref, cwd);
    for (const p of paths) {
      // A path must exist now or in the base version (a deleted SOP may be named); globs are git's.
      if (isDynamicPattern(p)) continue;
      const absolute = path.resolve(cwd, p);
      const inRepo = path.relative(root, absolute).split(path.sep).join('/');
      if (!existsSync(absolute) && (inRepo.startsWith('..') || objectType(commit, inRepo, cwd) === undefined)) {
        throw new UsageError(localize(CLI_MESSAGES.noSuchPath, lang, { path: p }));
      }
    }
    const pairs = changedFiles(commit, cwd, { paths, match: SOP_FILE_PATTERN }).map((change): Pair => {
      const oldPath = change.previousPath ?? change.path;
      const oldAbsolute = path.join(root, ...oldPath.split('/'));
      const file = displayPathOf(change.absolutePath, cwd);
      const previousFile = change.previousPath === undefined ? undefined : displayPathOf(oldAbsolute, cwd);
      return {
        file,
        previousFile,
        absolute: change.absolutePath,
        load(side, hoursPerDay) {
          if (side === 'new') return change.status === 'deleted' ? undefined : loadSopFile(change.absolutePath, { cwd, hoursPerDay });
          if (change.status === 'added') return undefined;
          const bytes = showFile(commit, oldPath, cwd);
          if (bytes === undefined) return undefined;
          // Shown as git names it, so that `git show <ref>:<path>` finds the same text.
          return loadSopBytes(bytes, oldAbsolute, `${ref}:${oldPath}`, { cwd, hoursPerDay });
        },
      };
    });
    return { pairs, commit, submodules: changedSubmodules(commit, cwd) };
  } catch (error) {
    throw gitUsageError(error, lang, '--base');
  }
}

/** `sop diff [paths…]` with its flags. */
export function diffAction(io: CommandIO, paths: string[], flags: DiffFlags): void {
  let resolver: ConfigResolver;
  try {
    resolver = new ConfigResolver(io.cwd, flags.lang ?? 'zh-TW', flags.config);
    const lang: Lang = flags.lang ?? resolver.forCwd().lang ?? 'zh-TW';
    run(paths, flags, lang, resolver);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }

  function run(paths: string[], flags: DiffFlags, lang: Lang, resolver: ConfigResolver): void {
    const { pairs, commit, submodules } =
      flags.base === undefined ? { pairs: twoFilePairs(paths, io.cwd, lang), commit: undefined, submodules: [] } : basePairs(flags.base, paths, io.cwd, lang);
    for (const submodule of submodules) io.stderr(`${localize(PIPELINE_MESSAGES.submoduleNotCompared, lang, { path: submodule, option: '--base' })}\n`);
    const files: FileDiff[] = [];
    const broken: FileResult[] = [];
    for (const pair of pairs) {
      const config = resolver.forFile(pair.absolute);
      const sides = { old: pair.load('old', config.hoursPerDay), new: pair.load('new', config.hoursPerDay) };
      const invalid = [sides.old, sides.new].filter((side): side is LoadedFile => side !== undefined && side.problems.length > 0);
      const where = { file: pair.file, ...(pair.previousFile === undefined ? {} : { previousFile: pair.previousFile }) };
      if (invalid.length > 0) {
        // The lint engine positions and words load problems exactly as `sop lint` does.
        const results = checkLoaded(
          invalid.map((file) => ({ config, file })),
          buildProjectIndex([]),
          { cwd: io.cwd, lang },
          lang,
        ).map((result) => ({ ...result, findings: result.findings.filter((f) => f.ruleId === 'yaml' || f.ruleId === 'schema') }));
        broken.push(...results);
        const problems: DiffProblem[] = results.flatMap((result) =>
          result.findings.map((f) => ({ file: result.displayPath, line: f.line, column: f.column, ruleId: f.ruleId, severity: f.severity, message: f.message })),
        );
        files.push({ ...where, status: 'invalid', problems });
        continue;
      }
      files.push({ ...where, ...diffSops(sides.old?.sop, sides.new?.sop) });
    }

    const report: DiffReport = { version: 1, base: flags.base === undefined ? null : { ref: flags.base, commit: commit! }, files };
    const color = useColor({ flag: flags.color, terminal: toStdout(flags.outputFile) && io.isTTY, env: io.env });
    const findings = broken.length > 0 ? stylish(broken, { cwd: io.cwd, lang, rules: [], color, version: packageVersion() }) : '';
    let output: string;
    if (flags.format === 'json') {
      output = formatDiffJson(report);
      if (findings) io.stderr(findings.endsWith('\n') ? findings : `${findings}\n`);
    } else {
      output = formatDiffText(report, { lang, color }) + (findings ? `${findings.endsWith('\n') ? findings : `${findings}\n`}` : '');
    }
    writeOutput(io, flags.outputFile, output, lang);

    const differs = files.some((f) => f.status !== 'invalid' && hasDifferences(f as SopDiff));
    if (flags.base !== undefined && pairs.length === 0) io.stderr(`${localize(DIFF_CLI_MESSAGES.noChangedSops, lang, { ref: flags.base })}\n`);
    if (broken.length > 0 || (flags.exitCode && differs)) io.exitCode = 1;
  }
}
