// The report as ONE self-contained HTML page a section chief can open from a file or an
// e-mail: inline CSS, no script, no font or image from the network, every text escaped
// (safe-html.ts), printable on A4 landscape. It ends with each SOP's findings.

import type { Lang } from '../i18n/lang.js';
import type { DeadlineStatus, Report, ReportFinding, SopRef } from './build-report.js';
import { asOfText, label, sopName, summaryText } from './labels.js';
import { html, Html } from './safe-html.js';
import { sopCells, sopHeader, TIME_COLUMNS, type SopColumn } from './sop-rows.js';

const STYLE = `
:root { color-scheme: light; }
body { font-family: "Noto Sans TC", "PingFang TC", "Microsoft JhengHei", "Heiti TC", sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1a1a1a; line-height: 1.5; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
h2 { font-size: 1.25rem; margin-top: 2.5rem; border-bottom: 2px solid #1f4e79; padding-bottom: .2rem; color: #1f4e79; }
h3 { font-size: 1.05rem; margin-top: 1.5rem; }
p.summary { color: #444; margin-top: 0; }
p.note { color: #555; font-size: .9rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid #b7c3d0; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #e8eef5; font-weight: 600; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: 600; background: #f5f7fa; }
td.unit, td.nowrap { white-space: nowrap; }
.status-within { color: #1b6e20; }
.status-may-exceed { color: #8a5a00; font-weight: 600; }
.status-exceeds { color: #b00020; font-weight: 600; }
.muted { color: #777; }
.sev-error { color: #b00020; font-weight: 600; }
.sev-warn { color: #8a5a00; }
h3 .muted { font-weight: normal; font-size: .85rem; }
ul { margin-top: .25rem; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
@page { size: A4 landscape; margin: 12mm; }
`;

function table(header: string[], rows: Html[], numeric: ReadonlySet<number> = new Set()): Html {
  return html`<table><thead><tr>${header.map((h, i) => html`<th${numeric.has(i) ? html` class="num"` : ''}>${h}</th>`)}</tr></thead><tbody>${rows}</tbody></table>`;
}

