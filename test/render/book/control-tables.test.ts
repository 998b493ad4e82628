import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSopText } from '../../../src/loader/load-sop.js';
import type { Sop } from '../../../src/model/types.js';
import { composeControlTables } from '../../../src/render/book/control-tables.js';
import type { Scene } from '../../../src/render/scene.js';
import { loadFonts } from '../../../src/render/text/index.js';
import { ROOT } from '../../helpers/run-cli.js';
import { allTexts, layoutProblems } from '../handbook-checks.js';

const fonts = loadFonts();
const FIXTURE = path.join(ROOT, 'test/fixtures/controls/purchase-payment.sop.yaml');

function sopOf(yaml: string, file = '/tmp/t.sop.yaml'): Sop {
  const loaded = loadSopText(yaml, file, path.basename(file), { cwd: '/tmp', hoursPerDay: 8 });
  if (!loaded.sop) throw new Error(JSON.stringify(loaded.problems));
  return loaded.sop;
}

function sceneOf(pages: Scene['pages']): Scene {
  return { title: 't', description: 'd', lang: 'zh-TW', pages, fonts: { regular: fonts.regular.file, bold: fonts.bold.file, family: fonts.family } };
}

const texts = (page: Scene['pages'][number]) => allTexts(page).map((t) => t.text);

describe('composeControlTables', () => {
  const sop = sopOf(readFileSync(FIXTURE, 'utf8'), FIXTURE);

  it('lists every step in the 作業程序說明表: what it does, who does it, where the flow goes, time and forms, control points', () => {
    const { pages, controls } = composeControlTables(sop, { page: 'A4', lang: 'zh-TW', fonts });
    expect(controls).toBe(5);
    expect(pages).toHaveLength(2);
    expect(texts(pages[0]!)).toContain('作業程序說明表');
    const headers = allTexts(pages[0]!).filter((t) => t.role === 'header');
    expect(headers.map((t) => t.text)).toEqual(['步驟', '作業內容', '權責單位', '後續步驟', '時間／表單', '控制重點']);
    // The cells by column (every line of a column starts at its left, but the centred numbers'), each column's lines joined.
    const cells = allTexts(pages[0]!).filter((t) => t.role === 'cell');
    const lefts = [...new Set(cells.map((t) => Math.round(t.x)))].sort((a, b) => a - b);
    const columnOf = (x: number) => lefts.filter((l) => l <= Math.round(x)).length - 1;
    const columns = lefts.map((_, i) => cells.filter((t) => columnOf(t.x) === i));
    expect(columns).toHaveLength(6);
    const joined = columns.map((column) => column.map((t) => t.text).join(''));
    expect(columns[0]!.map((t) => t.text)).toEqual(['1', '2', '3', '4', '5', '6']);
    // 作業內容: each step's text, and nothing else (no routing, times or forms).
    expect(columns[1]!.map((t) => t.text)).toEqual(sop.steps.map((step) => step.text));
    expect(joined[2]).toContain('主辦：需求單位');
    expect(joined[2]).toContain('協辦：需求單位');
    for (const route of ['至步驟2', '是：至步驟4', '否：至步驟3', '至步驟6']) expect(joined[3]).toContain(route);
    for (const time of ['使用表單：請購單', '時間點：每月5日前', '標準工時：30分鐘']) expect(joined[4]).toContain(time);
    for (const control of ['請購單經單位主管核章', '(1) 核對預算科目及可用餘額', '(2) 超過額度者不得核准']) expect(joined[5]).toContain(control);
    // A step without controls: nothing printed in the 控制重點 column on its row.
    const reject = columns[1]!.find((t) => t.text === '退回需求單位')!;
    expect(columns[5]!.filter((t) => Math.abs(t.y - reject.y) < 1)).toEqual([]);
    expect(layoutProblems(sceneOf(pages), fonts)).toEqual([]);
  });

  it('puts one line per control point in the 自行評估表, with 是／否／不適用 boxes', () => {
    const { pages } = composeControlTables(sop, { page: 'A4', lang: 'zh-TW', fonts });
    const page = pages[1]!;
    const t = texts(page);
    expect(t).toContain('自行評估表');
    expect(allTexts(page).filter((x) => x.role === 'header').map((x) => x.text)).toEqual(['控制重點', '評估結果', '說明']);
    const points = t.filter((x) => x.startsWith('步驟'));
    expect(points).toEqual(['步驟1：請購單經單位主管核章', '步驟2：核對預算科目及可用餘額', '步驟2：超過額度者不得核准', '步驟4：驗收人員與採購人員不得為同一人', '步驟5：支出憑證應有驗收紀錄佐證']);
    for (const label of ['是', '否', '不適用']) expect(t.filter((x) => x === label)).toHaveLength(5);
  });

  it('gives an SOP without control points a note instead of an empty 自行評估表', () => {
    const plain = sopOf(`sop: 1
id: plain
title: 無控制重點流程
unit: 秘書處
steps:
  - {id: a, kind: start, text: 開始}
  - {id: b, text: 處理}
  - {id: c, kind: end, text: 結束}
legal: []
forms: []
`);
    const { pages, controls } = composeControlTables(plain, { page: 'A4', lang: 'zh-TW', fonts });
    expect(controls).toBe(0);
    expect(pages).toHaveLength(1);
    const t = texts(pages[0]!);
    expect(t).toContain('自行評估表');
    expect(t.some((x) => x.startsWith('本作業流程未列控制重點'))).toBe(true);
    expect(t).not.toContain('評估結果');
  });

  it('flows a long 說明表 over pages with the header row and a continued heading on each', () => {
    const steps = Array.from({ length: 70 }, (_, i) => `  - {id: s${i}, text: 第${i + 1}個步驟辦理相關作業, owner: 企劃處, time: 1h, controls: [檢查第${i + 1}項]}`);
    const big = sopOf(`sop: 1
id: big
title: 很長的流程
unit: 企劃處
steps:
${steps.join('\n')}
legal: []
forms: []
`);
    const { pages, controls } = composeControlTables(big, { page: 'A4', lang: 'zh-TW', fonts });
    expect(controls).toBe(70);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const page of pages) {
      const headers = allTexts(page).filter((t) => t.role === 'header').map((t) => t.text);
      expect(headers[0] === '步驟' || headers[0] === '控制重點').toBe(true);
    }
    const continued = pages.filter((p) => texts(p).some((x) => x.endsWith('（續）')));
    expect(continued.length).toBe(pages.length - 2);
    const rows = pages.flatMap((p) => texts(p).filter((x) => /^第\d+個步驟辦理相關作業$/.test(x)));
    expect(rows).toHaveLength(70);
    expect(layoutProblems(sceneOf(pages), fonts)).toEqual([]);
  });

  it('speaks English with --lang en', () => {
    const { pages } = composeControlTables(sop, { page: 'letter', lang: 'en', fonts });
    expect(allTexts(pages[0]!).filter((t) => t.role === 'header').map((t) => t.text)).toEqual(['Step', 'Work', 'Responsible', 'Next', 'Time / forms', 'Control points']);
    expect(texts(pages[1]!)).toEqual(expect.arrayContaining(['Self-assessment', 'Yes', 'No', 'N/A']));
    expect(pages[0]!.width).toBe(612);
  });
});
