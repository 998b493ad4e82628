// The chart's edges on the handbook's pages: whole when both ends are on one page, else carried
// by off-page connectors (ISO 5807: a circle with a letter), one pair per step the edges lead to
// per break:
//   - down to a later page: each cut edge runs on from the cut into the band below the page's last
//     row, straight into its connector (edges to one step side by side share it); on the target's
//     page one line goes from the connector in the band above the first row on to the step;
//   - back to an earlier page (a loop): no line up the page. Its first run ends at a connector
//     beside its source, captioned 「接步驟2」 / "to step 2", and a connector beside the target
//     (captioned 「自步驟16」) leads into it (loop-connectors.ts).
// Each edge's branch label goes on the page of its row.
import type { ChartLayout, EdgeGeometry } from '../layout/chart-layout.js';
import type { EdgeStyle } from '../layout/edge-items.js';
import type { Point } from '../scene.js';
import { placeItem } from '../scene-geometry.js';
import type { Fonts } from '../text/index.js';
import { addTo, CONNECTOR_BAND, CONNECTOR_RADIUS, placePoint, planOfY, rowPlace, type ChartPagePlan } from './chart-page-plan.js';
import { connectorItem, connectorLetter, drawPolyline, type ConnectorContext, type ConnectorPlacement, type ConnectorWords } from './connector-items.js';
import { addLoopConnectors, loopCut, type LoopPair } from './loop-connectors.js';

export { connectorLetter, type ConnectorPlacement, type ConnectorWords } from './connector-items.js';

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

/** Edges down to one step on a later page. */
interface DownPair {
  key: string;
  letter: string;
  out: { plan: ChartPagePlan; crossings: Crossing[] };
  in: { plan: ChartPagePlan; crossings: Crossing[] };
}

/** A connector to place in a band: its letter is known once all are placed. */
interface BandConnector {
  pair: DownPair;
  end: 'out' | 'in';
  plan: ChartPagePlan;
  crossings: Crossing[];
  /** Every edge through the connector (arriving, the pair's edges, though one line carries on). */
  edges: EdgeGeometry[];
  center: Point;
}


/** Draws the edges and their branch labels onto the pages; returns where the off-page connectors went. */
export function addChartEdges(layout: ChartLayout, plans: readonly ChartPagePlan[], style: EdgeStyle, fonts: Fonts, words: ConnectorWords): ConnectorPlacement[] {
  const c: ConnectorContext = { layout, plans, style, fonts };
  const down: DownPair[] = [];
  const loops: LoopPair[] = [];
  for (const edge of layout.edges) {
    if (edge.points.length < 2) continue;
    if (edge.label) {
      const lp = planOfY(plans, layout.rows, edge.label.y);
      addTo(lp.group, placeItem(edge.label, rowPlace(lp, layout.rows)), fonts);
    }
    const pts = edge.points;
    const src = planOfY(plans, layout.rows, pts[0]!.y);
    const dst = planOfY(plans, layout.rows, pts[pts.length - 1]!.y);
    const later = plans.indexOf(dst) > plans.indexOf(src);
    const placed = src === dst ? false : later ? addDownCut(c, edge, src, dst, down) : loopCut(c, edge, src, dst, loops);
    if (!placed) {
      // On one page (or not a clean crossing, which row-aligned layouts never make): whole, on its source page.
      const t = rowPlace(src, layout.rows);
      drawPolyline(src.group, pts.map((p) => placePoint(p, t)), edge, style, src.s, fonts);
    }
  }
  const band = placeBandConnectors(c, down);
  // Letters in reading order of the outgoing ends: by page, then down the page, then left to right.
  const outs = [...band.filter((b) => b.end === 'out').map((b) => ({ pair: b.pair as DownPair | LoopPair, page: b.plan.page, at: b.center })), ...loops.map((l) => ({ pair: l as DownPair | LoopPair, page: l.out.plan.page, at: l.out.stubs[0]!.from }))];
  outs.sort((a, b) => a.page - b.page || a.at.y - b.at.y || a.at.x - b.at.x);
  let next = 0;
  for (const { pair } of outs) if (!pair.letter) pair.letter = connectorLetter(next++);
  const connectors: ConnectorPlacement[] = [];
  for (const b of band) {
    const edges = b.edges;
    addTo(b.plan.group, connectorItem(b.pair.letter, b.center, edges, fonts), fonts);
    connectors.push({ letter: b.pair.letter, page: b.plan.page, center: b.center, edges: edges.map((e) => ({ from: e.from, to: e.to })), end: b.end });
  }
  connectors.push(...addLoopConnectors(c, loops, words));
  return connectors;
}

