import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/engine/types.js';
import { loadSopText } from '../../src/loader/load-sop.js';
import { buildReport, type AsOf } from '../../src/report/build-report.js';
import { formatJson } from '../../src/report/format-json.js';
import { formatCsv } from '../../src/report/format-csv.js';
import { formatHtml } from '../../src/report/format-html.js';
import { formatMarkdown } from '../../src/report/format-md.js';

function sop(yaml: string, file: string, findings: FileResult['findings'] = []): { result: FileResult; hoursPerDay: number } {
  const loaded = loadSopText(yaml, `/repo/${file}`, file, { cwd: '/repo', hoursPerDay: 8 });
  expect(loaded.problems).toEqual([]);
  return { result: { filePath: loaded.file, displayPath: file, findings, sop: loaded.sop }, hoursPerDay: 8 };
}

// A decision: 1h → (yes: 1-2d → done) | (no: 10m → done); one step has no time.
const BRANCHING = `sop: 1
id: branching
title: 分流<作業>
unit: 研考科
code: 研考-02
deadline: 1d
kpis: [k1, 不存在的指標]
steps:
  - {id: s, kind: start, text: 受理, time: 1h}
  - {id: d, kind: decision, text: 是否受理？, branches: {是: long, 否: short}}
  - {id: long, text: 辦理, time: 1-2d, next: e}
  - {id: short, text: 退件, time: 10m}
  - {id: e, kind: end, text: 結案}
legal: []
forms: []
`;

const SIMPLE = `sop: 1
id: simple
title: 簡單作業
unit: 研考科
code: 研考-01
steps:
  - {id: s, kind: start, text: 開始, time: 30m}
  - {id: e, kind: end, text: 結束}
legal: []
forms: []
`;

const OTHER = `sop: 1
id: other
title: 他科作業
unit: 資訊科
kpis: [帳號如期開通率]
steps:
  - {id: s, kind: start, text: 開始, time: 2h}
  - {id: e, kind: end, text: 結束}
legal: []
forms: []
`;

const KPIS = [
  { id: 'K1', name: '如期結案率', goal: '提升服務品質' },
  { id: 'K2', name: '帳號如期開通率', goal: '提升服務品質' },
  { id: 'K3', name: '滿意度', goal: '提升滿意度' },
];

const finding = (severity: 'error' | 'warn' | 'info') => ({ ruleId: 'x', severity, message: 'm', messageId: 'm', line: 1, column: 1, endLine: 1, endColumn: 1 });

const AS_OF = { date: '2026-12-06', time: '2026-12-06T05:00:00.000Z', commit: 'abc1234' };

function build(asOf: AsOf = AS_OF) {
  return buildReport({
    asOf,
    files: [
      sop(OTHER, 'b/other.sop.yaml', [finding('error')]),
      sop(BRANCHING, 'a/branching.sop.yaml', [finding('warn'), finding('warn'), finding('info')]),
      sop(SIMPLE, 'a/simple.sop.yaml'),
      { result: { filePath: '/repo/broken.sop.yaml', displayPath: 'broken.sop.yaml', findings: [finding('error')] }, hoursPerDay: 8 },
    ],
    kpis: KPIS,
    units: ['研考科'],
  });
}

