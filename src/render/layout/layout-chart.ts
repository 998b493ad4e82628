// SOP → ChartLayout. Steps are measured (text wrapped with the real font) into boxes, our layered
// layout or ELK lays the boxes out top to bottom (flow-placement.ts), the layers become the table's rows, rows are stretched where
// their cells need more height, and everything is turned into scene items in chart coordinates
// (header on top, y down, the flow in the first column).
//
// Each box is as wide as the room its row leaves (box-room.ts: the table's width, an A4 page's
// text block when none is given, less the data columns at their narrowest, shared among the lanes
// of the row), so the first try usually fits. Fitting a width (the handbook's page): the
// comfortable chart first, its table filling the width; if it is too wide, the data columns narrow
// (their cells wrap); then the compact style (tighter gaps) with the boxes' rooms narrowed by as
// much as the flow was too wide, at 10 pt and then at smaller label sizes down to 8 pt (ChartLayout
// says so in `shrunk`). Column widths are chosen after the flow is placed, so each try costs
// one layout (an ELK run where our layout does not draw the chart), and sizes that cannot fit by the previous try's proportions are skipped once the
// boxes are as narrow as their words.

import type { Lang } from '../../i18n/lang.js';
import type { Sop, Step } from '../../model/types.js';
import type { Point, SceneItem } from '../scene.js';
import { KeepTogether, measureText, type Fonts } from '../text/index.js';
import { ChartMarks } from './change-marks.js';
import type { ChartLayout, ChartOptions, ChartRow, EdgeGeometry } from './chart-layout.js';
import { clusterRows, rowBands } from './chart-rows.js';
import { estimateRows, boxRooms, roomsAndLanes, roomsFromRows, NO_CAP, type RoomCap } from './box-room.js';
import { chartStyle, MIN_LABEL_SIZE, NOMINAL_TABLE_WIDTH, type ChartStyle } from './chart-style.js';
import { sourcePortKey } from './elk-layout.js';
import { placeSteps } from './flow-placement.js';
import { drawnSteps, planEdges, type PlannedEdge } from './flow-edges.js';
import type { PlacedBox, StepBox } from './step-boxes.js';
import { branchLabel, stepGroup } from './step-items.js';
import { cellContent, cellItems, DATA_COLUMNS, HEADER_TEXT, headerLayout, type CellContent, type ColumnGeometry, type DataColumn, type PlacedCellEntry } from './table.js';
import { allocateColumns, columnRanges, columnTexts, sumOf, widthsOf, type ColumnRanges, type ColumnTexts } from './table-columns.js';
import { faceOf } from './text-block.js';
import { identity } from './memo-identity.js';

/** The label size of the comfortable chart (the SVG, and the handbook when it fits). */
const NATURAL_SIZE = 10;
/** Label sizes of the compact chart, tried largest first when the chart must fit a width. */
const FIT_SIZES = [10, 9.5, 9, 8.5, MIN_LABEL_SIZE];
/** How far a size's estimated width may exceed the width and still be tried. */
const ESTIMATE_SLACK = 1.04;

export async function layoutChart(sop: Sop, options: ChartOptions): Promise<ChartLayout> {
  const keep = new KeepTogether([...(options.keepTogether ?? []), ...sop.steps.flatMap((s) => [...(s.owner ? [s.owner] : []), ...s.support])]);
  const chart = chartShared(sop, options, keep);
  const maxWidth = options.maxWidth;
  const natural = await naturalPlacement(sop, options, chart);
  if (maxWidth === undefined) return finishLayout(natural, widthsOf(natural.ranges, 'natural'), options);
  const fits = allocateColumns(natural.ranges, maxWidth - natural.flowWidth, true);
  if (fits) return finishLayout(natural, fits.widths, options, fits.spare);
  const fit = await fitWidth(sop, options, chart, natural, maxWidth);
  const shrunk = fit.placement.style.label < NATURAL_SIZE ? { from: NATURAL_SIZE, width: natural.flowWidth + sumOf(natural.ranges, 'min'), maxWidth, widestRow: widestRow(natural) } : undefined;
  return finishLayout(fit.placement, fit.widths, options, fit.spare, shrunk);
}

/**
 * The compact chart that fits `maxWidth`, at the largest label size where it can: first with the
 * narrowest boxes (the size where those fit is found from how wide the flow came out, which scales
 * about linearly with the size), then with boxes as wide as the room between that chart and the
 * natural one suggests (first what each placed row leaves free, then that cap in the widest rows
 * only, then in every row, then half as much wider; the first that fits is kept). A chart too wide
 * even at 8 pt comes back wider.
 */