/** An edge down to a later page: its parts on both pages, joined to the pair of its target. Returns false when it does not cross cleanly. */
function addDownCut(c: ConnectorContext, edge: EdgeGeometry, src: ChartPagePlan, dst: ChartPagePlan, pairs: DownPair[]): boolean {
  const rows = c.layout.rows;
  const out = cutFirst(edge.points, rows[src.last]!.bottom);
  const inn = cutLast(edge.points, rows[dst.first]!.top);
  if (!out || !inn) return false;
  const ts = rowPlace(src, rows);
  const td = rowPlace(dst, rows);
  const outCrossing: Crossing = { at: placePoint(out.at, ts), points: out.points.map((p) => placePoint(p, ts)), edge };
  const inCrossing: Crossing = { at: placePoint(inn.at, td), points: inn.points.map((p) => placePoint(p, td)), edge };
  const key = `${src.page}|${dst.page}|${edge.to}`;
  const pair = pairs.find((p) => p.key === key);
  if (pair) {
    pair.out.crossings.push(outCrossing);
    pair.in.crossings.push(inCrossing);
  } else {
    pairs.push({ key, letter: '', out: { plan: src, crossings: [outCrossing] }, in: { plan: dst, crossings: [inCrossing] } });
  }
  return true;
}

/**
 * The connectors of edges cut by page breaks, band by band, and the lines to them. Leaving a page,
 * the cut edges to one step that lie side by side (no other edge between them) share a connector
 * below the middle one; arriving, one line runs from the connector on along the most direct of
 * them. Connectors touching are pushed apart, lines then running along the band into their sides.
 */
function placeBandConnectors(c: ConnectorContext, pairs: readonly DownPair[]): BandConnector[] {
  const byBand = new Map<string, { plan: ChartPagePlan; end: 'out' | 'in'; groups: { pair: DownPair; crossings: Crossing[] }[] }>();
  const edgesOf = (pair: DownPair) => pair.in.crossings.map((x) => x.edge);
  const add = (plan: ChartPagePlan, end: 'out' | 'in', pair: DownPair, crossings: Crossing[]) => {
    const key = `${plan.page}:${end}`;
    const band = byBand.get(key) ?? { plan, end, groups: [] };
    band.groups.push({ pair, crossings });
    byBand.set(key, band);
  };
  for (const pair of pairs) {
    add(pair.out.plan, 'out', pair, pair.out.crossings);
    // Arriving: the most direct of the pair's edges carries on (fewest turns, then shortest).
    const direct = [...pair.in.crossings].sort((a, b) => a.points.length - b.points.length || lengthOf(a.points) - lengthOf(b.points))[0]!;
    add(pair.in.plan, 'in', pair, [direct]);
  }
  const placed: BandConnector[] = [];
  for (const { plan, end, groups } of byBand.values()) {
    const runs = end === 'out' ? sideBySide(groups) : groups;
    const connectors = runs.map(({ pair, crossings }) => {
      const sorted = [...crossings].sort((a, b) => a.at.x - b.at.x);
      const edges = end === 'out' ? sorted.map((x) => x.edge) : edgesOf(pair);
      return { pair, end, plan, crossings: sorted, edges, center: { x: sorted[Math.floor((sorted.length - 1) / 2)]!.at.x, y: 0 } };
    });
    spreadInBand(c, plan, end, connectors);
    for (const connector of connectors) drawToConnector(c, connector);
    placed.push(...connectors);
  }
  return placed;
}

