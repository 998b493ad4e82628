// SOP → ChartLayout. Steps are measured (text wrapped with the real font) into boxes, ELK lays
// the boxes out top to bottom, the ELK layers become the table's rows, rows are stretched where
// their cells need more height, and everything is turned into scene items in chart coordinates
// (header on top, y down, the flow in the first column).
//
// Fitting a width (the handbook's page): the comfortable chart first; if it is too wide, the
// data columns narrow (their cells wrap); then the compact style (label boxes wrap onto more
// lines, narrower diamonds, tighter gaps), at 10 pt and then at smaller label sizes down to 7 pt.
// Column widths are chosen after ELK has placed the flow, so each try costs one ELK run, and
// sizes that cannot fit by the previous try's proportions are skipped.

import type { Sop, Step } from '../../model/types.js';
import type { ChartLayout, ChartOptions, ChartRow, EdgeGeometry } from '../chart-layout.js';
import type { Point, SceneItem, TextItem } from '../scene.js';
import { fontMetrics, measureText } from '../text/index.js';
import { chartStyle, MIN_BODY_SIZE, type ChartStyle } from './chart-style.js';
import { runElk, sourcePortKey, targetPortKey } from './elk-layout.js';
import { drawnSteps, planEdges, type PlannedEdge } from './flow-edges.js';
import { shapeInnerLines, shapeOutline } from './shapes.js';
import { measureStepBox, type StepBox } from './step-boxes.js';
import { cellContent, cellItems, DATA_COLUMNS, dataColumnRange, HEADER_TEXT, headerLayout, type CellContent, type ColumnGeometry, type DataColumn } from './table.js';
import { blockHeight, blockItems, faceOf } from './text-block.js';

/** The label size of the comfortable chart (the SVG, and the handbook when it fits). */
const NATURAL_SIZE = 10;
/** Label sizes of the compact chart, tried largest first when the chart must fit a width. */
const FIT_SIZES = [10, 9.5, 9, 8.5, 8, 7.5, MIN_BODY_SIZE];
/** How far a size's estimated width may exceed the width and still be tried. */
const ESTIMATE_SLACK = 1.04;

type ColumnRanges = Map<DataColumn, { min: number; natural: number }>;

export async function layoutChart(sop: Sop, options: ChartOptions): Promise<ChartLayout> {
  const natural = await placeFlow(sop, options, chartStyle(NATURAL_SIZE));
  const maxWidth = options.maxWidth;
  if (maxWidth === undefined) return finishLayout(natural, naturalWidths(natural.ranges), options);
  const widths = allocateColumns(natural.ranges, maxWidth - natural.flowWidth);
  if (widths) return finishLayout(natural, widths, options);
  let previous: Placement | undefined;
  for (const [i, size] of FIT_SIZES.entries()) {
    const style = chartStyle(size, 'compact');
    const last = i === FIT_SIZES.length - 1;
    if (previous && !last) {
      // Flow and columns scale about linearly with the label size: skip sizes that cannot fit.
      const ranges = columnRanges(sop, drawnSteps(sop), options, style, previous.numbered);
      const flow = (previous.flowWidth * size) / previous.style.label;
      if (flow + sumOf(ranges, 'min') > maxWidth * ESTIMATE_SLACK) continue;
    }
    const placement = await placeFlow(sop, options, style);
    const fitted = allocateColumns(placement.ranges, maxWidth - placement.flowWidth);
    if (fitted) return finishLayout(placement, fitted, options);
    if (last) return finishLayout(placement, minWidths(placement.ranges), options); // too wide even so: the caller scales it or turns the page
    previous = placement;
  }
  throw new Error('unreachable');
}

function sumOf(ranges: ColumnRanges, key: 'min' | 'natural'): number {
  let sum = 0;
  for (const range of ranges.values()) sum += range[key];
  return sum;
}

function naturalWidths(ranges: ColumnRanges): Map<DataColumn, number> {
  return new Map([...ranges].map(([key, range]) => [key, range.natural]));
}

