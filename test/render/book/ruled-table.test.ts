import { describe, expect, it } from 'vitest';
import { frameOf, PageFlow, PAPER } from '../../../src/render/handbook/page-flow.js';
import type { TextStyle } from '../../../src/render/handbook/text-blocks.js';
import { addRuledTable, type RuledRow, type RuledTableStyle } from '../../../src/render/book/ruled-table.js';
import type { Scene } from '../../../src/render/scene.js';
import { loadFonts, wrapText } from '../../../src/render/text/index.js';
import { allTexts, layoutProblems } from '../handbook-checks.js';

const fonts = loadFonts();
const body: TextStyle = { font: fonts.regular, size: 9.5, lineHeight: 14.25, color: '#000000' };
const style: RuledTableStyle = { header: { ...body, font: fonts.bold }, body, stroke: { color: '#000000', width: 0.6 }, headerFill: '#eeeeee', padX: 5, padY: 3 };

function sceneOf(flow: PageFlow): Scene {
  return { title: 't', description: 'd', lang: 'zh-TW', pages: flow.toPages(), fonts: { regular: fonts.regular.file, bold: fonts.bold.file, family: fonts.family } };
}

function table(rows: RuledRow[], extra: { spanFirstColumn?: boolean; minLines?: number } = {}) {
  const flow = new PageFlow(frameOf(PAPER.A4));
  const width = flow.frame.content.width;
  flow.beginSection('table', 't');
  addRuledTable(
    flow,
    flow.frame.content.x,
    {
      columns: [
        { title: '科別', width: width * 0.2 },
        { title: '項目', width: width * 0.6 },
        { title: '頁次', width: width * 0.2, align: 'middle' },
      ],
      rows,
      ...extra,
    },
    style,
  );
  flow.endSection();
  return { flow, width };
}

describe('addRuledTable', () => {
  it('repeats the header row on every page and keeps everything inside the margins', () => {
    const rows: RuledRow[] = Array.from({ length: 120 }, (_, i) => ({ cells: [{ paragraphs: ['企劃處'] }, { paragraphs: [`第${i + 1}項作業`] }, { paragraphs: [String(i + 1)] }] }));
    const { flow } = table(rows);
    const scene = sceneOf(flow);
    expect(scene.pages.length).toBeGreaterThan(1);
    for (const page of scene.pages) expect(allTexts(page).filter((t) => t.role === 'header').map((t) => t.text)).toEqual(['科別', '項目', '頁次']);
    // Every row once, in order.
    const items = scene.pages.flatMap((p) => allTexts(p).filter((t) => t.text.startsWith('第')).map((t) => t.text));
    expect(items).toEqual(rows.map((_, i) => `第${i + 1}項作業`));
    expect(layoutProblems(scene, fonts)).toEqual([]);
  });

  it('splits a row taller than a page between two lines, each line printed once', () => {
    const long = '本項作業內容甚長，'.repeat(400);
    const { flow, width } = table([{ cells: [{ paragraphs: ['企劃處'] }, { paragraphs: [long] }, { paragraphs: ['1'] }] }]);
    const scene = sceneOf(flow);
    expect(scene.pages.length).toBeGreaterThan(1);
    const expected = wrapText(fonts.regular, long, body.size, width * 0.6 - 2 * style.padX);
    const printed = scene.pages.flatMap((p) => allTexts(p).filter((t) => t.role === 'cell' && t.text !== '企劃處' && t.text !== '1').map((t) => t.text));
    expect(printed).toEqual(expected);
    expect(layoutProblems(scene, fonts)).toEqual([]);
  });

  it('merges the first cell over a group and repeats it on a continuation page', () => {
    // About 35 rows fit a page: the first group runs onto page 2, where the second one starts.
    const rows: RuledRow[] = Array.from({ length: 55 }, (_, i) => ({
      group: i < 50 ? '企劃處研考科' : '主計處',
      cells: [{ paragraphs: [i < 50 ? '企劃處研考科' : '主計處'] }, { paragraphs: [`作業${i + 1}`] }, { paragraphs: [String(i + 1)] }],
    }));
    const { flow } = table(rows, { spanFirstColumn: true });
    const scene = sceneOf(flow);
    expect(scene.pages.length).toBe(2);
    const unitTexts = scene.pages.map((p) => allTexts(p).filter((t) => t.text === '企劃處研考科' || t.text === '主計處').map((t) => t.text));
    expect(unitTexts[0]).toEqual(['企劃處研考科']);
    expect(unitTexts[1]).toEqual(['企劃處研考科', '主計處']);
    expect(layoutProblems(scene, fonts)).toEqual([]);
  });

  it('draws check boxes as small squares beside their labels, rows at least minLines high', () => {
    const { flow } = table([{ cells: [{ paragraphs: ['控制'] }, { checkboxes: ['是', '否', '不適用'] }, { paragraphs: [] }] }], { minLines: 2 });
    const page = flow.toPages()[0]!;
    const group = page.items[0]!;
    expect(group.kind).toBe('group');
    const rects = group.kind === 'group' ? group.items.filter((i) => i.kind === 'rect') : [];
    const squares = rects.filter((r) => r.kind === 'rect' && Math.abs(r.box.width - body.size * 0.8) < 1e-6 && Math.abs(r.box.height - r.box.width) < 1e-6);
    expect(squares).toHaveLength(3);
    expect(allTexts(page).map((t) => t.text)).toEqual(expect.arrayContaining(['是', '否', '不適用']));
    // The body row: 2 lines + padding.
    const cells = rects.filter((r) => r.kind === 'rect' && r.fill === '#ffffff' && r.box.width > 20);
    expect(cells.every((r) => r.kind === 'rect' && Math.abs(r.box.height - (2 * body.lineHeight + 2 * style.padY)) < 1e-6)).toBe(true);
  });
});