describe('buildReport', () => {
  it('lists SOPs by unit (config order first) and by code', () => {
    const report = build();
    expect(report.units.map((u) => [u.unit, u.sops.map((s) => s.code ?? s.id)])).toEqual([
      ['研考科', ['研考-01', '研考-02']],
      ['資訊科', ['other']],
    ]);
  });

  it('expands goals → indicators → SOPs, with unserved indicators and SOPs that serve none', () => {
    const { kpiTable } = build();
    expect(kpiTable.goals.map((g) => [g.goal, g.indicators.map((i) => [i.id, i.sops.map((s) => s.id)])])).toEqual([
      ['提升服務品質', [['K1', ['branching']], ['K2', ['other']]]],
      ['提升滿意度', [['K3', []]]],
    ]);
    expect(kpiTable.unserved.map((k) => k.id)).toEqual(['K3']);
    expect(kpiTable.sopsServingNone.map((s) => s.id)).toEqual(['simple']);
    expect(kpiTable.unknown).toEqual([{ sop: expect.objectContaining({ id: 'branching' }), kpi: '不存在的指標' }]);
  });

  it('sums standard times along the shortest and longest paths against the deadline', () => {
    const rows = Object.fromEntries(build().sops.map((r) => [r.id, r]));
    expect(rows.branching).toMatchObject({ shortestMinutes: 70, longestMinutes: 60 + 2 * 480, untimedSteps: ['d'], deadline: '1d', deadlineMinutes: 480, deadlineStatus: 'may-exceed' });
    expect(rows.simple).toMatchObject({ shortestMinutes: 30, longestMinutes: 30, untimedSteps: [], deadlineStatus: 'none' });
  });

  it('counts lint findings per unit, and files that did not load', () => {
    const report = build();
    expect(report.lintByUnit).toEqual([
      { unit: '研考科', sops: 2, errors: 0, warnings: 2, infos: 1 },
      { unit: '資訊科', sops: 1, errors: 1, warnings: 0, infos: 0 },
    ]);
    expect(report.unloaded).toEqual([{ file: 'broken.sop.yaml', errors: 1, warnings: 0, infos: 0, findings: [{ line: 1, column: 1, severity: 'error', ruleId: 'x', message: 'm' }] }]);
    expect(report.totals).toEqual({ errors: 2, warnings: 2, infos: 1, sops: 3, files: 4 });
  });

  it('never lists start or end steps as untimed', () => {
    const untimed = `sop: 1
id: untimed
title: 未填工時
unit: 研考科
steps:
  - {id: s, kind: start, text: 開始}
  - {id: p, text: 處理}
  - {id: e, kind: end, text: 結束}
legal: []
forms: []
`;
    const report = buildReport({ asOf: AS_OF, files: [sop(untimed, 'u.sop.yaml')], kpis: [] });
    expect(report.sops[0]!.untimedSteps).toEqual(['p']);
  });

  it('keeps each SOP\'s findings, and the as-of date and commit it was given', () => {
    const report = build();
    expect(report.asOf).toEqual(AS_OF);
    const other = report.sops.find((r) => r.id === 'other')!;
    expect(other.findings).toEqual([{ line: 1, column: 1, severity: 'error', ruleId: 'x', message: 'm' }]);
    expect(report.sops.find((r) => r.id === 'simple')!.findings).toEqual([]);
  });

  it('lists an SOP it cannot compute with a render-error finding, and reports the others', () => {
    const good = sop(SIMPLE, 'a/simple.sop.yaml');
    const bad = sop(OTHER, 'b/other.sop.yaml');
    // A model the report cannot read (its steps missing): what a defect in the report code would meet.
    const broken = { ...bad, result: { ...bad.result, sop: { ...bad.result.sop!, steps: undefined as never } } };
    const report = buildReport({ asOf: AS_OF, files: [good, broken], kpis: KPIS, lang: 'en' });
    expect(report.sops.map((r) => r.id)).toEqual(['simple']);
    expect(report.unloaded).toHaveLength(1);
    expect(report.unloaded[0]!.file).toBe('b/other.sop.yaml');
    expect(report.unloaded[0]!.findings).toEqual([expect.objectContaining({ ruleId: 'render-error', severity: 'error', message: expect.stringContaining('The report could not compute this SOP') })]);
    expect(report.totals.errors).toBe(1);
  });
});