function minWidths(ranges: ColumnRanges): Map<DataColumn, number> {
  return new Map([...ranges].map(([key, range]) => [key, range.min]));
}

/**
 * Widths of the data columns in `available` points: natural when they fit, else each column
 * narrowed by the same share of the room it can give up; undefined when even the narrowest do not fit.
 */
export function allocateColumns(ranges: ColumnRanges, available: number): Map<DataColumn, number> | undefined {
  const natural = sumOf(ranges, 'natural');
  if (natural <= available + 1e-6) return naturalWidths(ranges);
  const min = sumOf(ranges, 'min');
  if (min > available + 1e-6) return undefined;
  const share = natural - min > 0 ? (available - min) / (natural - min) : 0;
  // Rounded down to 1/100 pt, so that rounding never makes the chart wider than the width.
  return new Map([...ranges].map(([key, range]) => [key, Math.max(range.min, Math.floor((range.min + (range.natural - range.min) * share) * 100) / 100)]));
}

function columnRanges(sop: Sop, drawn: Step[], options: ChartOptions, style: ChartStyle, numbered: boolean): ColumnRanges {
  const numberWidth = numbered ? measureText(faceOf(options.fonts, 'regular'), String(drawn.length), style.cell) + style.cell * 0.4 : 0;
  return new Map(DATA_COLUMNS.map((key) => [key, dataColumnRange(sop, drawn, key, options.fonts, style, options.lang, numberWidth, options.hoursPerDay)]));
}

interface PlacedBox {
  box: StepBox;
  x: number;
  y: number;
}

/** Removes repeated points and the middle of straight runs. */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue;
    if (out.length >= 2) {
      const a = out[out.length - 2]!;
      const b = out[out.length - 1]!;
      const straight = (Math.abs(a.x - b.x) < 0.01 && Math.abs(b.x - p.x) < 0.01) || (Math.abs(a.y - b.y) < 0.01 && Math.abs(b.y - p.y) < 0.01);
      const sameWay = (b.x - a.x) * (p.x - b.x) + (b.y - a.y) * (p.y - b.y) > 0;
      if (straight && sameWay) out.pop();
    }
    out.push({ x: p.x, y: p.y });
  }
  // Both ends: the last run (so the arrowhead points along it), then the first (reversed).
  return straightenEndJog(straightenEndJog(out).reverse()).reverse();
}

/** Shorter than this, a segment is ELK's rounding (a port a hair off the route), not a turn. */
const JOG = 0.5;

/**
 * [… Z, A, B, T] where B→T is a sub-point jog across the A→B run (ports placed a fraction of a
 * point off the route): move the run (A and B) onto T's line, so the edge arrives straight and its
 * arrowhead points along the run, not sideways. Z→A is perpendicular to A→B, so it stays
 * straight; the outline points (the first and T) never move. With three points there is no room:
 * the arrowhead then takes its direction from the run (arrow.ts).
 */
function straightenEndJog(points: Point[]): Point[] {
  const n = points.length;
  if (n < 4) return points;
  const [a, b, t] = [points[n - 3]!, points[n - 2]!, points[n - 1]!];
  const jog = Math.hypot(t.x - b.x, t.y - b.y);
  if (jog === 0 || jog >= JOG) return points;
  const vertical = Math.abs(a.x - b.x) < 0.01;
  const horizontal = Math.abs(a.y - b.y) < 0.01;
  if (vertical && Math.abs(t.y - b.y) < 0.01) {
    a.x = t.x;
    b.x = t.x;
  } else if (horizontal && Math.abs(t.x - b.x) < 0.01) {
    a.y = t.y;
    b.y = t.y;
  } else {
    return points;
  }
  return points.slice(0, -2).concat(t);
}