async function fitWidth(sop: Sop, options: ChartOptions, chart: ChartShared, natural: Placement, maxWidth: number): Promise<{ placement: Placement; widths: Map<DataColumn, number>; spare: number }> {
  const room = (style: ChartStyle, squeeze: boolean) => maxWidth - sumOf(chart.rangesOf(style, natural.numbered), squeeze ? 'least' : 'min');
  let narrowest: Placement | undefined;
  for (const [i, size] of FIT_SIZES.entries()) {
    const style = chartStyle(size, 'compact');
    const last = i === FIT_SIZES.length - 1;
    // Skip a size the last try shows cannot fit (its flow, at this size, wider than the room).
    if (narrowest && !last && (narrowest.flowWidth * size) / narrowest.style.label > room(style, false) * ESTIMATE_SLACK) continue;
    narrowest = await placeFlow(sop, options, style, chart, { width: 0, widestRowsOnly: false });
    const fitted = allocateColumns(narrowest.ranges, maxWidth - narrowest.flowWidth, true, last);
    if (!fitted) {
      if (last) return { placement: narrowest, widths: widthsOf(narrowest.ranges, 'least'), spare: 0 };
      continue;
    }
    // It fits with the narrowest boxes: as wide as the room between this chart and the natural one allows.
    const em = (p: Placement) => ({ widest: p.widestBox / p.style.label, flow: p.flowWidth / p.style.label });
    const [a, b] = [em(narrowest), em(natural)];
    const target = (0.97 * room(style, last)) / size;
    // Each box widened by what its placed row leaves free (lines beside it moved aside; first with
    // a lone box taking the whole width, else kept clear of, else half as much); else the boxes of the widest rows capped (the others as wide as
    // their room); else every box capped; else half as much wider; else the narrowest.
    const extra = Math.max(0, target * size - narrowest.flowWidth) / 2;
    const bounds = { left: narrowest.minX - extra, right: narrowest.maxX + extra };
    const clear = roomsFromRows(narrowest.clusters, narrowest.routes.values(), bounds, style.nodeSpacing);
    const halfway = new Map([...narrowest.boxByStep].map(([step, box]) => [step, (box.width + (clear.get(step) ?? box.width)) / 2]));
    const tries: (RoomCap | Map<Step, number>)[] = [NO_CAP, roomsFromRows(narrowest.clusters, [], bounds, style.nodeSpacing, true), roomsFromRows(narrowest.clusters, [], bounds, style.nodeSpacing), clear, halfway];
    if (b.flow > a.flow && b.widest > a.widest && target > a.flow) {
      const cap = a.widest + ((target - a.flow) * (b.widest - a.widest)) / (b.flow - a.flow);
      tries.push({ width: cap, widestRowsOnly: true }, { width: cap, widestRowsOnly: false }, { width: (a.widest + cap) / 2, widestRowsOnly: false });
    }
    // Of the tries that fit, the shortest table (the first of equals). The tries do not depend on
    // each other: all are asked for at once, so that this thread measures and plans the next one
    // while ELK's thread lays out the one before (the same layouts, judged in the same order).
    const placements = tries.map((rooms) => placeFlow(sop, options, style, chart, rooms));
    placements.forEach((p) => p.catch(() => {})); // a failure is thrown below, in its turn
    let shortest: { placement: Placement; widths: Map<DataColumn, number>; spare: number; height: number } | undefined;
    for (const pending of placements) {
      const wider = await pending;
      const widened = allocateColumns(wider.ranges, maxWidth - wider.flowWidth, true, last);
      if (!widened) continue;
      const height = rowsHeight(wider, widened.widths, options);
      if (!shortest || height < shortest.height - 0.5) shortest = { placement: wider, ...widened, height };
    }
    return shortest ?? { placement: narrowest, ...fitted };
  }
  throw new Error('unreachable');
}

/** The step numbers of the placement's widest row. */
function widestRow(placement: Placement): number[] {
  const width = (row: PlacedBox[]) => row[row.length - 1]!.x + row[row.length - 1]!.box.width - row[0]!.x;
  const widest = placement.clusters.reduce<PlacedBox[] | undefined>((best, row) => (!best || width(row) > width(best) ? row : best), undefined) ?? [];
  return widest.map((p) => p.box.number);
}

/** What every layout of one chart shares: the names kept whole, the steps drawn, the first plan's rows; the data columns' ranges, which depend only on the style and whether rows show step numbers (made once each). */
interface ChartShared {
  keep: KeepTogether;
  /** The steps drawn, in order. */
  drawn: Step[];
  /** Whether the rows estimated from the first plan of the exits hold several steps: the data columns are guessed from that; the rooms from each plan the placement tries (flow-placement.ts). */
  guessNumbered: boolean;
  rangesOf: (style: ChartStyle, numbered: boolean) => ColumnRanges;
}

