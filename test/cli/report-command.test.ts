import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runBin, runCli } from '../helpers/run-cli.js';

const EXAMPLES = path.join(ROOT, 'examples');

/** RFC 4180: fields separated by commas, quoted with "", CRLF (or LF) between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

const HEADER_ZH = [
  '科別', '編號', 'SOP名稱', '代號', '檔案', '支援指標', '最短工時（分鐘）', '最長工時（分鐘）', '限辦期限下限（分鐘）', '限辦期限上限（分鐘）',
  '每日工時（小時）', '比較', '未填標準工時的步驟（以 0 計）', '錯誤', '警告', '提示', '資料日期', '版本',
];

/** A repository made with sop init plus one SOP with a title that needs escaping. */
async function tempRepo(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sop-report-'));
  await runCli(['init'], dir);
  await runCli(['new', 'second', '--title', '<b>第二</b> & "作業"', '--unit', '資訊科'], dir);
  return dir;
}

describe('sop report', () => {
  it('html on a temp repository: one self-contained page with escaped text', async () => {
    const dir = await tempRepo();
    const { code, stdout, stderr } = await runCli(['report', '--format', 'html', '-o', 'report.html'], dir);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('report.html');
    const page = readFileSync(path.join(dir, 'report.html'), 'utf8');
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('展開表');
    expect(page).toContain('資訊服務申請案件如期完成率');
    expect(page).toContain('&lt;b&gt;第二&lt;/b&gt; &amp; &quot;作業&quot;');
    expect(page).not.toContain('<b>第二</b>');
    expect(page).not.toMatch(/<script|<link|src=|@import|url\(/i);
  });

  it('format from the -o extension, json and md to standard output, en headings', async () => {
    const dir = await tempRepo();
    expect((await runCli(['report', '-o', 'out/r.csv'], dir)).code).toBe(0);
    expect(readFileSync(path.join(dir, 'out/r.csv'), 'utf8').startsWith('\uFEFF科別,')).toBe(true);
    const json = JSON.parse((await runCli(['report', '--format', 'json'], dir)).stdout) as { sops: { id: string }[]; kpiTable: { unserved: { id: string }[] } };
    expect(json.sops.map((s) => s.id).sort()).toEqual(['example', 'second']);
    expect(json.kpiTable.unserved.map((k) => k.id)).toEqual(['K2']);
    const md = (await runCli(['report', '--lang', 'en'], dir)).stdout;
    expect(md).toMatch(/^# SOP report\n/);
    expect(md).toContain('| Unit | Code | SOP name |');
    expect((await runCli(['report', 'no/such'], dir)).code).toBe(2);
    expect((await runCli(['report', '--format', 'xml'], dir)).code).toBe(2);
  });

  it('html on examples/ lists the 展開表 of the examples\' KPIs', async () => {
    const config = parse(readFileSync(path.join(EXAMPLES, 'sop.config.yaml'), 'utf8')) as { kpis?: { id: string; name: string; goal?: string }[] };
    const { code, stdout } = await runCli(['report', 'examples', '--format', 'html']);
    expect(code).toBe(0);
    expect(stdout).toContain('二、展開表');
    for (const kpi of config.kpis ?? []) {
      expect(stdout).toContain(`${kpi.id} ${kpi.name}`);
      if (kpi.goal) expect(stdout).toContain(kpi.goal);
    }
  });

  it('csv on examples/ parses back as a table: the header and one row per SOP', async () => {
    const { code, stdout } = await runCli(['report', 'examples', '--format', 'csv']);
    expect(code).toBe(0);
    expect(stdout.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(stdout.slice(1));
    expect(rows[0]).toEqual(HEADER_ZH);
    const files = readdirSync(EXAMPLES).filter((f) => /\.sop\.ya?ml$/.test(f));
    expect(rows.slice(1)).toHaveLength(files.length);
    for (const row of rows.slice(1)) expect(row).toHaveLength(HEADER_ZH.length);
    expect(rows.slice(1).map((r) => path.basename(r[4]!)).sort()).toEqual(files.sort());
    // Times are plain numbers of minutes (or empty: no deadline); counts are integers.
    for (const row of rows.slice(1)) {
      for (const i of [6, 7]) expect(row[i]).toMatch(/^\d+(\.\d+)?$/);
      for (const i of [8, 9]) expect(row[i]).toMatch(/^(\d+(\.\d+)?)?$/);
      for (const i of [13, 14, 15]) expect(row[i]).toMatch(/^\d+$/);
    }
  });

  it('stamps every format with SOURCE_DATE_EPOCH\'s date and the repository\'s HEAD commit', async () => {
    const dir = await tempRepo();
    const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'sops');
    const head = git('rev-parse', '--short', 'HEAD').stdout.trim();
    expect(head).toMatch(/^[0-9a-f]{7,}$/);
    const env = { SOURCE_DATE_EPOCH: '1735689600' };
    for (const format of ['md', 'html', 'csv']) {
      const { code, stdout } = runBin(['report', '--format', format, '--lang', 'en'], dir, env);
      expect(code).toBe(0);
      expect(stdout, format).toContain(format === 'csv' ? `,2025-01-01,${head}` : `As of 2025-01-01, commit ${head}`);
    }
    const json = JSON.parse(runBin(['report', '--format', 'json'], dir, env).stdout);
    expect(json.asOf).toEqual({ date: '2025-01-01', time: '2025-01-01T00:00:00.000Z', commit: head });
  });

  it('csv quoting survives commas, quotes and line breaks in titles', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-report-csv-'));
    writeFileSync(
      path.join(dir, 'a.sop.yaml'),
      'sop: 1\nid: a\ntitle: "甲,乙 \\"丙\\"\\n丁"\nunit: 科\nsteps:\n  - {id: s, kind: start, text: 開始}\n  - {id: e, kind: end, text: 結束}\nlegal: []\nforms: []\n',
    );
    const rows = parseCsv((await runCli(['report', '--format', 'csv'], dir)).stdout.slice(1));
    expect(rows).toHaveLength(2);
    expect(rows[1]![2]).toBe('甲,乙 "丙"\n丁');
  });
});