/** Groups boxes whose vertical extents overlap (ELK's layers) into rows, top to bottom. */
function clusterRows(placed: PlacedBox[]): PlacedBox[][] {
  const sorted = [...placed].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: PlacedBox[][] = [];
  let bottom = -Infinity;
  for (const p of sorted) {
    if (rows.length === 0 || p.y >= bottom - 0.01) {
      rows.push([p]);
      bottom = p.y + p.box.height;
    } else {
      rows[rows.length - 1]!.push(p);
      bottom = Math.max(bottom, p.y + p.box.height);
    }
  }
  for (const row of rows) row.sort((a, b) => a.x - b.x);
  return rows;
}

/** A y in (low, high) as far as possible from the given horizontal segments' y values. */
function freeY(low: number, high: number, taken: number[]): number {
  const marks = [low, ...taken.filter((y) => y > low && y < high).sort((a, b) => a - b), high];
  let best = (low + high) / 2;
  let bestGap = -1;
  for (let i = 0; i + 1 < marks.length; i++) {
    const gap = marks[i + 1]! - marks[i]!;
    if (gap > bestGap + 0.01) {
      bestGap = gap;
      best = (marks[i]! + marks[i + 1]!) / 2;
    }
  }
  return best;
}

/** The flow laid out by ELK at one style, before the data columns get their widths. */
interface Placement {
  sop: Sop;
  style: ChartStyle;
  numbers: Map<string, number>;
  edges: PlannedEdge[];
  boxByStep: Map<Step, StepBox>;
  placed: PlacedBox[];
  routes: Map<string, Point[]>;
  clusters: PlacedBox[][];
  tops: number[];
  bottoms: number[];
  boundaries: number[];
  minX: number;
  maxX: number;
  /** Width of the flow column. */
  flowWidth: number;
  /** Whether some row holds several steps (cells then show step numbers). */
  numbered: boolean;
  ranges: ColumnRanges;
}

async function placeFlow(sop: Sop, options: ChartOptions, style: ChartStyle): Promise<Placement> {
  const { fonts, lang } = options;
  const drawn = drawnSteps(sop);
  const numbers = new Map(drawn.map((s, i) => [s.id, i + 1]));
  const { edges, order } = planEdges(sop);
  const context = { sop, fonts, style, lang, sopTitles: options.sopTitles, formsInline: options.formsInline ?? false };
  // Boxes in drawing order: ELK's model order.
  const boxes = [...order.keys()].map((step) => measureStepBox(step, numbers.get(step.id)!, edges, context));
  const boxByStep = new Map(boxes.map((b) => [b.step, b]));

  const elk = await runElk(boxes, edges, style);
  const placed: PlacedBox[] = boxes.map((box) => ({ box, ...elk.positions.get(box.nodeId)! }));
  const placedByStep = new Map(placed.map((p) => [p.box.step, p]));

  // Edge polylines in ELK coordinates: symbol outline → port → route → port → outline; a loop
  // to the step itself as its box drew it.
  const abs = (p: PlacedBox, q: Point): Point => ({ x: p.x + q.x, y: p.y + q.y });
  const routes = new Map<string, Point[]>();
  for (const edge of edges) {
    const source = placedByStep.get(edge.from)!;
    if (edge.from === edge.to) {
      routes.set(edge.id, source.box.selfLoop!.points.map((q) => abs(source, q)));
      continue;
    }
    const target = placedByStep.get(edge.to)!;
    const sourcePort = source.box.ports.get(sourcePortKey(edge))!;
    const targetPort = target.box.ports.get(targetPortKey(edge))!;
    const route = elk.routes.get(edge.id) ?? [abs(source, sourcePort.at), abs(target, targetPort.at)];
    routes.set(edge.id, simplify([abs(source, sourcePort.anchor), abs(source, sourcePort.at), ...route, abs(target, targetPort.at), abs(target, targetPort.anchor)]));
  }

  // Rows: ELK layers. Boundaries lie in the gaps between layers, clear of horizontal edge runs.
  const clusters = clusterRows(placed);
  const horizontalYs: number[] = [];
  let minEdgeY = Infinity;
  let maxEdgeY = -Infinity;
  for (const points of routes.values()) {
    for (let i = 0; i < points.length; i++) {
      minEdgeY = Math.min(minEdgeY, points[i]!.y);
      maxEdgeY = Math.max(maxEdgeY, points[i]!.y);
      if (i > 0 && Math.abs(points[i]!.y - points[i - 1]!.y) < 0.01) horizontalYs.push(points[i]!.y);
    }
  }
  const tops = clusters.map((row) => Math.min(...row.map((p) => p.y)));
  const bottoms = clusters.map((row) => Math.max(...row.map((p) => p.y + p.box.height)));
  const boundaries: number[] = [Math.min(tops[0] ?? 0, minEdgeY) - style.flowPadding * 0.6];
  for (let i = 1; i < clusters.length; i++) boundaries.push(freeY(bottoms[i - 1]!, tops[i]!, horizontalYs));
  boundaries.push(Math.max(bottoms[bottoms.length - 1] ?? 0, maxEdgeY) + style.flowPadding * 0.6);

  let minX = Infinity;
  let maxX = -Infinity;
  for (const p of placed) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x + p.box.width);
  }
  for (const points of routes.values()) for (const q of points) ((minX = Math.min(minX, q.x)), (maxX = Math.max(maxX, q.x)));
  if (placed.length === 0) ((minX = 0), (maxX = 0));
  const flowHeaderWidth = Math.max(...HEADER_TEXT.flow[lang].split('\n').map((line) => measureText(faceOf(fonts, 'bold'), line, style.cell))) + 2 * style.cellPadding.x;
  const flowWidth = Math.max(maxX - minX + 2 * style.flowPadding, flowHeaderWidth);
  const numbered = clusters.some((row) => row.length > 1);
  const ranges = columnRanges(sop, drawn, options, style, numbered);
  return { sop, style, numbers, edges, boxByStep, placed, routes, clusters, tops, bottoms, boundaries, minX, maxX, flowWidth, numbered, ranges };
}

