// The work of `sop report`, loaded only when the command runs (report-command.ts defines its options and help).

import path from 'node:path';
import { ConfigError, ConfigResolver } from '../config/load-config.js';
import type { KpiEntry } from '../config/types.js';
import { lintFilesParallel } from '../engine/parallel-lint.js';
import { localize, type Lang } from '../i18n/lang.js';
import { DiscoveryError, discoverFiles } from '../loader/discover.js';
import { headCommit } from '../git/git.js';
import type { AsOf } from '../report/build-report.js';
import { isoDay, sourceDate, sourceDay } from '../pipeline/source-date.js';
import { toStdout, writeOutput } from './output-file.js';
import { CLI_MESSAGES } from './messages.js';
import { REPO_MESSAGES } from './repo-messages.js';
import { REPORT_FORMATS } from './report-formats.js';
import { UsageError, warnUnreadable, type CommandIO } from './usage.js';

export interface ReportFlags {
  format?: string;
  outputFile?: string;
  config?: string;
  lang?: Lang;
}

function formatFor(flags: ReportFlags): string {
  if (flags.format) return flags.format;
  const extension = toStdout(flags.outputFile) ? '' : path.extname(flags.outputFile!).slice(1).toLowerCase();
  if (extension === 'htm') return 'html';
  if (extension === 'markdown') return 'md';
  return extension in REPORT_FORMATS ? extension : 'md';
}

/** The KPI registries and unit lists of every config in use, merged (first one wins per id). */
function mergeConfigs(configs: { kpis: KpiEntry[]; units: string[] }[]): { kpis: KpiEntry[]; units: string[] } {
  const kpis: KpiEntry[] = [];
  const units: string[] = [];
  for (const config of configs) {
    for (const kpi of config.kpis) if (!kpis.some((k) => k.id === kpi.id)) kpis.push(kpi);
    for (const unit of config.units) if (!units.includes(unit)) units.push(unit);
  }
  return { kpis, units };
}

/** The report's as-of stamp: SOURCE_DATE_EPOCH or now, and HEAD's commit when the folder is in a Git repository. */
function asOfNow(cwd: string): AsOf {
  const commit = headCommit(cwd);
  return { date: isoDay(sourceDay()), time: sourceDate().toISOString(), ...(commit ? { commit } : {}) };
}

/** `sop report [paths…]` with its flags. */
export async function reportAction(io: CommandIO, paths: string[], flags: ReportFlags): Promise<void> {
  const lang: Lang = flags.lang ?? 'zh-TW';
  try {
    const resolver = new ConfigResolver(io.cwd, lang, flags.config);
    const cwdConfig = resolver.forCwd();
    const files = discoverFiles(paths, { cwd: io.cwd, include: paths.length === 0 ? cwdConfig.include : undefined, exclude: cwdConfig.exclude, configRoot: cwdConfig.root, onUnreadable: warnUnreadable(io, lang) });
    if (files.length === 0) throw new UsageError(localize(CLI_MESSAGES.noFiles, flags.lang ?? cwdConfig.lang ?? 'zh-TW', { where: paths.join(' ') || io.cwd }));
    // In this thread: the report needs each SOP model, which worker threads do not send back.
    const run = await lintFilesParallel(files, { cwd: io.cwd, configFile: flags.config, lang: flags.lang }, { withModels: true });
    const configs = [...new Set(run.results.map((r) => resolver.forFile(r.filePath)))];
    const { kpis, units } = mergeConfigs(configs);
    const reportLang = flags.lang ?? run.lang;
    const { buildReport } = await import('../report/build-report.js');
    const report = buildReport({
      asOf: asOfNow(io.cwd),
      files: run.results.map((result) => ({ result, hoursPerDay: resolver.forFile(result.filePath).hoursPerDay })),
      kpis,
      units,
      lang: reportLang,
    });
    const output = (await REPORT_FORMATS[formatFor(flags)]!())(report, reportLang);
    if (writeOutput(io, flags.outputFile, output, reportLang)) {
      io.stderr(`${localize(REPO_MESSAGES.reportWrote, reportLang, { file: flags.outputFile })}\n`);
    }
  } catch (error) {
    if (error instanceof DiscoveryError) throw new UsageError(localize(CLI_MESSAGES.noSuchPath, lang, { path: error.message }));
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}
