// 一、處理流程 on the handbook's pages: the chart from the ChartLayout, scaled to the content
// width, split between rows onto as many pages as it needs with the column header row repeated on
// each. An edge cut by a page break ends on its first page at an off-page connector (ISO 5807: a
// circle with a letter) just past the cut, and goes on from a connector with the same letter on
// the page where its target is. Connectors sit in a narrow band between the cut and the table's
// edge, reserved only where some edge crosses the cut.
import type { ChartLayout, EdgeGeometry } from '../layout/chart-layout.js';
import { chartStyle } from '../layout/chart-style.js';
import { changedEdgeStyle, edgeData, edgeItems, type EdgeStyle } from '../layout/edge-items.js';
import type { Box, GroupItem, Point, SceneItem } from '../scene.js';
import { fontMetrics, measureText, type Fonts } from '../text/index.js';
import { itemBox, placeItem, unionBox, type Placement } from '../scene-geometry.js';
import { landscapeFrame, type PageFlow, type PageFrame, type PaperSize } from './page-flow.js';

/** The smallest text size the chart may be scaled to before a wider page is used. */
export const MIN_TEXT_SIZE = 7;
/** Off-page connector radius and the height of the band that holds connectors. */
export const CONNECTOR_RADIUS = 7;
export const CONNECTOR_BAND = 2 * CONNECTOR_RADIUS + 8;
const CONNECTOR_COLOR = '#000000';
const CONNECTOR_STROKE = 1;

/**
 * The chart's running text size for the 7-pt rule: its labels and cells. Step numbers and 註
 * marks are superscript-sized by design (textSizes.min) and are not held to it.
 */
export function chartBodyTextSize(layout: ChartLayout): number {
  return Math.min(layout.textSizes.label, layout.textSizes.cell);
}

export interface ChartMessages {
  tooWide: (scalePercent: number, textSize: number) => string;
  tooWideEvenLandscape: (textSize: number) => string;
  rowTooTall: (rowIndex: number, scalePercent: number) => string;
  rowTooTallSmallText: (rowIndex: number, textSize: number) => string;
}

export interface ChartPagesOptions {
  fonts: Fonts;
  paper: PaperSize;
  messages: ChartMessages;
  /**
   * Draws the section heading at the cursor and returns its height; called once, on the page
   * where the chart starts (so the heading never stays behind alone).
   */
  heading: { height: number; draw: () => void };
}

/** One page's part of the chart. */
export interface ChartPagePlan {
  /** Index of the page in the flow. */
  page: number;
  first: number;
  last: number;
  /** Scale from chart to page. */
  s: number;
  /** Chart x = 0 on the page. */
  x0: number;
  /** Top of the header row on the page. */
  headerTop: number;
  /** Band above the first row (connectors of edges coming from an earlier page), or none. */
  topBand?: { y: number; height: number };
  /** Band below the last row (connectors of edges going on to a later page), or none. */
  bottomBand?: { y: number; height: number };
  /** Page y of the chart's rows[first].top and rows[last].bottom. */
  rowsTop: number;
  rowsBottom: number;
  group: GroupItem;
}

/** An off-page connector placed on a page, for tests and for the report. */
export interface ConnectorPlacement {
  letter: string;
  page: number;
  center: Point;
  /** The edges through this connector (several when edges to one step share it). */
  edges: { from: string; to: string }[];
  end: 'out' | 'in';
}

export interface ChartPagesResult {
  plans: ChartPagePlan[];
  connectors: ConnectorPlacement[];
  warnings: string[];
}