/** The chart with the data columns at the given widths: rows sized to their cells, scene items. */
function finishLayout(placement: Placement, widths: Map<DataColumn, number>, options: ChartOptions): ChartLayout {
  const { sop, style, numbers, edges, boxByStep, placed, routes, clusters, tops, bottoms, boundaries, minX, maxX, flowWidth } = placement;
  const { fonts, lang } = options;

  // Columns: the flow, then 主辦, 協辦, 標準工時／時間點, 使用表單.
  const columns: ColumnGeometry[] = [{ key: 'flow', x: 0, width: flowWidth, title: HEADER_TEXT.flow[lang] }];
  let x = flowWidth;
  for (const key of DATA_COLUMNS) {
    const width = widths.get(key)!;
    columns.push({ key, x, width, title: HEADER_TEXT[key][lang] });
    x += width;
  }
  const totalWidth = x;

  // Cell contents and the rows' heights; stretch the flow where a row needs more room.
  const contents: Map<string, CellContent>[] = clusters.map((row) => {
    const steps = row.map((p) => ({ step: p.box.step, number: p.box.number }));
    const map = new Map<string, CellContent>();
    for (const column of columns.slice(1)) map.set(column.key, cellContent(sop, steps, column.key as DataColumn, column.width, fonts, style, lang, row.length > 1, options.hoursPerDay));
    return map;
  });
  const inserts: { at: number; extra: number }[] = [];
  clusters.forEach((_, i) => {
    const need = Math.max(0, ...[...contents[i]!.values()].map((c) => c.height)) + 2 * style.cellPadding.y;
    const have = boundaries[i + 1]! - boundaries[i]!;
    if (need > have) {
      const extra = need - have;
      inserts.push({ at: tops[i]! - 0.001, extra: extra / 2 }, { at: bottoms[i]! + 0.001, extra: extra / 2 });
    }
  });
  const header = headerLayout(columns, fonts, style, lang);
  const dx = (flowWidth - (maxX - minX)) / 2 - minX;
  const dy = header.height - boundaries[0]!;
  const mapY = (y: number) => y + dy + inserts.reduce((sum, ins) => (y > ins.at ? sum + ins.extra : sum), 0);
  const mapPoint = (p: Point): Point => ({ x: p.x + dx, y: mapY(p.y) });
  const rowBands = clusters.map((_, i) => ({ top: mapY(boundaries[i]!), bottom: mapY(boundaries[i + 1]!) }));
  // Contiguous bands (the first starts right below the header).
  for (let i = 0; i < rowBands.length; i++) rowBands[i]!.top = i === 0 ? header.height : rowBands[i - 1]!.bottom;

  const rows: ChartRow[] = clusters.map((row, i) => ({ top: rowBands[i]!.top, bottom: rowBands[i]!.bottom, stepIds: row.map((p) => p.box.step.id) }));
  const items: SceneItem[] = [];

  // Table cells, row by row (the flow's cell first), then the cells' text.
  rows.forEach((row, i) => {
    for (const column of columns) {
      const box = { x: column.x, y: row.top, width: column.width, height: row.bottom - row.top };
      items.push({ kind: 'rect', box, fill: '#ffffff', stroke: { color: style.colors.rule, width: style.strokes.rule } });
    }
    for (const column of columns.slice(1)) {
      const content = contents[i]!.get(column.key)!;
      if (content.entries.length === 0) continue;
      items.push(...cellItems(content, { x: column.x, y: row.top, width: column.width, height: row.bottom - row.top }, style, clusters[i]!.length > 1, fonts));
    }
  });

  // Steps.
  for (const p of placed) {
    const origin = mapPoint({ x: p.x, y: p.y });
    items.push(stepGroup(p.box, origin, style));
  }

  // Edges, with branch labels beside their first segment (stacked where branches share a corner).
  const stacks = new Map<string, number>();
  const geometries: EdgeGeometry[] = edges.map((edge) => {
    const points = routes.get(edge.id)!.map(mapPoint);
    const geometry: EdgeGeometry = { from: edge.from.id, to: edge.to.id, points, back: edge.back };
    if (edge.label) {
      const key = `${edge.from.index}|${edge.sourceSide}`;
      const stack = stacks.get(key) ?? 0;
      stacks.set(key, stack + 1);
      geometry.label = branchLabel(edge, points, boxByStep.get(edge.from)!, style, fonts, stack);
    }
    return geometry;
  });

  const height = rows.length > 0 ? rows[rows.length - 1]!.bottom : header.height;
  return {
    width: totalWidth,
    height,
    header,
    rows,
    items,
    edges: geometries,
    textSizes: { label: style.label, cell: style.cell, min: Math.min(style.mark, style.small) },
    columns,
    stepNumbers: numbers,
  };
}

