import { describe, expect, it } from 'vitest';
import { loadSopText } from '../../src/loader/load-sop.js';
import type { Sop } from '../../src/model/types.js';
import { composeHandbook, handbookContentWidth } from '../../src/render/compose-handbook.js';
import { connectorLetter } from '../../src/render/handbook/chart-connectors.js';
import { writePdf } from '../../src/render/pdf-writer.js';
import { loadFonts } from '../../src/render/text/index.js';
import { fakeLayout, chainSteps, type FakeStep } from './fake-layout.js';
import { allTexts, connectorLettersByPage, connectorProblems, layoutProblems } from './handbook-checks.js';
import { inspectPdf } from './pdf-inspect.js';

const fonts = loadFonts();

function sopOf(yaml: string): Sop {
  const loaded = loadSopText(yaml, '/tmp/test.sop.yaml', 'test.sop.yaml', { cwd: '/tmp', hoursPerDay: 8 });
  if (!loaded.sop) throw new Error(JSON.stringify(loaded.problems));
  return loaded.sop;
}

const SMALL = `
sop: 1
id: petition-online
title: 嘉義市政府人民陳情案件管制作業流程（一）：線上陳情、線上市容查報案件
unit: 企劃處研考科
code: 研考-01
established: 2009-07
revisions:
  - {date: 2010-03, summary: 修正流程}
steps:
  - {id: receive, kind: start, text: 線上系統受理線上陳情}
  - {id: handle, text: 權責單位收文後處理, owner: 權責單位, notes: [1]}
  - {id: done, kind: end, text: 結案除管}
legal:
  - 嘉義市政府人民陳情案件處理作業要點
guidance:
  - 人民陳情案件受理方式：計有親自到府、書面、電話、傳真、線上申請等5種管道。
  - {text: 線上陳情案件收件須使用線上陳情系統。, notes: [1]}
forms: []
notes:
  1: 依現行之重複登打處理規定進行。
`;

/** A SOP whose steps are the given chain (texts only matter to the fake layout). */
function chainSop(n: number): Sop {
  const steps = Array.from({ length: n }, (_, i) => `  - {id: s${i + 1}, text: 第${i + 1}個步驟的說明文字}`).join('\n');
  return sopOf(`sop: 1\nid: chain\ntitle: 測試流程\nunit: 測試科\nsteps:\n${steps}\nlegal: []\nforms: []\n`);
}

function texts(scene: ReturnType<typeof composeHandbook>['scene'], page?: number): string[] {
  const pages = page === undefined ? scene.pages : [scene.pages[page]!];
  return pages.flatMap((p) => allTexts(p).map((t) => t.text));
}

