// The work of `sop lint`, loaded only when the command runs (lint-command.ts defines its options and help):
// the rule flags, the config, then lint-run.ts (what it lints, where the report goes) or --print-config.

import path from 'node:path';
import { ConfigError, ConfigResolver } from '../config/load-config.js';
import { describeConfig, formatConfigDescription } from '../config/print-config.js';
import { allRuleMetas, countBySeverity } from '../engine/lint.js';
import { contractMessage, unknownRuleProblem } from '../engine/rule-contract.js';
import { Timing } from '../engine/timing.js';
import type { RuleMeta, SeveritySetting } from '../engine/types.js';
import { localize, type Lang } from '../i18n/lang.js';
import { DiscoveryError, isIgnored, projectRoot } from '../loader/discover.js';
import { displayPathOf } from '../loader/load-sop.js';
import { emitReport, lintPaths, lintStdin, type LintFlags, type LintScope } from './lint-run.js';
import { CLI_MESSAGES } from './messages.js';
import { writeOutput } from './output-file.js';
import { REPO_MESSAGES } from './repo-messages.js';
import { UsageError, type CommandIO } from './usage.js';

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

/** --max-warnings: a whole number; a negative one (ESLint's -1) means no limit. */
function parseMaxWarnings(value: string | undefined, lang: Lang): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value.trim())) throw new UsageError(localize(CLI_MESSAGES.badNumber, lang, { option: '--max-warnings', value }));
  const max = Number(value);
  return max < 0 ? undefined : max;
}

/** Flags that do not go together: usage errors before anything is read. */
function checkCombinations(paths: string[], flags: LintFlags, lang: Lang): void {
  if (flags.fix && flags.fixDryRun) throw new UsageError(localize(REPO_MESSAGES.fixBoth, lang));
  if (flags.stdinFilename !== undefined && !flags.stdin) throw new UsageError(localize(CLI_MESSAGES.stdinFilenameAlone, lang));
  if (flags.stdin && paths.length > 0) throw new UsageError(localize(CLI_MESSAGES.stdinWithPaths, lang, { paths: paths.join(' ') }));
  if (flags.stdin && flags.changedSince !== undefined) throw new UsageError(localize(CLI_MESSAGES.notWithStdin, lang, { option: '--changed-since' }));
  if (flags.printConfig !== undefined && paths.length > 0) throw new UsageError(localize(CLI_MESSAGES.printConfigPaths, lang, { paths: paths.join(' ') }));
}

/** --print-config <file>: the config that applies to the file, as YAML (JSON with --format json). */
function printConfig(scope: LintScope, overrides: Record<string, SeveritySetting>): void {
  const { io, flags } = scope;
  const file = path.resolve(io.cwd, flags.printConfig!);
  const description = describeConfig({
    file,
    config: scope.resolver.forFile(file),
    explicit: flags.config !== undefined,
    metas: scope.metas,
    overrides,
    lang: flags.lang,
    ignored: isIgnored(file, scope.discovery),
  });
  const text = formatConfigDescription(description, flags.format === 'json' ? 'json' : 'yaml', description.lang, displayPathOf(file, io.cwd));
  writeOutput(io, flags.outputFile, text, description.lang);
}

/** `sop lint [paths…]` with its flags. */
export async function lintAction(io: CommandIO, paths: string[], flags: LintFlags): Promise<void> {
  const lang: Lang = flags.lang ?? 'zh-TW';
  const metas = allRuleMetas();
  const overrides = parseRuleFlags(flags.rule ?? [], lang, metas);
  const maxWarnings = parseMaxWarnings(flags.maxWarnings, lang);
  checkCombinations(paths, flags, lang);
  const timing = io.env.SOP_TIMING ? new Timing() : undefined;
  try {
    const resolver = new ConfigResolver(io.cwd, lang, flags.config);
    const cwdConfig = resolver.forCwd();
    const scope: LintScope = {
      io,
      flags,
      resolver,
      cwdConfig,
      lang: flags.lang ?? cwdConfig.lang ?? 'zh-TW',
      metas,
      root: projectRoot(io.cwd, cwdConfig.root),
      discovery: { cwd: io.cwd, exclude: cwdConfig.exclude, configRoot: cwdConfig.root, ignorePatterns: flags.ignorePattern ?? [] },
      lintOptions: { cwd: io.cwd, configFile: flags.config, ruleOverrides: overrides, lang: flags.lang, ...(timing ? { timing } : {}) },
    };
    if (flags.printConfig !== undefined) return printConfig(scope, overrides);
    const run = flags.stdin ? await lintStdin(scope) : await lintPaths(scope, paths);
    if (!run) return;
    const results = flags.quiet ? run.results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : run.results;
    emitReport(scope, results, run.lang, { toStderr: flags.stdin && flags.fix });
    if (timing) io.stderr(timing.table(timingRows(io.env.SOP_TIMING)));
    const { errors, warnings } = countBySeverity(run.results);
    if (errors > 0) io.exitCode = 1;
    else if (maxWarnings !== undefined && warnings > maxWarnings) {
      io.stderr(`${localize(CLI_MESSAGES.tooManyWarnings, run.lang, { count: warnings, max: maxWarnings })}\n`);
      io.exitCode = 1;
    }
  } catch (error) {
    if (error instanceof DiscoveryError) throw new UsageError(localize(CLI_MESSAGES.noSuchPath, lang, { path: error.message }));
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

/** How many rows SOP_TIMING prints: every one for `all`, else the number given but at least 10 (SOP_TIMING=1: 10), as ESLint's TIMING. */
export function timingRows(value: string | undefined): number {
  if (value === 'all') return Infinity;
  const n = Number.parseInt(value ?? '', 10);
  return Number.isInteger(n) && n > 10 ? n : 10;
}
