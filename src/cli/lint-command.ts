// `sop lint [paths…]`: the command over the lint engine and the formatters.

import path from 'node:path';
import { Command, Option } from 'commander';
import { ConfigError } from '../config/load-config.js';
import { allRuleMetas, countBySeverity } from '../engine/lint.js';
import { lintFilesParallel } from '../engine/parallel-lint.js';
import { contractMessage, unknownRuleProblem } from '../engine/rule-contract.js';
import type { FileResult, RuleMeta, SeveritySetting } from '../engine/types.js';
import { FORMATTERS, FORMAT_NAMES } from '../format/index.js';
import { repoRoot } from '../git/git.js';
import { localize, type Lang } from '../i18n/lang.js';
import { DiscoveryError, discoverFiles } from '../loader/discover.js';
import { ConfigResolver } from '../config/load-config.js';
import { packageVersion } from './package-version.js';
import { writeFileAtomic } from '../pipeline/atomic-file.js';
import { fixAndRelint } from './lint-fix.js';
import { CLI_MESSAGES } from './messages.js';
import { changedSinceScope } from './changed-since.js';
import { DIFF_CLI_MESSAGES } from './diff-messages.js';
import { REPO_MESSAGES } from './repo-messages.js';
import { UsageError, type CommandIO } from './usage.js';

interface LintFlags {
  format: string;
  config?: string;
  rule: string[];
  maxWarnings?: string;
  quiet?: boolean;
  lang?: Lang;
  outputFile?: string;
  color?: boolean;
  changedSince?: string;
  fix?: boolean;
  fixDryRun?: boolean;
}

const EXAMPLES = `
Examples / 範例:
  $ sop lint                                   lint every *.sop.yaml under the current folder
  $ sop lint sops/ other/petition.sop.yaml     folders and files
  $ sop lint "sops/**/*.sop.yaml" --quiet      a glob; errors only
  $ sop lint --format github                   annotations in GitHub Actions
  $ sop lint --format sarif -o sop.sarif       SARIF 2.1.0 for code scanning
  $ sop lint --format gitlab -o gl-code-quality-report.json   GitLab Code Quality report
  $ sop lint --rule owner:off --rule contact:error
  $ sop lint --lang en --max-warnings 0
  $ sop lint --changed-since origin/main       only SOPs changed since a Git ref (cross-file checks still read all)
  $ sop lint --fix                             apply the safe fixes (form names, preferred terms)
  $ sop lint --fix-dry-run                     print them as a diff; write nothing

Exit codes / 結束代碼: 0 no errors · 1 errors (or too many warnings) · 2 usage or internal error`;

/** The Git working tree's root (GitLab resolves report paths from it), or cwd outside one. */
function repositoryRoot(cwd: string): string {
  try {
    return repoRoot(cwd);
  } catch {
    return cwd;
  }
}

/** Formats the results and writes them to --output-file (always, even when empty) or to standard output. */
function emitReport(io: CommandIO, flags: LintFlags, results: FileResult[], lang: Lang, rules: RuleMeta[]): void {
  const color = flags.color !== false && !process.env.NO_COLOR && !flags.outputFile && io.isTTY;
  const root = flags.format === 'gitlab' ? repositoryRoot(io.cwd) : undefined;
  const output = FORMATTERS[flags.format]!(results, { cwd: io.cwd, root, lang, rules, color, version: packageVersion() });
  if (flags.outputFile) {
    try {
      writeFileAtomic(path.resolve(io.cwd, flags.outputFile), output);
    } catch (error) {
      throw new UsageError(localize(CLI_MESSAGES.cannotWrite, lang, { file: flags.outputFile, detail: (error as Error).message }));
    }
  } else if (output && !flags.fixDryRun) {
    io.stdout(output.endsWith('\n') ? output : `${output}\n`);
  }
}

function parseRuleFlags(values: string[], lang: Lang, metas: readonly RuleMeta[]): Record<string, SeveritySetting> {
  const overrides: Record<string, SeveritySetting> = {};
  for (const value of values) {
    const match = /^([a-z0-9-]+):(error|warn|info|off)$/.exec(value.trim());
    if (!match) throw new UsageError(localize(CLI_MESSAGES.badRule, lang, { value }));
    const unknown = unknownRuleProblem(match[1]!, metas);
    if (unknown) throw new UsageError(contractMessage(unknown, lang));
    overrides[match[1]!] = match[2] as SeveritySetting;
  }
  return overrides;
}