describe('composeHandbook', () => {
  it('composes a one-page handbook with the header table, the four sections, the notes and the footer', () => {
    const sop = sopOf(SMALL);
    const layout = fakeLayout(sop.steps.map((s) => ({ id: s.id })));
    const { scene, warnings } = composeHandbook(sop, layout, { page: 'A4', lang: 'zh-TW', fonts });
    expect(warnings).toEqual([]);
    expect(scene.pages).toHaveLength(1);
    expect(scene.pages[0]).toMatchObject({ width: 595.28, height: 841.89 });
    const all = texts(scene);
    for (const t of ['單位', '企劃處研考科', '編號', '研考-01', '項目', '訂定／修訂日期', '98年7月訂定、99年3月修訂', '一、處理流程', '二、法令依據', '三、作業注意事項', '四、使用表格', '無', '註1：', '第 1 頁／共 1 頁']) {
      expect(all).toContain(t);
    }
    expect(all).toContain('（一）');
    expect(all.some((t) => t.includes('（註1）'))).toBe(true);
    expect(layoutProblems(scene, fonts)).toEqual([]);
    // The sections come in order down the page.
    const ys = ['一、處理流程', '二、法令依據', '三、作業注意事項', '四、使用表格', '註1：'].map((s) => allTexts(scene.pages[0]!).find((t) => t.text === s)!.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(scene.title).toBe(sop.title);
    expect(scene.lang).toBe('zh-TW');
  });

  it('prints English labels and Gregorian dates', () => {
    const sop = sopOf(SMALL);
    const { scene } = composeHandbook(sop, fakeLayout(sop.steps.map((s) => ({ id: s.id }))), { page: 'letter', lang: 'en', fonts });
    const all = texts(scene);
    for (const t of ['Unit', 'Title', 'Established / revised', 'Established July 2009; revised March 2010', '1. Procedure', '2. Legal basis', '3. Operating notes', '4. Forms', 'None', 'Page 1 of 1']) {
      expect(all).toContain(t);
    }
    expect(scene.pages[0]).toMatchObject({ width: 612, height: 792 });
    expect(layoutProblems(scene, fonts)).toEqual([]);
  });

  it('splits a long chart between rows, repeats the header row and pairs off-page connectors', () => {
    const sop = chainSop(30);
    const layout = fakeLayout(chainSteps(30));
    const { scene, connectors, warnings } = composeHandbook(sop, layout, { page: 'A4', lang: 'zh-TW', fonts });
    expect(warnings).toEqual([]);
    expect(scene.pages.length).toBeGreaterThanOrEqual(3);
    expect(layoutProblems(scene, fonts)).toEqual([]);
    const chartPages = scene.pages.filter((p) => p.items.some((i) => i.kind === 'group' && i.role === 'chart'));
    expect(chartPages.length).toBeGreaterThanOrEqual(3);
    for (const page of chartPages) expect(allTexts(page).filter((t) => t.text === '處理流程')).toHaveLength(1);
    // Every step is drawn exactly once.
    const stepIds = scene.pages.flatMap((p) => p.items.flatMap((i) => (i.kind === 'group' ? i.items : []))).filter((i) => i.kind === 'group' && i.role === 'step');
    expect(stepIds).toHaveLength(30);
    // One pair per cut of the forward chain, one for the loop (s30 → s2) back to the first page.
    expect(connectorProblems(connectors)).toEqual([]);
    const byPage = connectorLettersByPage(scene);
    const letters = [...new Set(connectors.map((c) => c.letter))];
    expect(letters.length).toBe(chartPages.length - 1 + 1);
    for (const letter of letters) expect(byPage.filter((l) => l.includes(letter))).toHaveLength(2);
    const loop = connectors.filter((c) => c.edges.some((e) => e.from === 's30' && e.to === 's2'));
    expect(loop.map((c) => c.end).sort()).toEqual(['in', 'out']);
    expect(loop.find((c) => c.end === 'in')!.page).toBeLessThan(loop.find((c) => c.end === 'out')!.page);
  });

  it('scales a row taller than a page down to fit, with a warning', () => {
    const steps: FakeStep[] = chainSteps(4);
    const { scene, warnings } = composeHandbook(chainSop(4), fakeLayout(steps, { rowHeight: (i) => (i === 2 ? 1400 : 70) }), { page: 'A4', lang: 'zh-TW', fonts });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/第 3 列高於一頁/);
    expect(layoutProblems(scene, fonts)).toEqual([]);
  });

  it('scales a wide chart down while its text stays at 7 pt or more', () => {
    const width = handbookContentWidth('A4') * 1.25;
    const { scene, warnings } = composeHandbook(chainSop(3), fakeLayout(chainSteps(3), { width, textSizes: { label: 10, cell: 10, min: 10 } }), { page: 'A4', lang: 'zh-TW', fonts });
    expect(warnings).toEqual([]);
    expect(scene.pages.every((p) => p.width === 595.28)).toBe(true);
    const label = allTexts(scene.pages[0]!).find((t) => t.role === 'label')!;
    expect(label.size).toBeCloseTo(8, 5);
    expect(layoutProblems(scene, fonts)).toEqual([]);
  });

  it('puts a chart that would need text below 7 pt on A3 landscape pages, with a warning', () => {
    const { scene, warnings } = composeHandbook(chainSop(3), fakeLayout(chainSteps(3), { width: 1000, textSizes: { label: 8, cell: 8, min: 8 } }), { page: 'A4', lang: 'en', fonts });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/A3 landscape/);
    expect(scene.pages.map((p) => `${p.width}x${p.height}`)).toEqual(['595.28x841.89', '1190.55x841.89', '595.28x841.89']);
    expect(layoutProblems(scene, fonts)).toEqual([]);
  });

  it('renders a 200-step SOP to a PDF with the composed page count', async () => {
    const sop = chainSop(200);
    const { scene } = composeHandbook(sop, fakeLayout(chainSteps(200)), { page: 'A4', lang: 'zh-TW', fonts });
    expect(layoutProblems(scene, fonts)).toEqual([]);
    const facts = await inspectPdf(await writePdf(scene));
    expect(facts.pageCount).toBe(scene.pages.length);
    expect(texts(scene, scene.pages.length - 1)).toContain(`第 ${scene.pages.length} 頁／共 ${scene.pages.length} 頁`);
  });

  it('names connectors A…Z, then AA, AB…', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(connectorLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });
});
