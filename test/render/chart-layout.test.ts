import { describe, expect, it } from 'vitest';
import { layoutChart } from '../../src/render/chart-layout.js';
import type { TextItem } from '../../src/render/scene.js';
import { loadFonts } from '../../src/render/text/index.js';
import { chartFixtures, DEMO_SOP, fromText, generatedSop } from './chart-fixtures.js';
import { chartProblems, stepGroups } from './chart-checks.js';

const fonts = loadFonts();
const fixtures = chartFixtures();

describe('layoutChart on every fixture', () => {
  it('has fixtures to draw', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  for (const { name, sop } of fixtures) {
    for (const lang of ['zh-TW', 'en'] as const) {
      it(`${name} (${lang}): shapes apart, labels inside, edges on outlines, all inside the chart`, async () => {
        const layout = await layoutChart(sop, { lang, fonts, formsInline: lang === 'en' });
        expect(chartProblems(layout, fonts)).toEqual([]);
        expect(stepGroups(layout).length).toBe(new Set(sop.steps.map((s) => s.id)).size);
      });
    }
  }

  it('fits a page width by shrinking the text', async () => {
    for (const { name, sop } of fixtures) {
      const layout = await layoutChart(sop, { lang: 'zh-TW', fonts, maxWidth: 515 });
      expect(chartProblems(layout, fonts), name).toEqual([]);
      if (layout.textSizes.label > 6.5) expect(layout.width, name).toBeLessThanOrEqual(515);
    }
  });
});

describe('layoutChart', () => {
  const demo = fromText(DEMO_SOP, 'demo.sop.yaml');

  it('draws the flow top to bottom in list order (forward edges point down, loops are back edges)', async () => {
    const layout = await layoutChart(demo, { lang: 'zh-TW', fonts });
    const y = new Map(stepGroups(layout).map((g) => [g.data!['data-step-id']!, g.bounds!.y]));
    for (const edge of layout.edges) {
      if (edge.back) expect(y.get(edge.to)!).toBeLessThanOrEqual(y.get(edge.from)!);
      else expect(y.get(edge.to)!, `${edge.from}→${edge.to}`).toBeGreaterThan(y.get(edge.from)!);
    }
    expect(layout.edges.filter((e) => e.back).map((e) => `${e.from}→${e.to}`).sort()).toEqual(['again→again', 'review→draft']);
  });

  it('draws an end listed before the steps that lead to it below them (only loops point up)', async () => {
    const sop = fromText(`sop: 1
id: out-of-order
title: 清單順序與流程不同
unit: 測試科
steps:
  - id: a
    kind: start
    text: 開始
    next: [b, c]
  - id: b
    text: 甲
    next: done
  - id: done
    kind: end
    text: 結束
  - id: c
    text: 乙
    next: d
  - id: d
    kind: decision
    text: 是否完成？
    branches: {是: done, 否: c}
legal: []
forms: []
`);
    const layout = await layoutChart(sop, { lang: 'zh-TW', fonts });
    expect(chartProblems(layout, fonts)).toEqual([]);
    expect(layout.edges.filter((e) => e.back).map((e) => `${e.from}→${e.to}`)).toEqual(['d→c']);
    const y = new Map(stepGroups(layout).map((g) => [g.data!['data-step-id']!, g.bounds!.y]));
    for (const id of ['a', 'b', 'c', 'd']) expect(y.get('done')!, id).toBeGreaterThan(y.get(id)!);
    // Numbers still follow the list.
    expect(layout.stepNumbers.get('done')).toBe(3);
  });

  it('labels branches next to their edge near the decision', async () => {
    const layout = await layoutChart(demo, { lang: 'zh-TW', fonts });
    const review = stepGroups(layout).find((g) => g.data!['data-step-id'] === 'review')!.bounds!;
    const labels = layout.edges.filter((e) => e.from === 'review').map((e) => e.label!);
    expect(labels.map((l) => l.text).sort()).toEqual(['修正', '核可', '駁回'].sort());
    for (const label of labels) {
      expect(label.role).toBe('branch-label');
      const cx = review.x + review.width / 2;
      const cy = review.y + review.height / 2;
      expect(Math.abs(label.x - cx)).toBeLessThan(review.width / 2 + 40);
      expect(Math.abs(label.y - cy)).toBeLessThan(review.height / 2 + 20);
    }
  });

  it('leaves a decision from its corners', async () => {
    const layout = await layoutChart(demo, { lang: 'zh-TW', fonts });
    const review = stepGroups(layout).find((g) => g.data!['data-step-id'] === 'review')!.bounds!;
    const corners = [
      { x: review.x + review.width / 2, y: review.y + review.height },
      { x: review.x, y: review.y + review.height / 2 },
      { x: review.x + review.width, y: review.y + review.height / 2 },
    ];
    const starts = layout.edges.filter((e) => e.from === 'review').map((e) => e.points[0]!);
    for (const start of starts) expect(corners.some((c) => Math.hypot(c.x - start.x, c.y - start.y) < 0.5), JSON.stringify(start)).toBe(true);
    // The loop back to the draft leaves from the west corner.
    const back = layout.edges.find((e) => e.from === 'review' && e.to === 'draft')!;
    expect(back.points[0]!.x).toBeCloseTo(review.x, 1);
  });

  it('numbers the steps 1..n and shows 註 marks', async () => {
    const layout = await layoutChart(demo, { lang: 'zh-TW', fonts });
    const groups = stepGroups(layout);
    const numbers = groups.map((g) => g.items.find((i): i is TextItem => i.kind === 'text' && i.role === 'step-number')!.text);
    expect(numbers.map(Number).sort((a, b) => a - b)).toEqual(demo.steps.map((_, i) => i + 1));
    const register = groups.find((g) => g.data!['data-step-id'] === 'register')!;
    const mark = register.items.find((i): i is TextItem => i.kind === 'text' && i.role === 'note-mark')!;
    expect(mark.text).toBe('註1');
    expect(mark.size).toBeLessThan(layout.textSizes.label);
  });

  it('fills the columns, with step numbers where a row holds several steps, headers in the output language', async () => {
    const zh = await layoutChart(demo, { lang: 'zh-TW', fonts });
    const texts = (items: typeof zh.items) => items.flatMap((i) => (i.kind === 'text' ? [i.text] : []));
    expect(texts(zh.header.items).join('')).toContain('權責單位');
    expect(texts(zh.header.items)).toEqual(expect.arrayContaining(['處理流程', '主辦', '協辦', '使用表單']));
    const cells = zh.items.filter((i): i is TextItem => i.kind === 'text' && i.role === 'cell').map((i) => i.text);
    expect(cells).toEqual(expect.arrayContaining(['服務中心', '30分鐘', '收文當日', '1日–3日', '2小時']));
    expect(cells.join('')).toContain('公文管理系統收文登記表');
    const shared = zh.rows.find((r) => r.stepIds.length > 1);
    if (shared) expect(cells).toEqual(expect.arrayContaining(shared.stepIds.map((id) => String(zh.stepNumbers.get(id)))));
    const en = await layoutChart(demo, { lang: 'en', fonts });
    expect(texts(en.header.items)).toEqual(expect.arrayContaining(['Flow', 'Owner', 'Support', 'Forms']));
    const enCells = en.items.filter((i): i is TextItem => i.kind === 'text' && i.role === 'cell').map((i) => i.text);
    expect(enCells).toEqual(expect.arrayContaining(['30m', '1d–3d', '2h']));
    expect(en.columns.map((c) => c.key)).toEqual(['flow', 'owner', 'support', 'time', 'forms']);
  });

  it('shows the referenced SOP title in a subprocess, and inline forms when asked', async () => {
    const layout = await layoutChart(demo, { lang: 'zh-TW', fonts, formsInline: true, sopTitles: new Map([['petition-online', '人民陳情案件管制作業流程']]) });
    const publish = stepGroups(layout).find((g) => g.data!['data-step-id'] === 'publish')!;
    const lines = publish.items.filter((i): i is TextItem => i.kind === 'text' && i.role === 'label').map((i) => i.text).join('');
    expect(lines).toContain('人民陳情案件管制作業流程');
    const draft = stepGroups(layout).find((g) => g.data!['data-step-id'] === 'draft')!;
    expect(draft.items.filter((i) => i.kind === 'group' && i.role === 'inline-form')).toHaveLength(2);
    const without = await layoutChart(demo, { lang: 'zh-TW', fonts });
    const plain = stepGroups(without).find((g) => g.data!['data-step-id'] === 'publish')!;
    expect(plain.items.flatMap((i) => (i.kind === 'text' && i.role === 'label' ? [i.text] : [])).join('')).toContain('《petition-online》');
  });

  it('is deterministic', async () => {
    const a = await layoutChart(demo, { lang: 'zh-TW', fonts });
    const b = await layoutChart(demo, { lang: 'zh-TW', fonts });
    expect(JSON.stringify({ ...a, stepNumbers: [...a.stepNumbers] })).toBe(JSON.stringify({ ...b, stepNumbers: [...b.stepNumbers] }));
  });

  it('lays out a generated 200-step SOP', async () => {
    const sop = generatedSop(200);
    const layout = await layoutChart(sop, { lang: 'zh-TW', fonts });
    expect(stepGroups(layout)).toHaveLength(200);
    expect(chartProblems(layout, fonts)).toEqual([]);
  });
});
