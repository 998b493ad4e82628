// `sop report [paths…]`: the repository's SOPs as a report for people who do not read YAML —
// the SOP list by unit, the 展開表 of the config's KPI registry, standard times against
// deadlines, lint counts by unit — as md, html (one self-contained page), csv or json.

import { Command, Option } from 'commander';
import type { ReportFlags } from './report-action.js';
import { REPORT_FORMATS } from './report-formats.js';
import type { CommandIO } from './usage.js';

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

export function reportCommand(io: CommandIO): Command {
  return new Command('report')
    .description('產生 SOP 報表：一覽表、展開表、標準工時與檢查結果 / report on the SOPs: list by unit, KPI table, standard times, lint counts')
    .argument('[paths...]', 'files, folders or globs (default: every *.sop.yaml / *.sop.yml under the current folder)')
    .addOption(new Option('-f, --format <name>', 'output format (default: from the -o extension, else md)').choices(Object.keys(REPORT_FORMATS)))
    .option('-o, --output-file <file>', 'write the report to a file (- for standard output)')
    .option('-c, --config <file>', 'use this sop.config.yaml for every file instead of the nearest one')
    .addOption(new Option('--lang <lang>', 'language of headings').choices(['zh-TW', 'en']))
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], flags: ReportFlags) => (await import('./report-action.js')).reportAction(io, paths, flags));
}
