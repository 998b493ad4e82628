// Figures of a drawn chart and of its handbook pages, for `npm run chart-metrics` and the tests:
// how tangled the flow is (crossings, bends), how much text its boxes hold, and how the pages
// are used (chart pages, height per step, gaps where a chart breaks, thin pages, connectors).

import { THIN_SHARE } from '../handbook/page-flow.js';
import type { ChartLayout } from '../layout/chart-layout.js';
import { countBends, countCrossings, countFourWayJoins, countInversions, type NumberedBox } from '../layout/crossings.js';
import type { Box, GroupItem, Page, Point, Scene, SceneItem, TextItem } from '../scene.js';

export interface FlowMetrics {
  steps: number;
  crossings: number;
  bends: number;
  /** Pairs of steps side by side in a row whose numbers run right to left. */
  inversions: number;
  /** "+" junctions: lines joining from both sides where another runs through. */
  fourWayJoins: number;
  /** Lines of the steps' labels, in all and in the fullest box. */
  labelLines: number;
  maxLabelLines: number;
  /** The smallest label size (points). */
  labelSize: number;
}

/** The chart's edges as polylines (a step's loop to itself is left out: its box draws it). */
export function edgeLines(layout: ChartLayout): Point[][] {
  return layout.edges.filter((e) => e.from !== e.to).map((e) => e.points);
}

export function flowMetrics(layout: ChartLayout): FlowMetrics {
  const lines = edgeLines(layout);
  let labelLines = 0;
  let maxLabelLines = 0;
  let labelSize = Infinity;
  for (const item of layout.items) {
    if (item.kind !== 'group' || item.role !== 'step') continue;
    const labels = texts([item]).filter((t) => t.role === 'label');
    labelLines += labels.length;
    maxLabelLines = Math.max(maxLabelLines, labels.length);
    for (const t of labels) labelSize = Math.min(labelSize, t.size);
  }
  return {
    steps: layout.stepNumbers.size,
    crossings: countCrossings(lines),
    bends: lines.reduce((sum, line) => sum + countBends(line), 0),
    inversions: rowInversions(layout),
    fourWayJoins: countFourWayJoins(lines),
    labelLines,
    maxLabelLines,
    labelSize: Number.isFinite(labelSize) ? labelSize : 0,
  };
}

/** Pairs of steps side by side numbered right to left. */
export function rowInversions(layout: ChartLayout): number {
  const symbols: NumberedBox[] = [];
  for (const item of layout.items) {
    if (item.kind !== 'group' || item.role !== 'step' || !item.bounds) continue;
    const number = layout.stepNumbers.get(item.data?.['data-step-id'] ?? '');
    if (number !== undefined) symbols.push({ number, x: item.bounds.x, y: item.bounds.y, height: item.bounds.height });
  }
  return countInversions(symbols);
}

export interface PageMetrics {
  pages: number;
  chartPages: number;
  /** Height of the chart on its pages (header rows included), in points. */
  chartHeight: number;
  /** The smallest label, cell, branch label or header text on the chart pages (points). */
  smallestFont: number;
  /** Empty space below the chart on each page where it goes on to the next page (points). */
  breakGaps: number[];
  /** Pages whose content (the footer aside) fills less than a fifth of their height. */
  thinPages: number;
  connectors: number;
  /** Crossings between the edges (with their connector stubs) drawn on the chart pages. */
  pageCrossings: number;
}

export function pageMetrics(scene: Scene, margins: { top: number; bottom: number }): PageMetrics {
  const out: PageMetrics = { pages: scene.pages.length, chartPages: 0, chartHeight: 0, smallestFont: Infinity, breakGaps: [], thinPages: 0, connectors: 0, pageCrossings: 0 };
  scene.pages.forEach((page, index) => {
    const charts = groups(page.items, 'chart');
    const contentBottom = page.height - margins.bottom;
    if (charts.length > 0) {
      out.chartPages++;
      const box = unionOf(charts.map((c) => c.bounds).filter((b): b is Box => b !== undefined));
      if (box) {
        out.chartHeight += box.height;
        const next = scene.pages[index + 1];
        if (next && groups(next.items, 'chart').length > 0) out.breakGaps.push(Math.max(0, contentBottom - (box.y + box.height)));
      }
      for (const t of texts(charts)) if (t.role === 'label' || t.role === 'cell' || t.role === 'branch-label' || t.role === 'header') out.smallestFont = Math.min(out.smallestFont, t.size);
      out.connectors += charts.reduce((sum, c) => sum + groups(c.items, 'connector').length, 0);
      out.pageCrossings += countCrossings(charts.flatMap((c) => groups(c.items, 'edge')).map(edgeShaft));
    }
    if (isThin(page, margins)) out.thinPages++;
  });
  if (!Number.isFinite(out.smallestFont)) out.smallestFont = 0;
  return out;
}

function isThin(page: Page, margins: { top: number; bottom: number }): boolean {
  const boxes = page.items.filter((i) => !(i.kind === 'group' && i.role === 'footer')).map(boundsOf).filter((b): b is Box => b !== undefined);
  const box = unionOf(boxes);
  const content = page.height - margins.top - margins.bottom;
  return box !== undefined && box.height < THIN_SHARE * content;
}

/** The polyline of an edge group's first path (its shaft). */
function edgeShaft(group: GroupItem): Point[] {
  const path = group.items.find((i) => i.kind === 'path');
  if (!path || path.kind !== 'path') return [];
  return path.commands.flatMap((c) => (c.op === 'Z' ? [] : [{ x: c.x, y: c.y }]));
}

function boundsOf(item: SceneItem): Box | undefined {
  if (item.kind === 'group') return item.bounds ?? unionOf(item.items.map(boundsOf).filter((b): b is Box => b !== undefined));
  if (item.kind === 'rect') return item.box;
  if (item.kind === 'text') return { x: item.x, y: item.y - item.size, width: item.width, height: item.size * 1.2 };
  if (item.kind === 'circle') return { x: item.center.x - item.radius, y: item.center.y - item.radius, width: 2 * item.radius, height: 2 * item.radius };
  const points = item.commands.flatMap((c) => (c.op === 'Z' ? [] : [{ x: c.x, y: c.y, width: 0, height: 0 }]));
  return unionOf(points);
}

function unionOf(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
}

/** Groups of a role, at any depth. */
function groups(items: readonly SceneItem[], role: string): GroupItem[] {
  const out: GroupItem[] = [];
  for (const item of items) {
    if (item.kind !== 'group') continue;
    if (item.role === role) out.push(item);
    else out.push(...groups(item.items, role));
  }
  return out;
}

function texts(items: readonly SceneItem[]): TextItem[] {
  const out: TextItem[] = [];
  for (const item of items) {
    if (item.kind === 'text') out.push(item);
    else if (item.kind === 'group') out.push(...texts(item.items));
  }
  return out;
}
