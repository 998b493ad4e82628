// `sop report [paths…]`: the repository's SOPs as a report for people who do not read YAML —
// the SOP list by unit, the 展開表 of the config's KPI registry, standard times against
// deadlines, lint counts by unit — as md, html (one self-contained page), csv or json.

import path from 'node:path';
import { Command, Option } from 'commander';
import { ConfigError, ConfigResolver } from '../config/load-config.js';
import type { KpiEntry } from '../config/types.js';
import { lintFilesParallel } from '../engine/parallel-lint.js';
import { localize, type Lang } from '../i18n/lang.js';
import { DiscoveryError, discoverFiles } from '../loader/discover.js';
import { headCommit } from '../git/git.js';
import type { AsOf, Report } from '../report/build-report.js';
import { isoDay, sourceDate, sourceDay } from '../pipeline/source-date.js';
import { toStdout, writeOutput } from './output-file.js';
import { CLI_MESSAGES } from './messages.js';
import { REPO_MESSAGES } from './repo-messages.js';
import { UsageError, warnUnreadable, type CommandIO } from './usage.js';

// The report's code loads only when `sop report` runs (its zh-Hant collator alone costs every
// other command's start-up ~10 ms), and of the formats only the one asked for.
const REPORT_FORMATS: Record<string, () => Promise<(report: Report, lang: Lang) => string>> = {
  md: async () => (await import('../report/format-md.js')).formatMarkdown,
  html: async () => (await import('../report/format-html.js')).formatHtml,
  csv: async () => (await import('../report/format-csv.js')).formatCsv,
  json: async () => {
    const { formatJson } = await import('../report/format-json.js');
    return (report) => formatJson(report);
  },
};

const EXAMPLES = `
Examples / 範例:
  $ sop report                              Markdown to standard output
  $ sop report sops -o report.html          one self-contained page (format from the extension)
  $ sop report --format csv -o sops.csv     one row per SOP; UTF-8 with BOM, opens in Excel
  $ sop report --format json --lang en

The report lists the SOPs by unit, the 展開表 (goal → indicator → SOPs) of the kpis in
sop.config.yaml, each SOP's shortest and longest standard time against its deadline, and the
lint counts per unit and each SOP's findings (html), stamped with the date (SOURCE_DATE_EPOCH, else
today) and the Git commit it was made from. CSV times are numbers of minutes. It exits 0 even when the SOPs have findings (use sop lint to gate).`;

interface ReportFlags {
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

export function reportCommand(io: CommandIO): Command {
  return new Command('report')
    .description('產生 SOP 報表：一覽表、展開表、標準工時與檢查結果 / report on the SOPs: list by unit, KPI table, standard times, lint counts')
    .argument('[paths...]', 'files, folders or globs (default: every *.sop.yaml / *.sop.yml under the current folder)')
    .addOption(new Option('-f, --format <name>', 'output format (default: from the -o extension, else md)').choices(Object.keys(REPORT_FORMATS)))
    .option('-o, --output-file <file>', 'write the report to a file (- for standard output)')
    .option('-c, --config <file>', 'use this sop.config.yaml for every file instead of the nearest one')
    .addOption(new Option('--lang <lang>', 'language of headings').choices(['zh-TW', 'en']))
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], flags: ReportFlags) => {
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
    });
}
