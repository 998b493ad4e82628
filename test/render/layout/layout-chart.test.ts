import { describe, expect, it } from 'vitest';
import type { ChartLayout } from '../../../src/render/layout/chart-layout.js';
import { handbookContentWidth } from '../../../src/render/compose-handbook.js';
import { layoutChart } from '../../../src/render/layout/layout-chart.js';
import { allocateColumns } from '../../../src/render/layout/table-columns.js';
import type { SceneItem, TextItem } from '../../../src/render/scene.js';
import { loadFonts } from '../../../src/render/text/index.js';
import { chartFixtures, DEMO_SOP, fromText, generatedSop, randomSop } from '../chart-fixtures.js';
import { chartProblems, stepGroups } from '../chart-checks.js';

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

  it('fits the A4 content width with labels and cells at 7 pt or more', async () => {
    const width = handbookContentWidth('A4');
    for (const { name, sop } of fixtures) {
      const lang = /\.en\.sop\.ya?ml$/.test(name) ? 'en' : 'zh-TW';
      const layout = await layoutChart(sop, { lang, fonts, maxWidth: width });
      expect(chartProblems(layout, fonts), name).toEqual([]);
      expect(layout.width, name).toBeLessThanOrEqual(width);
      const body = texts(layout).filter((t) => t.role === 'label' || t.role === 'cell' || t.role === 'branch-label' || t.role === 'header');
      expect(Math.min(...body.map((t) => t.size)), name).toBeGreaterThanOrEqual(7);
    }
  });
});

/** Every text item of a layout (header, items, branch labels). */
function texts(layout: ChartLayout): TextItem[] {
  const out: TextItem[] = [];
  const walk = (items: readonly SceneItem[]) => {
    for (const item of items) {
      if (item.kind === 'text') out.push(item);
      else if (item.kind === 'group') walk(item.items);
    }
  };
  walk(layout.header.items);
  walk(layout.items);
  for (const edge of layout.edges) if (edge.label) out.push(edge.label);
  return out;
}

function labelLines(layout: ChartLayout, stepId: string): string[] {
  const group = stepGroups(layout).find((g) => g.data!['data-step-id'] === stepId)!;
  return group.items.filter((i): i is TextItem => i.kind === 'text' && i.role === 'label').map((i) => i.text);
}