function chartShared(sop: Sop, options: ChartOptions, keep: KeepTogether): ChartShared {
  const drawn = drawnSteps(sop);
  const made = new Map<ChartStyle, { texts: Map<DataColumn, ColumnTexts>; byNumbering: Map<boolean, ColumnRanges> }>();
  const rangesOf = (style: ChartStyle, numbered: boolean): ColumnRanges => {
    const context = { fonts: options.fonts, style, lang: options.lang, keep };
    let atStyle = made.get(style);
    // The entries measured once per style: with or without step numbers, the same.
    if (!atStyle) made.set(style, (atStyle = { texts: new Map(DATA_COLUMNS.map((key) => [key, columnTexts(sop, drawn, key, context, options.hoursPerDay)])), byNumbering: new Map() }));
    let ranges = atStyle.byNumbering.get(numbered);
    if (!ranges) atStyle.byNumbering.set(numbered, (ranges = columnRanges(sop, drawn, context, numbered, options.hoursPerDay, atStyle.texts)));
    return ranges;
  };
  const planned = planEdges(sop);
  const guessNumbered = estimateRows(planned.order, planned.edges).counts.some((n) => n > 1);
  return { keep, drawn, guessNumbered, rangesOf };
}

/** The comfortable placement of each SOP (model object) by what it depends on; see naturalPlacement. */
const naturals = new WeakMap<Sop, Map<string, Promise<Placement>>>();

/**
 * The comfortable chart's placement (10 pt, boxes as wide as their rooms). It depends only on the
 * SOP and the options below, so an SVG and a handbook page of one SOP (both reckoned from an A4
 * text block by default) share it instead of laying the chart out twice. Placements are not
 * changed once made (finishLayout and fitWidth only read them).
 */
function naturalPlacement(sop: Sop, options: ChartOptions, chart: ChartShared): Promise<Placement> {
  const key = [
    options.lang,
    options.layout ?? 'auto',
    options.formsInline ?? false,
    options.hoursPerDay ?? '',
    options.roomWidth ?? options.maxWidth ?? NOMINAL_TABLE_WIDTH,
    identity(options.fonts),
    identity(options.sopTitles),
    (options.keepTogether ?? []).join('\u0000'),
  ].join('|');
  let bySop = naturals.get(sop);
  if (!bySop) naturals.set(sop, (bySop = new Map()));
  let placement = bySop.get(key);
  if (!placement) {
    placement = placeFlow(sop, options, chartStyle(NATURAL_SIZE), chart);
    bySop.set(key, placement);
    placement.catch(() => bySop!.delete(key));
  }
  return placement;
}

/** The flow laid out by ELK at one style, before the data columns get their widths. */
interface Placement {
  sop: Sop;
  style: ChartStyle;
  keep: KeepTogether;
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
  /** The widest step box. */
  widestBox: number;
  /** Whether some row holds several steps (cells then show step numbers). */
  numbered: boolean;
  ranges: ColumnRanges;
}

/** The flow placed at `style`, each box at most as wide as its room and `cap` (in label sizes), or in the rooms given. */
async function placeFlow(sop: Sop, options: ChartOptions, style: ChartStyle, chart: ChartShared, cap: RoomCap | Map<Step, number> = NO_CAP): Promise<Placement> {
  const { fonts, lang } = options;
  const { keep, drawn } = chart;
  const numbers = new Map(drawn.map((s, i) => [s.id, i + 1]));
  // Each box as wide as its row's room leaves: the table's width less the data columns' (box-room.ts).
  const guess = chart.rangesOf(style, chart.guessNumbered);
  const flowRoom = (options.roomWidth ?? options.maxWidth ?? NOMINAL_TABLE_WIDTH) - sumOf(guess, 'min') - 2 * style.flowPadding;
  const sharesOf = (order: ReadonlyMap<Step, number>, edges: readonly PlannedEdge[]) => {
    const estimate = estimateRows(order, edges);
    return cap instanceof Map ? { rooms: cap, lanes: boxRooms(estimate, flowRoom, style) } : roomsAndLanes(estimate, flowRoom, style, { ...cap, width: cap.width * style.label });
  };
  const context = { sop, fonts, style, lang, sopTitles: options.sopTitles, formsInline: options.formsInline ?? false, keep, sharesOf, layout: options.layout ?? 'auto' };
  const { edges, boxes, placed, routes } = await placeSteps(sop, numbers, context, style);
  const boxByStep = new Map(boxes.map((b) => [b.step, b]));

  // Rows: ELK layers. Boundaries lie in the gaps between layers, clear of horizontal edge runs.
  const clusters = clusterRows(placed);
  const { tops, bottoms, boundaries } = rowBands(clusters, routes.values(), style.flowPadding * 0.6);

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
  const ranges = chart.rangesOf(style, numbered);
  return { sop, style, keep, widestBox: Math.max(0, ...placed.map((p) => p.box.width)), numbers, edges, boxByStep, placed, routes, clusters, tops, bottoms, boundaries, minX, maxX, flowWidth, numbered, ranges };
}