/** A, B, …, Z, AA, AB, … */
export function connectorLetter(index: number): string {
  let n = index;
  let out = '';
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

function crosses(edge: EdgeGeometry, y: number): boolean {
  let above = false;
  let below = false;
  for (const p of edge.points) {
    if (p.y < y - 1e-6) above = true;
    if (p.y > y + 1e-6) below = true;
  }
  return above && below;
}

/** Adds an item to a chart page group and grows its bounds. */
function addTo(group: GroupItem, item: SceneItem, fonts: Fonts): void {
  group.items.push(item);
  const box = itemBox(item, fonts);
  if (box) group.bounds = unionBox(group.bounds, box);
}

function itemCenterY(item: SceneItem, fonts: Fonts): number | undefined {
  const box = itemBox(item, fonts);
  return box ? box.y + box.height / 2 : undefined;
}

/** Lays the chart out on pages at the flow's cursor; the cursor ends below the chart. */
export function addChartPages(flow: PageFlow, layout: ChartLayout, options: ChartPagesOptions): ChartPagesResult {
  const { fonts, messages } = options;
  const warnings: string[] = [];
  const rows = layout.rows;
  const H = layout.header.height;

  const style = chartStyle(layout.textSizes.label);
  const edgeStyle: EdgeStyle = { color: style.colors.edge, width: style.strokes.edge };
  const bodyText = chartBodyTextSize(layout);

  // Width: scale down to the content width, but not so far that text gets below 7 pt; a chart
  // that would goes on landscape pages (A3, or the paper turned when it is larger).
  let chartFrame: PageFrame | undefined;
  let s = Math.min(1, flow.frame.content.width / layout.width);
  if (s < 1 && bodyText * s < MIN_TEXT_SIZE - 1e-9) {
    const wide = landscapeFrame(options.paper);
    const sWide = Math.min(1, wide.content.width / layout.width);
    chartFrame = wide;
    if (sWide < 1 && bodyText * sWide < MIN_TEXT_SIZE - 1e-9) warnings.push(messages.tooWideEvenLandscape(round1(bodyText * sWide)));
    else warnings.push(messages.tooWide(Math.round(s * 100), round1(bodyText * s)));
    s = sWide;
  }
  const defaultFrame = flow.frame;

  const edges = layout.edges;
  const cutNeedsBand = (y: number) => edges.some((e) => crosses(e, y));
  const plans: ChartPagePlan[] = [];

  if (chartFrame) flow.newPage(chartFrame);
  let headingDrawn = false;
  let i = 0;
  while (i < rows.length) {
    const headingHeight = headingDrawn ? 0 : options.heading.height;
    const avail = flow.remaining - headingHeight;
    const topBand = i > 0 && cutNeedsBand(rows[i]!.top) ? CONNECTOR_BAND : 0;
    const bottomBandFor = (j: number) => (j < rows.length - 1 && cutNeedsBand(rows[j]!.bottom) ? CONNECTOR_BAND : 0);
    const need = (j: number, scale: number) => scale * H + topBand + scale * (rows[j]!.bottom - rows[i]!.top) + bottomBandFor(j);
    let last = i - 1;
    while (last + 1 < rows.length && need(last + 1, s) <= avail + 1e-6) last++;
    let pageScale = s;
    if (last < i) {
      if (!flow.atPageTop) {
        flow.newPage(chartFrame);
        continue;
      }
      // A row taller than a whole page: scale this page down until it fits.
      last = i;
      const fixed = topBand + bottomBandFor(i);
      pageScale = Math.max((avail - fixed) / (H + rows[i]!.bottom - rows[i]!.top), 0.01);
      const text = round1(bodyText * pageScale);
      warnings.push(text < MIN_TEXT_SIZE && text < bodyText ? messages.rowTooTallSmallText(i + 1, text) : messages.rowTooTall(i + 1, Math.round((pageScale / s) * 100)));
    }
    if (!headingDrawn) {
      options.heading.draw();
      headingDrawn = true;
    }
    const content = flow.frame.content;
    const headerTop = flow.y;
    const x0 = content.x + (content.width - pageScale * layout.width) / 2;
    const rowsTop = headerTop + pageScale * H + topBand;
    const rowsBottom = rowsTop + pageScale * (rows[last]!.bottom - rows[i]!.top);
    const group: GroupItem = { kind: 'group', role: 'chart', data: { 'data-section': 'chart' }, items: [] };
    flow.page.items.push(group);
    const plan: ChartPagePlan = {
      page: flow.pages.length - 1,
      first: i,
      last,
      s: pageScale,
      x0,
      headerTop,
      rowsTop,
      rowsBottom,
      group,
    };
    if (topBand) plan.topBand = { y: rowsTop - topBand, height: topBand };
    const bottomBand = bottomBandFor(last);
    if (bottomBand) plan.bottomBand = { y: rowsBottom, height: bottomBand };
    plans.push(plan);

    const headerPlace: Placement = { s: pageScale, dx: x0, dy: headerTop };
    for (const item of layout.header.items) addTo(group, placeItem(item, headerPlace), fonts);
    // A connector band is one more row of the table, its cells ruled like the chart's.
    for (const band of [plan.topBand, plan.bottomBand]) {
      if (!band) continue;
      for (const column of layout.columns) {
        const box = { x: x0 + pageScale * column.x, y: band.y, width: pageScale * column.width, height: band.height };
        addTo(group, { kind: 'rect', box, fill: '#ffffff', stroke: { color: style.colors.rule, width: style.strokes.rule * pageScale } }, fonts);
      }
    }
    flow.y = rowsBottom + bottomBand;
    i = last + 1;
    if (i < rows.length) flow.newPage(chartFrame);
  }

  const rowPlace = (plan: ChartPagePlan): Placement => ({ s: plan.s, dx: plan.x0, dy: plan.rowsTop - plan.s * rows[plan.first]!.top });
  const planOfY = (y: number): ChartPagePlan => plans.find((p) => y < rows[p.last]!.bottom) ?? plans[plans.length - 1]!;

  // Items: each on the page of its row.
  for (const item of layout.items) {
    const cy = itemCenterY(item, fonts);
    if (cy === undefined) continue;
    const plan = planOfY(cy);
    addTo(plan.group, placeItem(item, rowPlace(plan)), fonts);
  }

  // Edges: whole when both ends are on one page, else cut with a pair of connectors. Edges that
  // leave one page for the same step on another, crossing the cuts close together, share a pair.
  interface Crossing {
    at: Point;
    points: Point[];
    edge: EdgeGeometry;
  }
  interface Side {
    plan: ChartPagePlan;
    band: 'top' | 'bottom';
    crossings: Crossing[];
  }
  interface Pair {
    key: string;
    letter: string;
    out: Side;
    in: Side;
  }
  const r = CONNECTOR_RADIUS;
  const pairs: Pair[] = [];
  for (const edge of edges) {
    if (edge.points.length < 2) continue;
    const pts = edge.points;
    const src = planOfY(pts[0]!.y);
    const dst = planOfY(pts[pts.length - 1]!.y);
    if (edge.label) {
      const lp = planOfY(edge.label.y);
      addTo(lp.group, placeItem(edge.label, rowPlace(lp)), fonts);
    }
    if (src === dst) {
      const t = rowPlace(src);
      drawPolyline(src.group, pts.map((p) => placePoint(p, t)), edge, edgeStyle, src.s, fonts);
      continue;
    }
    const down = plans.indexOf(dst) > plans.indexOf(src);
    const yOut = down ? rows[src.last]!.bottom : rows[src.first]!.top;
    const yIn = down ? rows[dst.first]!.top : rows[dst.last]!.bottom;
    const out = cutFirst(pts, yOut, down);
    const inn = cutLast(pts, yIn, down);
    if (!out || !inn) {
      // Not a clean crossing (cannot happen with row-aligned layouts): draw it on its source page.
      const t = rowPlace(src);
      drawPolyline(src.group, pts.map((p) => placePoint(p, t)), edge, edgeStyle, src.s, fonts);
      continue;
    }
    const ts = rowPlace(src);
    const td = rowPlace(dst);
    const outCrossing: Crossing = { at: placePoint(out.at, ts), points: out.points.map((p) => placePoint(p, ts)), edge };
    const inCrossing: Crossing = { at: placePoint(inn.at, td), points: inn.points.map((p) => placePoint(p, td)), edge };
    const key = `${src.page}|${dst.page}|${edge.to}|${down}`;
    const near = (a: Crossing, b: Crossing) => Math.abs(a.at.x - b.at.x) <= 3 * r;
    const shared = pairs.find((p) => p.key === key && near(p.out.crossings[0]!, outCrossing) && near(p.in.crossings[0]!, inCrossing));
    if (shared) {
      shared.out.crossings.push(outCrossing);
      shared.in.crossings.push(inCrossing);
    } else {
      pairs.push({
        key,
        letter: '',
        out: { plan: src, band: down ? 'bottom' : 'top', crossings: [outCrossing] },
        in: { plan: dst, band: down ? 'top' : 'bottom', crossings: [inCrossing] },
      });
    }
  }
  // Letters in reading order of the outgoing ends: by page, then left to right.
  [...pairs]
    .sort((a, b) => a.out.plan.page - b.out.plan.page || (a.out.band === b.out.band ? 0 : a.out.band === 'top' ? -1 : 1) || a.out.crossings[0]!.at.x - b.out.crossings[0]!.at.x)
    .forEach((pair, i) => (pair.letter = connectorLetter(i)));

  // Place connectors band by band, left to right, pushed apart where they would touch. A line
  // that meets its connector off-centre runs along the band into the connector's side.
  const connectors: ConnectorPlacement[] = [];
  const sides = pairs.flatMap((pair) => [
    { pair, side: pair.out, end: 'out' as const },
    { pair, side: pair.in, end: 'in' as const },
  ]);
  const byBand = new Map<string, typeof sides>();
  for (const entry of sides) {
    const key = `${entry.side.plan.page}:${entry.side.band}`;
    byBand.set(key, [...(byBand.get(key) ?? []), entry]);
  }
  for (const list of byBand.values()) {
    const anchor = (e: (typeof sides)[number]) => Math.min(...e.side.crossings.map((c) => c.at.x));
    list.sort((a, b) => anchor(a) - anchor(b) || a.pair.letter.localeCompare(b.pair.letter));
    let prevX = -Infinity;
    for (const { pair, side, end } of list) {
      const { plan } = side;
      const band = (side.band === 'top' ? plan.topBand : plan.bottomBand) ?? {
        y: side.band === 'top' ? plan.rowsTop - CONNECTOR_BAND : plan.rowsBottom,
        height: CONNECTOR_BAND,
      };
      // Inside the flow column, clear of its rules.
      const flowColumn = layout.columns.find((c) => c.key === 'flow') ?? { x: 0, width: layout.width };
      const left = plan.x0 + plan.s * flowColumn.x + r + 3;
      const right = plan.x0 + plan.s * (flowColumn.x + flowColumn.width) - r - 3;
      const cx = Math.min(Math.max(anchor({ pair, side, end }), prevX + 2 * r + 3, left), Math.max(left, right));
      prevX = cx;
      const cy = band.y + band.height / 2;
      const center = { x: cx, y: cy };
      for (const c of side.crossings) {
        // From the cut to the connector: straight to the side facing the cut, or along the band.
        const path: Point[] =
          Math.abs(c.at.x - cx) < 0.5
            ? [c.at, { x: cx, y: side.band === 'top' ? cy + r : cy - r }]
            : [c.at, { x: c.at.x, y: cy }, { x: c.at.x > cx ? cx + r : cx - r, y: cy }];
        if (end === 'out') drawPolyline(plan.group, [...c.points, ...path], c.edge, edgeStyle, plan.s, fonts);
        else drawPolyline(plan.group, [...path.reverse(), ...c.points], c.edge, edgeStyle, plan.s, fonts);
      }
      addTo(plan.group, connectorItem(pair.letter, center, side.crossings.map((c) => c.edge), fonts), fonts);
      connectors.push({ letter: pair.letter, page: plan.page, center, edges: side.crossings.map((c) => ({ from: c.edge.from, to: c.edge.to })), end });
    }
  }

  if (!headingDrawn) options.heading.draw(); // a chart without rows (no steps): the heading alone
  if (chartFrame && flow.frame === chartFrame) flow.newPage(defaultFrame);
  return { plans, connectors, warnings };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function placePoint(p: Point, t: Placement): Point {
  return { x: t.dx + t.s * p.x, y: t.dy + t.s * p.y };
}

function lerpAtY(a: Point, b: Point, y: number): Point {
  const t = b.y === a.y ? 0 : (y - a.y) / (b.y - a.y);
  return { x: a.x + (b.x - a.x) * t, y };
}

/** The polyline from its start to where it first crosses y (going down, or up), and that point. */
function cutFirst(pts: Point[], y: number, down: boolean): { points: Point[]; at: Point } | undefined {
  for (let k = 0; k + 1 < pts.length; k++) {
    const a = pts[k]!;
    const b = pts[k + 1]!;
    if (down ? a.y < y && b.y >= y : a.y > y && b.y <= y) return { points: pts.slice(0, k + 1), at: lerpAtY(a, b, y) };
  }
  return undefined;
}

/** Where the polyline last crosses y (going down, or up), and the polyline from there to its end. */
function cutLast(pts: Point[], y: number, down: boolean): { points: Point[]; at: Point } | undefined {
  for (let k = pts.length - 2; k >= 0; k--) {
    const a = pts[k]!;
    const b = pts[k + 1]!;
    if (down ? a.y <= y && b.y > y : a.y >= y && b.y < y) return { points: pts.slice(k + 1), at: lerpAtY(a, b, y) };
  }
  return undefined;
}

/** A polyline (dropping repeated points) with an arrowhead at its end, drawn like the SVG chart's edges. */
function drawPolyline(group: GroupItem, points: Point[], edge: EdgeGeometry, style: EdgeStyle, s: number, fonts: Fonts): void {
  const clean: Point[] = [];
  for (const p of points) {
    const prev = clean[clean.length - 1];
    if (!prev || Math.hypot(prev.x - p.x, prev.y - p.y) > 1e-6) clean.push(p);
  }
  if (clean.length < 2) return;
  const scaled: EdgeStyle = { color: style.color, width: style.width * s };
  if (style.dash) scaled.dash = style.dash.map((d) => d * s);
  addTo(group, edgeItems(clean, changedEdgeStyle(scaled, edge.change), true, edgeData(edge)), fonts);
}

/** The ISO 5807 off-page connector: a circle with a letter in the middle. */
function connectorItem(letter: string, center: Point, edges: EdgeGeometry[], fonts: Fonts): GroupItem {
  const size = letter.length > 1 ? 7 : 8;
  const { ascent } = fontMetrics(fonts.bold, size);
  const capHeight = (fonts.bold.font.capHeight / fonts.bold.font.unitsPerEm) * size || ascent * 0.7;
  const bounds: Box = { x: center.x - CONNECTOR_RADIUS, y: center.y - CONNECTOR_RADIUS, width: 2 * CONNECTOR_RADIUS, height: 2 * CONNECTOR_RADIUS };
  return {
    kind: 'group',
    role: 'connector',
    data: { 'data-connector': letter, 'data-edges': edges.map((e) => `${e.from}->${e.to}`).join(' ') },
    bounds,
    items: [
      { kind: 'circle', center, radius: CONNECTOR_RADIUS, fill: '#ffffff', stroke: { color: CONNECTOR_COLOR, width: CONNECTOR_STROKE } },
      {
        kind: 'text',
        text: letter,
        x: center.x,
        y: center.y + capHeight / 2,
        anchor: 'middle',
        size,
        weight: 'bold',
        color: CONNECTOR_COLOR,
        width: measureText(fonts.bold, letter, size),
        role: 'connector',
      },
    ],
  };
}