describe('fitting a width', () => {
  const demo = fromText(DEMO_SOP, 'demo.sop.yaml');

  it('draws the SVG chart as an A4 page prints it, and fills the width it is given', async () => {
    const sop = fromText(`sop: 1
id: short
title: 短流程
unit: 測試科
steps:
  - {id: a, kind: start, text: 收到申請, owner: 服務中心}
  - {id: b, text: 承辦人審查申請文件是否齊全並登錄於系統, owner: 企劃處綜合規劃科, time: 1d, forms: [申請書]}
  - {id: c, kind: end, text: 結案, owner: 服務中心}
legal: []
forms: []
`);
    const svg = await layoutChart(sop, { lang: 'zh-TW', fonts });
    const a4 = await layoutChart(sop, { lang: 'zh-TW', fonts, maxWidth: handbookContentWidth('A4') });
    expect(svg.textSizes.label).toBe(10);
    expect(stepGroups(a4).map((g) => [g.bounds!.width, g.bounds!.height])).toEqual(stepGroups(svg).map((g) => [g.bounds!.width, g.bounds!.height]));
    expect(a4.width).toBeCloseTo(handbookContentWidth('A4'), 1);
    a4.columns.slice(1).forEach((c, i) => expect(c.width).toBeGreaterThanOrEqual(svg.columns[i + 1]!.width));
    // A lone box takes its row's room: the 19-character label on two lines, not five.
    expect(labelLines(a4, 'b')).toHaveLength(2);
    expect(chartProblems(a4, fonts)).toEqual([]);
  });

  it('narrows the label boxes, then the text, never below 8 pt, and says why', async () => {
    const widths = [2000, 700, 511.28, 400, 100];
    const layouts = await Promise.all(widths.map((maxWidth) => layoutChart(demo, { lang: 'zh-TW', fonts, maxWidth })));
    expect(layouts[0]!.width).toBeCloseTo(2000, 1);
    layouts.forEach((layout, i) => {
      expect(chartProblems(layout, fonts), String(widths[i])).toEqual([]);
      if (i > 0) expect(layout.textSizes.label).toBeLessThanOrEqual(layouts[i - 1]!.textSizes.label);
      if (layout.textSizes.label === 10) expect(layout.shrunk).toBeUndefined();
    });
    expect(labelLines(layouts[3]!, 'form').length).toBeGreaterThanOrEqual(labelLines(layouts[0]!, 'form').length);
    const tiny = layouts[4]!;
    expect(tiny.textSizes.label).toBe(8);
    expect(tiny.textSizes.cell).toBeGreaterThanOrEqual(7);
    expect(tiny.shrunk).toMatchObject({ from: 10, maxWidth: 100 });
    expect(tiny.shrunk!.width).toBeGreaterThan(100);
    expect(tiny.shrunk!.widestRow.length).toBeGreaterThan(0);
  });

  it('shares the room between the data columns, never below a word', () => {
    const ranges = new Map([
      ['owner', { least: 20, min: 30, natural: 60, full: 60 }],
      ['support', { least: 20, min: 30, natural: 30, full: 50 }],
      ['time', { least: 30, min: 40, natural: 80, full: 100 }],
      ['forms', { least: 25, min: 50, natural: 110, full: 150 }],
    ] as const);
    const widths = (a: ReturnType<typeof allocateColumns>) => [...a!.widths.values()];
    expect(widths(allocateColumns(ranges, 400))).toEqual([60, 30, 80, 110]);
    // Room to spare fills the table: the columns widen toward one line per entry, the rest is the flow's.
    expect(allocateColumns(ranges, 400, true)).toEqual({ widths: new Map([['owner', 60], ['support', 50], ['time', 100], ['forms', 150]]), spare: 40 });
    expect(widths(allocateColumns(ranges, 320, true))).toEqual([60, 40, 90, 130]);
    // Too little: each column gives up the same share of what it can, down to its minimum.
    expect(widths(allocateColumns(ranges, 150 + 65))).toEqual([45, 30, 60, 80]);
    expect(allocateColumns(ranges, 149)).toBeUndefined();
    // Squeezed (the last resort), below the minimum down to the words.
    const squeezed = widths(allocateColumns(ranges, 120, false, true));
    expect(squeezed.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(120);
    expect(squeezed.every((w, i) => w >= [20, 20, 30, 25][i]!)).toBe(true);
    expect(allocateColumns(ranges, 94, false, true)).toBeUndefined();
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

  it('draws a loop to the step itself round its west side, out and back in with its arrow', async () => {
    const layout = await layoutChart(demo, { lang: 'zh-TW', fonts });
    const shape = stepGroups(layout).find((g) => g.data!['data-step-id'] === 'again')!.bounds!;
    const loop = layout.edges.find((e) => e.from === 'again' && e.to === 'again')!;
    expect(loop.back).toBe(true);
    const [out, left, up, back] = loop.points;
    expect(loop.points).toHaveLength(4);
    // Out of the west corner, to the left, up, and back in to the outline higher up.
    expect(out!.x).toBeCloseTo(shape.x, 1);
    expect(out!.y).toBeCloseTo(shape.y + shape.height / 2, 1);
    expect(left!.x).toBeLessThan(shape.x - 10);
    expect(up!.x).toBe(left!.x);
    expect(up!.y).toBeLessThan(out!.y - 5);
    expect(back!.y).toBe(up!.y);
    expect(back!.x - up!.x).toBeGreaterThan(10);
    // Its label below the loop, clear of it (chartProblems checks the rest).
    expect(loop.label!.y - loop.label!.size).toBeGreaterThan(out!.y);
    expect(chartProblems(layout, fonts)).toEqual([]);
  });

  it('draws a loop to a process step itself between two points of its west side', async () => {
    const sop = fromText(`sop: 1
id: self-loop
title: 自我迴圈
unit: 測試科
steps:
  - {id: a, kind: start, text: 開始}
  - {id: b, text: 反覆檢查直到完成, next: [b, c]}
  - {id: c, kind: end, text: 結束}
legal: []
forms: []
`);
    for (const maxWidth of [undefined, 200]) {
      const layout = await layoutChart(sop, { lang: 'zh-TW', fonts, maxWidth });
      expect(chartProblems(layout, fonts)).toEqual([]);
      const shape = stepGroups(layout).find((g) => g.data!['data-step-id'] === 'b')!.bounds!;
      const loop = layout.edges.find((e) => e.from === 'b' && e.to === 'b')!;
      expect(loop.points.map((p) => p.x < shape.x + 0.01)).toEqual([true, true, true, true]);
      expect(loop.points[0]!.y).toBeGreaterThan(loop.points[3]!.y);
    }
  });

  it('names a subprocess by the SOP title, else its external name, else its id unbroken', async () => {
    const sop = fromText(`sop: 1
id: refs
title: 引用
unit: 測試科
steps:
  - {id: a, kind: start, text: 開始}
  - {id: known, kind: subprocess, sop: petition-overdue-tracking, text: 逾期追蹤}
  - {id: external, kind: subprocess, sop: some-other-sop-with-a-long-id, external: 公文處理作業要點, text: 依要點辦理}
  - {id: unknown, kind: subprocess, sop: petition-overdue-tracking, text: 逾期追蹤作業}
  - {id: done, kind: end, text: 結束}
legal: []
forms: []
`);
    const withTitles = await layoutChart(sop, { lang: 'zh-TW', fonts, sopTitles: new Map([['petition-overdue-tracking', '陳情案件逾期追蹤作業流程']]) });
    expect(labelLines(withTitles, 'known').join('')).toContain('《陳情案件逾期追蹤作業流程》');
    expect(labelLines(withTitles, 'external').join('')).toContain('《公文處理作業要點》');
    for (const maxWidth of [undefined, 300]) {
      const alone = await layoutChart(sop, { lang: 'zh-TW', fonts, maxWidth });
      expect(labelLines(alone, 'unknown')).toContain('《petition-overdue-tracking》');
      expect(chartProblems(alone, fonts)).toEqual([]);
    }
  });

  it('keeps Latin words whole, breaking a hyphenated word only after a hyphen', async () => {
    const sop = fromText(`sop: 1
id: words
title: Words
unit: Test
steps:
  - {id: a, kind: start, text: Start}
  - {id: b, text: Reconfigure the authentication-server-certificate and notify administrators}
  - {id: c, kind: decision, text: Is the internationalization acceptable?, branches: {yes: d, no: b}}
  - {id: d, kind: end, text: Done}
legal: []
forms: []
`);
    for (const maxWidth of [undefined, 250]) {
      const layout = await layoutChart(sop, { lang: 'en', fonts, maxWidth });
      expect(chartProblems(layout, fonts)).toEqual([]);
      for (const [id, text] of [['b', sop.steps[1]!.text], ['c', sop.steps[2]!.text]] as const) {
        const pieces = text.split(/ |(?<=-)/);
        for (const line of labelLines(layout, id)) for (const piece of line.split(/ |(?<=-)/)) expect(pieces, `${line} in ${id}`).toContain(piece);
      }
    }
  });

  it('keeps branch labels clear of every shape and edge in generated flows', async () => {
    for (let i = 0; i < 6; i++) {
      const sop = randomSop(14 + 9 * i, i + 1);
      for (const maxWidth of [undefined, 511]) expect(chartProblems(await layoutChart(sop, { lang: 'zh-TW', fonts, maxWidth }), fonts), `random ${i}`).toEqual([]);
    }
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

describe('the comfortable placement shared by an SVG and a handbook page of one SOP', () => {
  // layoutChart keeps each SOP's comfortable placement by the options it depends on: the chart
  // must come out the same whichever layout of the SOP is asked for first, and options that change
  // the placement must not get another option's.
  const text = DEMO_SOP;
  const strip = (layout: ChartLayout) => JSON.stringify(layout);
  const width = handbookContentWidth('A4');

  it('gives the SVG and the page the layouts they get on their own', async () => {
    const alone = { svg: strip(await layoutChart(fromText(text), { lang: 'zh-TW', fonts })), page: strip(await layoutChart(fromText(text), { lang: 'zh-TW', fonts, maxWidth: width })) };
    const sop = fromText(text);
    expect(strip(await layoutChart(sop, { lang: 'zh-TW', fonts, maxWidth: width }))).toBe(alone.page);
    expect(strip(await layoutChart(sop, { lang: 'zh-TW', fonts }))).toBe(alone.svg);
    const other = fromText(text);
    expect(strip(await layoutChart(other, { lang: 'zh-TW', fonts }))).toBe(alone.svg);
    expect(strip(await layoutChart(other, { lang: 'zh-TW', fonts, maxWidth: width }))).toBe(alone.page);
  });

  it('lays the chart out again for options that change the placement', async () => {
    const sop = fromText(text);
    await layoutChart(sop, { lang: 'zh-TW', fonts });
    for (const options of [{ lang: 'en' as const }, { formsInline: true }, { roomWidth: 400 }, { keepTogether: ['受理'] }, { hoursPerDay: 7 }]) {
      const shared = strip(await layoutChart(sop, { lang: 'zh-TW', fonts, ...options }));
      expect(shared).toBe(strip(await layoutChart(fromText(text), { lang: 'zh-TW', fonts, ...options })));
    }
  });
});