/** The table's columns: the flow, then 主辦, 協辦, 標準工時／時間點, 使用表單 at the given widths. */
function tableColumns(flowWidth: number, widths: Map<DataColumn, number>, lang: Lang): { columns: ColumnGeometry[]; width: number } {
  const columns: ColumnGeometry[] = [{ key: 'flow', x: 0, width: flowWidth, title: HEADER_TEXT.flow[lang] }];
  let x = flowWidth;
  for (const key of DATA_COLUMNS) {
    const width = widths.get(key)!;
    columns.push({ key, x, width, title: HEADER_TEXT[key][lang] });
    x += width;
  }
  return { columns, width: x };
}

/** Each row's cells, by column. */
function cellContents(placement: Placement, columns: ColumnGeometry[], options: ChartOptions): Map<string, CellContent>[] {
  const { sop, style } = placement;
  return placement.clusters.map((row) => {
    const steps = row.map((p) => ({ step: p.box.step, number: p.box.number }));
    const map = new Map<string, CellContent>();
    for (const column of columns.slice(1)) map.set(column.key, cellContent(sop, steps, column.key as DataColumn, column.width, options.fonts, style, options.lang, row.length > 1, options.hoursPerDay, placement.keep));
    return map;
  });
}

/** How tall the table's rows come out with the data columns at `widths` (the flow stretched to the cells). */
function rowsHeight(placement: Placement, widths: Map<DataColumn, number>, options: ChartOptions): number {
  const { columns } = tableColumns(placement.flowWidth, widths, options.lang);
  const stretch = rowStretches(placement, cellContents(placement, columns, options)).reduce((sum, s) => sum + s.extra, 0);
  return placement.boundaries[placement.boundaries.length - 1]! - placement.boundaries[0]! + stretch;
}

/** Where the flow is stretched (half above a row, half below) so that each row holds its cells. */
function rowStretches(placement: Placement, contents: Map<string, CellContent>[]): { at: number; extra: number }[] {
  const { style, tops, bottoms, boundaries } = placement;
  const inserts: { at: number; extra: number }[] = [];
  placement.clusters.forEach((_, i) => {
    const need = Math.max(0, ...[...contents[i]!.values()].map((c) => c.height)) + 2 * style.cellPadding.y;
    const have = boundaries[i + 1]! - boundaries[i]!;
    if (need > have) {
      const extra = need - have;
      inserts.push({ at: tops[i]! - 0.001, extra: extra / 2 }, { at: bottoms[i]! + 0.001, extra: extra / 2 });
    }
  });
  return inserts;
}

/** The chart with the data columns at the given widths (and `spare` room for the flow): rows sized to their cells, scene items. */
function finishLayout(placement: Placement, widths: Map<DataColumn, number>, options: ChartOptions, spare = 0, shrunk?: ChartLayout['shrunk']): ChartLayout {
  const { sop, style, numbers, placed, clusters, boundaries, minX, maxX } = placement;
  const flowWidth = placement.flowWidth + spare;
  const { fonts, lang } = options;
  const { columns, width: totalWidth } = tableColumns(flowWidth, widths, lang);

  // Cell contents and the rows' heights; stretch the flow where a row needs more room.
  const contents = cellContents(placement, columns, options);
  const inserts = rowStretches(placement, contents);
  const header = headerLayout(columns, fonts, style, lang);
  const dx = (flowWidth - (maxX - minX)) / 2 - minX;
  const dy = header.height - boundaries[0]!;
  const mapY = (y: number) => y + dy + inserts.reduce((sum, ins) => (y > ins.at ? sum + ins.extra : sum), 0);
  const mapPoint = (p: Point): Point => ({ x: p.x + dx, y: mapY(p.y) });
  const rowBands = clusters.map((_, i) => ({ top: mapY(boundaries[i]!), bottom: mapY(boundaries[i + 1]!) }));
  // Contiguous bands (the first starts right below the header).
  for (let i = 0; i < rowBands.length; i++) rowBands[i]!.top = i === 0 ? header.height : rowBands[i - 1]!.bottom;

  const rows: ChartRow[] = clusters.map((row, i) => ({ top: rowBands[i]!.top, bottom: rowBands[i]!.bottom, stepIds: row.map((p) => p.box.step.id) }));
  const marks = options.changes ? new ChartMarks(options.changes, fonts) : undefined;
  const items: SceneItem[] = tableItems(rows, columns, contents, style, fonts, marks);
  for (const p of placed) {
    const group = stepGroup(p.box, mapPoint({ x: p.x, y: p.y }), style);
    items.push(marks ? marks.step(group, p.box.step.id) : group);
  }
  let edges = edgeGeometries(placement, mapPoint, fonts, marks);
  if (marks) edges = removedEdgesFirst(edges, items, marks, [{ top: 0, bottom: header.height }, ...rows]);

  const height = rows.length > 0 ? rows[rows.length - 1]!.bottom : header.height;
  return {
    width: totalWidth,
    height,
    header,
    rows,
    items,
    edges,
    textSizes: { label: style.label, cell: style.cell, min: Math.min(style.mark, style.small) },
    columns,
    stepNumbers: marks ? marks.numbers(numbers) : numbers,
    ...(shrunk ? { shrunk } : {}),
  };
}