/** A branch label beside the first segment of its edge; `stack` moves it one line further away per label already there. */
function branchLabel(edge: PlannedEdge, points: Point[], source: StepBox, style: ChartStyle, fonts: ChartOptions['fonts'], stack: number): TextItem {
  const face = faceOf(fonts, 'regular');
  const text = edge.label!.normalize('NFC');
  const width = measureText(face, text, style.branch);
  const { ascent, descent } = fontMetrics(face, style.branch);
  const start = points[0]!;
  const gap = style.mark * 0.35;
  const step = stack * (ascent + descent + gap);
  const item: TextItem = { kind: 'text', text, x: start.x, y: start.y, anchor: 'start', size: style.branch, weight: 'regular', color: style.colors.text, width, role: 'branch-label' };
  const above = { y: start.y - gap - descent - step };
  const below = { y: start.y + gap + ascent + step };
  // A loop to the step itself rises from its corner: labels on that side go below, out of its way.
  const loopSide = source.selfLoop ? (source.selfLoop.points[1]!.x < source.shape.x ? 'W' : 'E') : undefined;
  switch (edge.sourceSide) {
    case 'S':
      return { ...item, x: start.x + gap, ...below };
    case 'E':
      return { ...item, x: start.x + gap, ...(loopSide === 'E' ? below : above) };
    case 'W': {
      // Above the line, unless a loop comes in just above it.
      const under = loopSide === 'W' || source.ports.get('Win')!.at.y < source.ports.get('Wout')!.at.y;
      return { ...item, anchor: 'end', x: start.x - gap, ...(under ? below : above) };
    }
  }
}