function list(items: string[], lang: Lang): Html {
  return items.length === 0 ? html`<p class="muted">${label('none', lang)}</p>` : html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

function sopList(sops: SopRef[]): Html {
  return sops.length === 0 ? html`<span class="muted">—</span>` : html`${sops.map((s, i) => html`${i > 0 ? html`<br>` : ''}${sopName(s)}`)}`;
}

function unitListSection(report: Report, lang: Lang): Html {
  const rows = report.units.flatMap((u) =>
    u.sops.map((s, i) => html`<tr>${i === 0 ? html`<td class="unit" rowspan="${u.sops.length}">${u.unit}</td>` : ''}<td>${s.code ?? ''}</td><td>${s.title}</td></tr>`),
  );
  return html`<h2>${label('listHeading', lang)}</h2>${table([label('unit', lang), label('code', lang), label('name', lang)], rows)}`;
}

function kpiSection(report: Report, lang: Lang): Html {
  const kpi = report.kpiTable;
  const body =
    kpi.goals.length === 0
      ? html`<p class="muted">${label('noRegistry', lang)}</p>`
      : html`${table(
          [label('goal', lang), label('indicator', lang), label('servingSops', lang)],
          kpi.goals.flatMap((g) =>
            g.indicators.map(
              (ind, i) =>
                html`<tr>${i === 0 ? html`<td rowspan="${g.indicators.length}">${g.goal ?? label('noGoal', lang)}</td>` : ''}<td>${ind.id} ${ind.name}</td><td>${sopList(ind.sops)}</td></tr>`,
            ),
          ),
        )}<h3>${label('unserved', lang)}</h3>${list(kpi.unserved.map((k) => `${k.id} ${k.name}`), lang)}`;
  const unknown =
    kpi.unknown.length > 0 ? html`<h3>${label('unknownKpis', lang)}</h3>${list(kpi.unknown.map((u) => `${sopName(u.sop)}：${u.kpi}`), lang)}` : '';
  return html`<h2>${label('kpiHeading', lang)}</h2>${body}<h3>${label('servingNone', lang)}</h3>${list(
    kpi.sopsServingNone.map((s) => `${s.unit} ${sopName(s)}`),
    lang,
  )}${unknown}`;
}

function timeSection(report: Report, lang: Lang): Html {
  const short = new Set<SopColumn>(['code', 'shortest', 'longest', 'deadline']);
  const rows = report.sops.map((row) => {
    const cells = sopCells(row, lang, TIME_COLUMNS);
    const status: DeadlineStatus = row.deadlineStatus;
    return html`<tr>${cells.map((c, i) => {
      const column = TIME_COLUMNS[i]!;
      if (column === 'verdict') return html`<td class="nowrap status-${status}">${c}</td>`;
      return short.has(column) ? html`<td class="nowrap">${c}</td>` : html`<td>${c}</td>`;
    })}</tr>`;
  });
  return html`<h2>${label('timeHeading', lang)}</h2><p class="note">${label('timeNote', lang)}</p>${table(sopHeader(lang, TIME_COLUMNS), rows)}`;
}

function lintSection(report: Report, lang: Lang): Html {
  const numbers = (values: number[]) => values.map((n) => html`<td class="num">${n}</td>`);
  const rows = [
    ...report.lintByUnit.map((u) => html`<tr><td>${u.unit}</td>${numbers([u.sops, u.errors, u.warnings, u.infos])}</tr>`),
    html`<tr class="total"><td>${label('total', lang)}</td>${numbers([report.totals.sops, report.totals.errors, report.totals.warnings, report.totals.infos])}</tr>`,
  ];
  const header = [label('unit', lang), label('sops', lang), label('errors', lang), label('warnings', lang), label('infos', lang)];
  const unloaded =
    report.unloaded.length > 0
      ? html`<h3>${label('unloaded', lang)}</h3>${table(
          [label('file', lang), label('errors', lang), label('warnings', lang), label('infos', lang)],
          report.unloaded.map((u) => html`<tr><td>${u.file}</td>${numbers([u.errors, u.warnings, u.infos])}</tr>`),
          new Set([1, 2, 3]),
        )}`
      : '';
  return html`<h2>${label('lintHeading', lang)}</h2>${table(header, rows, new Set([1, 2, 3, 4]))}${unloaded}`;
}

/** One table of findings: where, severity, rule, step, message. */
function findingTable(findings: readonly ReportFinding[], lang: Lang): Html {
  return table(
    [label('where', lang), label('severity', lang), label('rule', lang), label('step', lang), label('message', lang)],
    findings.map(
      (f) =>
        html`<tr><td class="nowrap">${`${f.line}:${f.column}`}</td><td class="nowrap sev-${f.severity}">${label(f.severity, lang)}</td><td class="nowrap">${f.ruleId}</td><td class="nowrap">${f.stepId ?? ''}</td><td>${f.message}</td></tr>`,
    ),
  );
}

/** Each SOP's findings (and those of files that did not load), then the SOPs without any. */
function findingsSection(report: Report, lang: Lang): Html {
  const withFindings = report.sops.filter((row) => row.findings.length > 0);
  const clean = report.sops.filter((row) => row.findings.length === 0);
  const blocks = [
    ...withFindings.map((row) => html`<h3>${row.unit} ${sopName(row)} <span class="muted">${row.file}</span></h3>${findingTable(row.findings, lang)}`),
    ...report.unloaded.filter((u) => u.findings.length > 0).map((u) => html`<h3>${u.file}</h3>${findingTable(u.findings, lang)}`),
  ];
  const rest =
    blocks.length === 0 ? html`<p class="muted">${label('allClean', lang)}</p>` : clean.length > 0 ? html`<p class="note">${label('noFindings', lang, { sops: clean.map(sopName).join('、') })}</p>` : '';
  return html`<h2>${label('findingsHeading', lang)}</h2>${blocks}${rest}`;
}

export function formatHtml(report: Report, lang: Lang): string {
  const page = html`<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${label('title', lang)}</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
<h1>${label('title', lang)}</h1>
<p class="summary">${asOfText(report, lang)}<br>${summaryText(report, lang)}</p>
${unitListSection(report, lang)}
${kpiSection(report, lang)}
${timeSection(report, lang)}
${lintSection(report, lang)}
${findingsSection(report, lang)}
</body>
</html>
`;
  return page.value;
}