/** Table cells, row by row (the flow's cell first), then the cells' text; with the changes marked. */
function tableItems(rows: ChartRow[], columns: ColumnGeometry[], contents: Map<string, CellContent>[], style: ChartStyle, fonts: Fonts, marks: ChartMarks | undefined): SceneItem[] {
  const items: SceneItem[] = [];
  rows.forEach((row, i) => {
    const numbered = row.stepIds.length > 1;
    const cells = new Map<string, PlacedCellEntry[]>();
    for (const column of columns.slice(1)) {
      const content = contents[i]!.get(column.key)!;
      if (content.entries.length > 0) cells.set(column.key, cellItems(content, { x: column.x, y: row.top, width: column.width, height: row.bottom - row.top }, style, numbered, fonts));
    }
    for (const column of columns) {
      const box = { x: column.x, y: row.top, width: column.width, height: row.bottom - row.top };
      // A cell holding one step's marked text alone is tinted.
      const alone = !numbered && cells.get(column.key)?.some((entry) => entry.lines.length > 0);
      const tint = marks && alone ? marks.cellTint(row.stepIds[0]!, column.key as DataColumn) : undefined;
      items.push({ kind: 'rect', box, fill: tint ?? '#ffffff', stroke: { color: style.colors.rule, width: style.strokes.rule } });
    }
    for (const [key, entries] of cells) {
      for (const entry of entries) {
        if (marks) items.push(...marks.cellEntry(entry, key as DataColumn));
        else items.push(...(entry.number ? [entry.number] : []), ...entry.lines);
      }
    }
  });
  return items;
}

/**
 * Removed edges first (drawn below the others where they share a port's trunk); a removed
 * branch label gets its strike line, an item of its own, where it lies within a band.
 */
function removedEdgesFirst(edges: EdgeGeometry[], items: SceneItem[], marks: ChartMarks, bands: readonly { top: number; bottom: number }[]): EdgeGeometry[] {
  const removed = (edge: EdgeGeometry) => edge.change === 'removed';
  const ordered = [...edges.filter(removed), ...edges.filter((edge) => !removed(edge))];
  for (const edge of ordered) if (edge.change === 'removed' && edge.label && marks.inBand(edge.label, bands)) items.push(marks.strike([edge.label], 'removed'));
  return ordered;
}

/** Edges in chart coordinates, with branch labels beside their first segment (stacked where loops share a corner). */
function edgeGeometries(placement: Placement, mapPoint: (p: Point) => Point, fonts: Fonts, marks: ChartMarks | undefined): EdgeGeometry[] {
  const stacks = new Map<string, number>();
  return placement.edges.map((edge) => {
    const points = placement.routes.get(edge.id)!.map(mapPoint);
    const geometry: EdgeGeometry = { from: edge.from.id, to: edge.to.id, points, back: edge.back };
    const change = marks?.edge(edge.from.id, edge.to.id);
    if (change) geometry.change = change;
    if (edge.label) {
      const key = `${edge.from.index}|${sourcePortKey(edge)}`;
      const stack = stacks.get(key) ?? 0;
      stacks.set(key, stack + 1);
      const label = branchLabel(edge, points, placement.boxByStep.get(edge.from)!, placement.style, fonts, stack);
      geometry.label = change && marks ? marks.label(label, change) : label;
    }
    return geometry;
  });
}