export function lintCommand(io: CommandIO): Command {
  return new Command('lint')
    .description('檢查 SOP 檔案，如同有經驗的審查者 / check SOP files the way an experienced reviewer would')
    .argument('[paths...]', 'files, folders or globs (default: every *.sop.yaml / *.sop.yml under the current folder)')
    .addOption(new Option('-f, --format <name>', '輸出格式 / output format').choices(FORMAT_NAMES).default('stylish'))
    .option('-c, --config <file>', '所有檔案都用這個設定檔，而非最近的 sop.config.yaml / use this config for every file instead of the nearest one')
    .option('--rule <id:severity>', '設定規則的嚴重度（error、warn、info、off），可重複 / set a rule\'s severity (error, warn, info, off); repeatable', (v: string, all: string[]) => [...all, v], [] as string[])
    .option('--max-warnings <n>', '警告超過此數時結束代碼為 1 / exit 1 when there are more warnings than this')
    .option('-q, --quiet', '只報告錯誤 / report errors only')
    .addOption(new Option('--lang <lang>', '訊息語言 / language of messages').choices(['zh-TW', 'en']))
    .option('-o, --output-file <file>', '把報告寫入檔案，而非標準輸出 / write the report to a file instead of standard output')
    .option('--no-color', '不使用顏色（設定 NO_COLOR 或輸出不是終端機時亦同）/ no colours (also when NO_COLOR is set or output is not a terminal)')
    .option('--changed-since <git-ref>', '只檢查自該 Git 參照以來新增或修改的 SOP（跨檔檢查仍讀取全部）/ lint only SOPs added or changed since this Git ref (cross-file checks still read every SOP)')
    .option('--fix', '自動修正可安全修正的問題（表格名稱、建議用詞），保留註解與排版 / apply the safe fixes, keeping comments and layout')
    .option('--fix-dry-run', '以 diff 顯示 --fix 會做的修改，不寫入檔案 / print what --fix would change as a diff; write nothing')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], flags: LintFlags) => {
      const lang: Lang = flags.lang ?? 'zh-TW';
      const metas = allRuleMetas();
      const overrides = parseRuleFlags(flags.rule, lang, metas);
      let maxWarnings: number | undefined;
      if (flags.maxWarnings !== undefined) {
        if (!/^\d+$/.test(flags.maxWarnings)) throw new UsageError(localize(CLI_MESSAGES.badNumber, lang, { option: '--max-warnings', value: flags.maxWarnings }));
        maxWarnings = Number(flags.maxWarnings);
      }
      if (flags.fix && flags.fixDryRun) throw new UsageError(localize(REPO_MESSAGES.fixBoth, lang));
      let files: string[];
      let runLang: Lang;
      try {
        const resolver = new ConfigResolver(io.cwd, lang, flags.config);
        const cwdConfig = resolver.forCwd();
        const messageLang: Lang = flags.lang ?? cwdConfig.lang ?? 'zh-TW';
        const changed =
          flags.changedSince === undefined
            ? undefined
            : changedSinceScope(flags.changedSince, paths, { cwd: io.cwd, lang: messageLang, include: cwdConfig.include, exclude: cwdConfig.exclude, configRoot: cwdConfig.root });
        if (changed && changed.reported.size === 0) {
          // Nothing to report is still a report: `[]`, a SARIF run with no results (CI uploads it next).
          io.stderr(`${localize(DIFF_CLI_MESSAGES.nothingToLint, messageLang, { ref: flags.changedSince })}\n`);
          emitReport(io, flags, [], messageLang, metas);
          return;
        }
        files = changed ? changed.files : discoverFiles(paths, { cwd: io.cwd, include: paths.length === 0 ? cwdConfig.include : undefined, exclude: cwdConfig.exclude, configRoot: cwdConfig.root });
        if (files.length === 0) throw new UsageError(localize(CLI_MESSAGES.noFiles, messageLang, { where: paths.join(' ') || io.cwd }));
        const lintOptions = { cwd: io.cwd, configFile: flags.config, ruleOverrides: overrides, lang: flags.lang, report: changed && ((file: string) => changed.reported.has(file)) };
        let run = await lintFilesParallel(files, lintOptions);
        if (flags.fix || flags.fixDryRun) {
          const include = flags.quiet ? (f: { severity: string }) => f.severity === 'error' : undefined;
          run = await fixAndRelint(run, files, io, { dryRun: Boolean(flags.fixDryRun), include, lintOptions, lang: flags.lang ?? run.lang });
        }
        runLang = run.lang;
        let results = run.results;
        if (flags.quiet) results = results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }));
        emitReport(io, flags, results, runLang, metas);
        const { errors, warnings } = countBySeverity(run.results);
        if (errors > 0) io.exitCode = 1;
        else if (maxWarnings !== undefined && warnings > maxWarnings) {
          io.stderr(`${localize(CLI_MESSAGES.tooManyWarnings, runLang, { count: warnings, max: maxWarnings })}\n`);
          io.exitCode = 1;
        }
      } catch (error) {
        if (error instanceof DiscoveryError) throw new UsageError(localize(CLI_MESSAGES.noSuchPath, lang, { path: error.message }));
        if (error instanceof ConfigError) throw new UsageError(error.message);
        throw error;
      }
    });
}
