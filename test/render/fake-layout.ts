// A stand-in ChartLayout for the handbook tests: one step per row, straight edges down the flow
// column, loops on its west side. It lets the pagination tests control row heights and chart
// widths exactly (the real layout comes from layoutChart).
import type { ChartColumn, ChartLayout, ChartRow, EdgeGeometry } from '../../src/render/layout/chart-layout.js';
import type { SceneItem, TextItem } from '../../src/render/scene.js';

export interface FakeStep {
  id: string;
  text?: string;
  next?: string[];
}

export interface FakeLayoutOptions {
  rowHeight?: number | ((index: number) => number);
  /** Chart width (columns scale to it). */
  width?: number;
  textSizes?: { label: number; cell: number; min: number };
}

const stroke = { color: '#000000', width: 0.75 };

function text(s: string, x: number, y: number, size: number, role: TextItem['role']): TextItem {
  return { kind: 'text', text: s, x, y, anchor: 'middle', size, weight: 'regular', color: '#000000', width: s.length * size, role };
}

export function fakeLayout(steps: FakeStep[], options: FakeLayoutOptions = {}): ChartLayout {
  const width = options.width ?? 480;
  const sizes = options.textSizes ?? { label: 10, cell: 9, min: 8 };
  const rowHeightOf = (i: number) => (typeof options.rowHeight === 'function' ? options.rowHeight(i) : (options.rowHeight ?? 70));
  const fractions: [ChartColumn['key'], number, string][] = [
    ['flow', 0.5, '處理流程'],
    ['owner', 0.2, '權責單位'],
    ['time', 0.15, '標準工時'],
    ['forms', 0.15, '使用表單'],
  ];
  const columns: ChartColumn[] = [];
  let x = 0;
  for (const [key, f, title] of fractions) {
    columns.push({ key, x, width: width * f, title });
    x += width * f;
  }
  const headerHeight = 28;
  const header: SceneItem[] = columns.flatMap((c) => [
    { kind: 'rect', box: { x: c.x, y: 0, width: c.width, height: headerHeight }, fill: '#eeeeee', stroke } as SceneItem,
    text(c.title, c.x + c.width / 2, 18, sizes.cell, 'header'),
  ]);
  const rows: ChartRow[] = [];
  const items: SceneItem[] = [];
  const flow = columns[0]!;
  const cx = flow.x + flow.width / 2;
  const boxW = flow.width * 0.6;
  const centers = new Map<string, { top: number; bottom: number }>();
  let top = headerHeight;
  steps.forEach((step, i) => {
    const h = rowHeightOf(i);
    rows.push({ top, bottom: top + h, stepIds: [step.id] });
    for (const c of columns) items.push({ kind: 'rect', box: { x: c.x, y: top, width: c.width, height: h }, fill: 'none', stroke });
    const boxH = Math.min(30, h - 20);
    const boxTop = top + (h - boxH) / 2;
    centers.set(step.id, { top: boxTop, bottom: boxTop + boxH });
    const bounds = { x: cx - boxW / 2, y: boxTop, width: boxW, height: boxH };
    items.push({
      kind: 'group',
      role: 'step',
      id: step.id,
      data: { 'data-step-id': step.id },
      bounds,
      items: [
        { kind: 'rect', box: bounds, fill: '#ffffff', stroke: { color: '#000000', width: 1 } },
        text(step.text ?? step.id, cx, boxTop + boxH / 2 + 3.5, sizes.label, 'label'),
      ],
    });
    items.push(text('承辦人', columns[1]!.x + columns[1]!.width / 2, top + h / 2 + 3, sizes.cell, 'cell'));
    top += h;
  });
  const edges: EdgeGeometry[] = [];
  steps.forEach((step, i) => {
    const targets = step.next ?? (i + 1 < steps.length ? [steps[i + 1]!.id] : []);
    for (const to of targets) {
      const a = centers.get(step.id)!;
      const b = centers.get(to);
      if (!b) continue;
      if (b.top > a.bottom) edges.push({ from: step.id, to, points: [{ x: cx, y: a.bottom }, { x: cx, y: b.top }], back: false });
      else {
        const west = cx - boxW / 2 - 12;
        const ay = (a.top + a.bottom) / 2;
        const by = (b.top + b.bottom) / 2;
        edges.push({ from: step.id, to, points: [{ x: cx - boxW / 2, y: ay }, { x: west, y: ay }, { x: west, y: by }, { x: cx - boxW / 2, y: by }], back: true });
      }
    }
  });
  return {
    width,
    height: top,
    header: { height: headerHeight, items: header },
    rows,
    items,
    edges,
    textSizes: sizes,
    columns,
    stepNumbers: new Map(steps.map((s, i) => [s.id, i + 1])),
  };
}

/** n steps in a line, with a loop from the last step back to the second. */
export function chainSteps(n: number): FakeStep[] {
  const steps: FakeStep[] = Array.from({ length: n }, (_, i) => ({ id: `s${i + 1}`, text: `步驟${i + 1}` }));
  if (n > 2) steps[n - 1]!.next = ['s2'];
  return steps;
}