describe('report formats', () => {
  it('every format carries the as-of date and the commit', () => {
    expect(formatMarkdown(build(), 'en')).toContain('As of 2026-12-06, commit abc1234');
    expect(formatMarkdown(build(), 'zh-TW')).toContain('資料日期：2026-12-06，版本 abc1234');
    expect(formatHtml(build(), 'en')).toContain('As of 2026-12-06, commit abc1234');
    expect(JSON.parse(formatJson(build())).asOf).toEqual(AS_OF);
    // The last two columns (no field of these rows is quoted there).
    const rows = formatCsv(build(), 'en').slice(1).split('\r\n').filter(Boolean).map((line) => line.split(','));
    expect(rows[0]!.slice(-2)).toEqual(['As of', 'Commit']);
    for (const row of rows.slice(1)) expect(row.slice(-2)).toEqual(['2026-12-06', 'abc1234']);
    const noRepo = build({ date: '2026-12-06', time: '2026-12-06T05:00:00.000Z' });
    expect(formatMarkdown(noRepo, 'en')).toContain('As of 2026-12-06 (not in a Git repository: no commit)');
  });

  it('csv gives times as numbers of minutes, one column per figure', () => {
    const lines = formatCsv(build(), 'en').slice(1).split('\r\n').filter(Boolean);
    const header = lines[0]!.split(',');
    expect(header).toEqual([
      'Unit', 'Code', 'SOP name', 'Id', 'File', 'KPIs', 'Shortest (minutes)', 'Longest (minutes)', 'Deadline lower bound (minutes)', 'Deadline (minutes)',
      'Hours per working day', 'Against deadline', 'Steps without a standard time (counted as 0)', 'Errors', 'Warnings', 'Info', 'As of', 'Commit',
    ]);
    const branching = lines.find((l) => l.includes(',branching,'))!;
    // 1h + 10m shortest; 1h + 2d (8-hour days) longest; deadline 1d = 480 working minutes.
    expect(branching).toContain(',70,1020,480,480,8,may exceed,d,0,2,1,2026-12-06,abc1234');
    const simple = lines.find((l) => l.includes(',simple,'))!;
    expect(simple).toContain(',30,30,,,8,no deadline,,0,0,0,');
  });

  it('html lists each SOP\'s findings, and the SOPs without any', () => {
    const page = formatHtml(build(), 'en');
    const section = page.slice(page.indexOf('5. Findings by SOP'));
    expect(section).toMatch(/<h3>資訊科 他科作業 <span class="muted">b\/other\.sop\.yaml<\/span><\/h3><table>.*<td class="nowrap">1:1<\/td><td class="nowrap sev-error">error<\/td><td class="nowrap">x<\/td>/s);
    expect(section).toContain('<h3>broken.sop.yaml</h3>');
    expect(section).toContain('SOPs without findings: 研考-01 簡單作業');
    expect(formatHtml(build(), 'zh-TW')).toContain('五、各 SOP 檢查結果');
  });

  it('html escapes user text and loads nothing from the network', () => {
    const page = formatHtml(build(), 'zh-TW');
    expect(page).toContain('分流&lt;作業&gt;');
    expect(page).not.toContain('分流<作業>');
    expect(page).not.toMatch(/<script|<link|src=|@import|url\(/i);
    expect(page).toContain('<html lang="zh-TW">');
    expect(page).toContain('可能逾期');
  });

  it('md is GitHub-flavoured tables in the chosen language', () => {
    const md = formatMarkdown(build(), 'en');
    expect(md).toContain('| Unit | Code | SOP name |\n| --- | --- | --- |\n| 研考科 | 研考-01 | 簡單作業 |');
    expect(md).toContain('may exceed');
    expect(md).toContain('- K3 滿意度');
  });

  it('csv quotes per RFC 4180 and starts with a BOM', () => {
    const csv = formatCsv(build(), 'en');
    expect(csv.startsWith('\uFEFFUnit,Code,SOP name,Id,File,KPIs,')).toBe(true);
    expect(csv).toContain(',"k1, 不存在的指標",');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
  });
});