/** The crossings of a band in runs: consecutive crossings (left to right) of one pair. */
function sideBySide(groups: readonly { pair: DownPair; crossings: Crossing[] }[]): { pair: DownPair; crossings: Crossing[] }[] {
  const all = groups.flatMap((g) => g.crossings.map((crossing) => ({ pair: g.pair, crossing }))).sort((a, b) => a.crossing.at.x - b.crossing.at.x);
  const runs: { pair: DownPair; crossings: Crossing[] }[] = [];
  for (const { pair, crossing } of all) {
    const last = runs[runs.length - 1];
    if (last && last.pair === pair) last.crossings.push(crossing);
    else runs.push({ pair, crossings: [crossing] });
  }
  return runs;
}

/** Band connectors left to right inside the flow column, pushed apart where they would touch. */
function spreadInBand(c: ConnectorContext, plan: ChartPagePlan, end: 'out' | 'in', connectors: BandConnector[]): void {
  const r = CONNECTOR_RADIUS;
  const band = (end === 'out' ? plan.bottomBand : plan.topBand) ?? { y: end === 'out' ? plan.rowsBottom : plan.rowsTop - CONNECTOR_BAND, height: CONNECTOR_BAND };
  const flow = c.layout.columns.find((col) => col.key === 'flow') ?? { x: 0, width: c.layout.width };
  const left = plan.x0 + plan.s * flow.x + r + 3;
  const right = plan.x0 + plan.s * (flow.x + flow.width) - r - 3;
  connectors.sort((a, b) => a.center.x - b.center.x);
  let previous = -Infinity;
  for (const connector of connectors) {
    const x = Math.min(Math.max(connector.center.x, previous + 2 * r + 3, left), Math.max(left, right));
    connector.center = { x, y: band.y + band.height / 2 };
    previous = x;
  }
}

/** Each crossing's line into (out) or from (in) its connector: straight when aligned, else along the band into its side. */
function drawToConnector(c: ConnectorContext, connector: BandConnector): void {
  const r = CONNECTOR_RADIUS;
  const { plan, center } = connector;
  for (const crossing of connector.crossings) {
    const at = crossing.at;
    const path: Point[] =
      Math.abs(at.x - center.x) < 0.5
        ? [at, { x: center.x, y: connector.end === 'out' ? center.y - r : center.y + r }]
        : [at, { x: at.x, y: center.y }, { x: at.x > center.x ? center.x + r : center.x - r, y: center.y }];
    const line = connector.end === 'out' ? [...crossing.points, ...path] : [...path.reverse(), ...crossing.points];
    drawPolyline(plan.group, line, crossing.edge, c.style, plan.s, c.fonts);
  }
}

function lengthOf(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 1; i < points.length; i++) sum += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
  return sum;
}

function lerpAtY(a: Point, b: Point, y: number): Point {
  const t = b.y === a.y ? 0 : (y - a.y) / (b.y - a.y);
  return { x: a.x + (b.x - a.x) * t, y };
}

/** The polyline from its start to where it first crosses y going down, and that point. */
function cutFirst(pts: Point[], y: number): { points: Point[]; at: Point } | undefined {
  for (let k = 0; k + 1 < pts.length; k++) {
    const a = pts[k]!;
    const b = pts[k + 1]!;
    if (a.y < y && b.y >= y) return { points: pts.slice(0, k + 1), at: lerpAtY(a, b, y) };
  }
  return undefined;
}

/** Where the polyline last crosses y going down, and the polyline from there to its end. */
function cutLast(pts: Point[], y: number): { points: Point[]; at: Point } | undefined {
  for (let k = pts.length - 2; k >= 0; k--) {
    const a = pts[k]!;
    const b = pts[k + 1]!;
    if (a.y <= y && b.y > y) return { points: pts.slice(k + 1), at: lerpAtY(a, b, y) };
  }
  return undefined;
}
