// The report as GitHub-flavoured Markdown: a heading per section and a table each.

import type { Lang } from '../i18n/lang.js';
import type { Report } from './build-report.js';
import { asOfText, label, sopName, summaryText } from './labels.js';
import { sopCells, sopHeader, TIME_COLUMNS } from './sop-rows.js';

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

function list(items: string[], lang: Lang): string {
  return items.length === 0 ? label('none', lang) : items.map((item) => `- ${cell(item)}`).join('\n');
}

export function formatMarkdown(report: Report, lang: Lang): string {
  const out: string[] = [`# ${label('title', lang)}`, '', asOfText(report, lang), '', summaryText(report, lang), ''];

  out.push(`## ${label('listHeading', lang)}`, '');
  out.push(
    table(
      [label('unit', lang), label('code', lang), label('name', lang)],
      report.units.flatMap((u) => u.sops.map((s) => [u.unit, s.code ?? '', s.title])),
    ),
    '',
  );

  out.push(`## ${label('kpiHeading', lang)}`, '');
  const kpi = report.kpiTable;
  if (kpi.goals.length === 0) {
    out.push(label('noRegistry', lang), '');
  } else {
    out.push(
      table(
        [label('goal', lang), label('indicator', lang), label('servingSops', lang)],
        kpi.goals.flatMap((g) =>
          g.indicators.map((i) => [g.goal ?? label('noGoal', lang), `${i.id} ${i.name}`, i.sops.length === 0 ? '—' : i.sops.map(sopName).join('、')]),
        ),
      ),
      '',
    );
    out.push(`### ${label('unserved', lang)}`, '', list(kpi.unserved.map((k) => `${k.id} ${k.name}`), lang), '');
  }
  out.push(`### ${label('servingNone', lang)}`, '', list(kpi.sopsServingNone.map((s) => `${s.unit} ${sopName(s)}`), lang), '');
  if (kpi.unknown.length > 0) out.push(`### ${label('unknownKpis', lang)}`, '', list(kpi.unknown.map((u) => `${sopName(u.sop)}: ${u.kpi}`), lang), '');

  out.push(`## ${label('timeHeading', lang)}`, '', label('timeNote', lang), '');
  out.push(
    table(
      sopHeader(lang, TIME_COLUMNS),
      report.sops.map((row) => sopCells(row, lang, TIME_COLUMNS)),
    ),
    '',
  );

  out.push(`## ${label('lintHeading', lang)}`, '');
  out.push(
    table(
      [label('unit', lang), label('sops', lang), label('errors', lang), label('warnings', lang), label('infos', lang)],
      [
        ...report.lintByUnit.map((u) => [u.unit, String(u.sops), String(u.errors), String(u.warnings), String(u.infos)]),
        [label('total', lang), String(report.totals.sops), String(report.totals.errors), String(report.totals.warnings), String(report.totals.infos)],
      ],
    ),
    '',
  );
  if (report.unloaded.length > 0) {
    out.push(`### ${label('unloaded', lang)}`, '');
    out.push(
      table(
        [label('file', lang), label('errors', lang), label('warnings', lang), label('infos', lang)],
        report.unloaded.map((u) => [u.file, String(u.errors), String(u.warnings), String(u.infos)]),
      ),
      '',
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}
