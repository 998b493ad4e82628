// The chart's edges on the handbook's pages: whole when both ends are on one page, else cut at
// the page break and carried on by a pair of off-page connectors (ISO 5807: a circle with a
// letter) in the bands the pagination reserved. Edges that leave one page for the same step on
// another, crossing the cuts close together, share a pair. Each edge's branch label goes on the
// page of its row.
import type { ChartLayout, EdgeGeometry } from '../layout/chart-layout.js';
import { changedEdgeStyle, edgeData, edgeItems, type EdgeStyle } from '../layout/edge-items.js';
import type { Box, GroupItem, Point } from '../scene.js';
import { placeItem } from '../scene-geometry.js';
import { fontMetrics, measureText, type Fonts } from '../text/index.js';
import { addTo, CONNECTOR_BAND, CONNECTOR_RADIUS, placePoint, planOfY, rowPlace, type ChartPagePlan } from './chart-page-plan.js';

const CONNECTOR_COLOR = '#000000';
const CONNECTOR_STROKE = 1;

/** An off-page connector placed on a page, for tests and for the report. */
export interface ConnectorPlacement {
  letter: string;
  page: number;
  center: Point;
  /** The edges through this connector (several when edges to one step share it). */
  edges: { from: string; to: string }[];
  end: 'out' | 'in';
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

/** Whether the edge runs across chart y (a page break there cuts it). */
export function crosses(edge: EdgeGeometry, y: number): boolean {
  let above = false;
  let below = false;
  for (const p of edge.points) {
    if (p.y < y - 1e-6) above = true;
    if (p.y > y + 1e-6) below = true;
  }
  return above && below;
}

/** Where an edge crosses a page break, on the page, and its part on that page. */
interface Crossing {
  at: Point;
  points: Point[];
  edge: EdgeGeometry;
}

/** One end of a connector pair: the band it sits in and the edges through it. */
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

/** Draws the edges and their branch labels onto the pages; returns where the off-page connectors went. */
export function addChartEdges(layout: ChartLayout, plans: readonly ChartPagePlan[], style: EdgeStyle, fonts: Fonts): ConnectorPlacement[] {
  const pairs = crossingPairs(layout, plans, style, fonts);
  // Letters in reading order of the outgoing ends: by page, then left to right.
  [...pairs]
    .sort((a, b) => a.out.plan.page - b.out.plan.page || (a.out.band === b.out.band ? 0 : a.out.band === 'top' ? -1 : 1) || a.out.crossings[0]!.at.x - b.out.crossings[0]!.at.x)
    .forEach((pair, i) => (pair.letter = connectorLetter(i)));
  return placeConnectors(layout, pairs, style, fonts);
}

/** Labels and edges within a page drawn; the edges cut by a page break, paired by where they cross. */
function crossingPairs(layout: ChartLayout, plans: readonly ChartPagePlan[], edgeStyle: EdgeStyle, fonts: Fonts): Pair[] {
  const rows = layout.rows;
  const planOf = (y: number) => planOfY(plans, rows, y);
  const r = CONNECTOR_RADIUS;
  const pairs: Pair[] = [];
  for (const edge of layout.edges) {
    if (edge.points.length < 2) continue;
    const pts = edge.points;
    const src = planOf(pts[0]!.y);
    const dst = planOf(pts[pts.length - 1]!.y);
    if (edge.label) {
      const lp = planOf(edge.label.y);
      addTo(lp.group, placeItem(edge.label, rowPlace(lp, rows)), fonts);
    }
    if (src === dst) {
      const t = rowPlace(src, rows);
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
      const t = rowPlace(src, rows);
      drawPolyline(src.group, pts.map((p) => placePoint(p, t)), edge, edgeStyle, src.s, fonts);
      continue;
    }
    const ts = rowPlace(src, rows);
    const td = rowPlace(dst, rows);
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
  return pairs;
}

/**
 * Places the connectors band by band, left to right, pushed apart where they would touch, and
 * draws each cut edge to its connector: a line that meets its connector off-centre runs along
 * the band into the connector's side.
 */
function placeConnectors(layout: ChartLayout, pairs: readonly Pair[], edgeStyle: EdgeStyle, fonts: Fonts): ConnectorPlacement[] {
  const r = CONNECTOR_RADIUS;
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
  return connectors;
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