function stepGroup(box: StepBox, origin: Point, style: ChartStyle): SceneItem {
  const { step } = box;
  const shape = { x: origin.x + box.shape.x, y: origin.y + box.shape.y, width: box.shape.width, height: box.shape.height };
  const items: SceneItem[] = [];
  const fill = step.kind === 'start' || step.kind === 'end' ? style.colors.terminalFill : style.colors.shapeFill;
  items.push({ kind: 'path', commands: shapeOutline(step.kind, shape, style.shape), fill, stroke: { color: style.colors.stroke, width: style.strokes.shape } });
  const inner = shapeInnerLines(step.kind, shape, style.shape);
  if (inner.length > 0) items.push({ kind: 'path', commands: inner, stroke: { color: style.colors.stroke, width: style.strokes.shape } });
  let top = origin.y + box.textTop;
  for (const [i, block] of box.blocks.entries()) {
    if (i > 0) top += style.label * 0.3;
    items.push(...blockItems(block, shape.x + shape.width / 2, top, 'middle'));
    top += blockHeight(block);
  }
  // The small marks beside the shape: its step number and its 註 marks.
  const mark = (text: string, at: Point, anchor: TextItem['anchor'], width: number, color: string, role: TextItem['role']): TextItem => ({
    kind: 'text',
    text,
    x: origin.x + at.x,
    y: origin.y + at.y,
    anchor,
    size: style.mark,
    weight: 'regular',
    color,
    width,
    role,
  });
  items.push(mark(box.numberText, box.numberAt, box.numberAnchor, box.numberWidth, style.colors.muted, 'step-number'));
  if (box.noteText && box.noteAt) items.push(mark(box.noteText, box.noteAt, box.noteAnchor, box.noteWidth, style.colors.text, 'note-mark'));
  for (const form of box.forms) {
    const formBox = { x: origin.x + form.shape.x, y: origin.y + form.shape.y, width: form.shape.width, height: form.shape.height };
    const formStyle = { ...style.shape, waveAmplitude: Math.max(1.5, style.small * 0.25) };
    const anchor = { x: origin.x + box.formsAnchor!.x, y: origin.y + box.formsAnchor!.y };
    const midX = (shape.x + shape.width + formBox.x) / 2;
    const targetY = formBox.y + (formBox.height - 2 * formStyle.waveAmplitude) / 2;
    items.push({
      kind: 'path',
      commands: [
        { op: 'M', x: anchor.x, y: anchor.y },
        { op: 'L', x: midX, y: anchor.y },
        { op: 'L', x: midX, y: targetY },
        { op: 'L', x: formBox.x, y: targetY },
      ],
      stroke: { color: style.colors.edge, width: style.strokes.form, dash: [1.5, 1.5] },
    });
    items.push({
      kind: 'group',
      role: 'inline-form',
      bounds: formBox,
      items: [
        { kind: 'path', commands: shapeOutline('document', formBox, formStyle), fill: style.colors.formFill, stroke: { color: style.colors.stroke, width: style.strokes.form } },
        ...blockItems(form.block, formBox.x + formBox.width / 2, formBox.y + (formBox.height - 2 * formStyle.waveAmplitude - blockHeight(form.block)) / 2, 'middle'),
      ],
    });
  }
  return {
    kind: 'group',
    id: `step-${step.id}`,
    data: { 'data-step-id': step.id, 'data-kind': step.kind },
    role: 'step',
    bounds: shape,
    items,
  };
}
