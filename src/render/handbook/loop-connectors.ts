// Loops back to an earlier page of the handbook. A loop is not drawn climbing from the page's edge:
// on its source's page it leaves along its first run to an off-page connector beside the source,
// captioned 「接步驟2」 / "to step 2"; on its target's page a connector with the same letter
// (captioned 「自步驟16」 / "from step 16") beside the target leads into it along its last run.
// The stubs are parts of the loop's own route, so they cross nothing the chart does not; each
// connector sits as close to its symbol as it can with it and its caption touching no line,
// symbol or text.
import type { EdgeGeometry } from '../layout/chart-layout.js';
import type { Box, GroupItem, Point, SceneItem } from '../scene.js';
import { arrowLength } from '../arrow.js';
import { itemBox, unionBox } from '../scene-geometry.js';
import { fontMetrics } from '../text/index.js';
import { addTo, CONNECTOR_RADIUS, placePoint, rowPlace, type ChartPagePlan } from './chart-page-plan.js';
import { CAPTION_SIZE, captionItem, connectorItem, drawPolyline, type ConnectorContext, type ConnectorPlacement, type ConnectorWords } from './connector-items.js';

/** One end of a loop on a page: the run from its symbol (source or target) outward, and the connector placed on it. */
export interface LoopStub {
  edge: EdgeGeometry;
  /** From the symbol's outline outward along the loop's first (leaving) or last (arriving) run. */
  from: Point;
  to: Point;
  center?: Point;
}

/** Loops from one page back to one step on an earlier page: a connector per loop where they leave, one where they arrive. */
export interface LoopPair {
  key: string;
  letter: string;
  out: { plan: ChartPagePlan; stubs: LoopStub[] };
  in: { plan: ChartPagePlan; stub: LoopStub; edges: EdgeGeometry[] };
}

/** The least room between a connector and the symbol its stub starts or ends at (beyond its radius). */
const STUB = 8;
/** How far a connector slides along its run per try, looking for a place clear of everything. */
const SLIDE = 2;
/** The room a loop's connector takes along its run from the symbol (page points): the stub and the circle. */
export const LOOP_CONNECTOR_REACH = STUB + 2 * CONNECTOR_RADIUS + 1;

/**
 * Whether a loop's connectors fit beside the steps it leaves and enters sideways, within the flow
 * column `flow` of a chart drawn at `scale` (a run up or down has room along it).
 */
export function loopEndsHaveRoom(edge: EdgeGeometry, flow: { x: number; width: number }, scale: number): boolean {
  const ends: [Point | undefined, Point | undefined][] = [
    [edge.points[0], edge.points[1]],
    [edge.points[edge.points.length - 1], edge.points[edge.points.length - 2]],
  ];
  return ends.every(([from, to]) => {
    if (!from || !to || Math.abs(to.x - from.x) < Math.abs(to.y - from.y)) return true;
    const free = to.x < from.x ? from.x - flow.x : flow.x + flow.width - from.x;
    return scale * free >= LOOP_CONNECTOR_REACH;
  });
}

/** A loop to an earlier page: joined to the pair of its target (its stubs are drawn with the connectors). */
export function loopCut(c: ConnectorContext, edge: EdgeGeometry, src: ChartPagePlan, dst: ChartPagePlan, pairs: LoopPair[]): boolean {
  const rows = c.layout.rows;
  const from = edge.points.map((p) => placePoint(p, rowPlace(src, rows)));
  const to = edge.points.map((p) => placePoint(p, rowPlace(dst, rows)));
  if (from.length < 2) return false;
  const out: LoopStub = { edge, from: from[0]!, to: from[1]! };
  const key = `${src.page}|${dst.page}|${edge.to}|loop`;
  const pair = pairs.find((p) => p.key === key);
  if (pair) {
    pair.out.stubs.push(out);
    pair.in.edges.push(edge);
  } else {
    pairs.push({ key, letter: '', out: { plan: src, stubs: [out] }, in: { plan: dst, stub: { edge, from: to[to.length - 1]!, to: to[to.length - 2]! }, edges: [edge] } });
  }
  return true;
}

/**
 * The loops' stubs, connectors and captions, after every other line is drawn: each connector as
 * close to its symbol as it can be with it and its caption clear of everything on the page.
 */
export function addLoopConnectors(c: ConnectorContext, pairs: readonly LoopPair[], words: ConnectorWords): ConnectorPlacement[] {
  const placements: ConnectorPlacement[] = [];
  const number = (id: string) => c.layout.stepNumbers.get(id) ?? 0;
  const place = (plan: ChartPagePlan, stub: LoopStub, letter: string, edges: EdgeGeometry[], end: 'out' | 'in', caption: string) => {
    const r = CONNECTOR_RADIUS;
    const { center, captionBox } = placeOnRun(c, plan, stub, caption);
    const d = unit(stub.from, stub.to);
    const edge = { x: center.x - d.x * r, y: center.y - d.y * r };
    // Leaving: from the source to the connector; arriving: from the connector into the target.
    drawPolyline(plan.group, end === 'out' ? [stub.from, edge] : [edge, stub.from], stub.edge, c.style, plan.s, c.fonts);
    addTo(plan.group, connectorItem(letter, center, edges, c.fonts), c.fonts);
    addTo(plan.group, captionItem(caption, captionBox.x, captionBox.y + captionBox.height / 2, c.fonts), c.fonts);
    placements.push({ letter, page: plan.page, center, edges: edges.map((e) => ({ from: e.from, to: e.to })), end });
  };
  for (const pair of pairs) {
    for (const stub of pair.out.stubs) place(pair.out.plan, stub, pair.letter, [stub.edge], 'out', words.toStep(number(stub.edge.to)));
    const sources = [...new Set(pair.in.edges.map((e) => number(e.from)))].sort((a, b) => a - b);
    place(pair.in.plan, pair.in.stub, pair.letter, pair.in.edges, 'in', words.fromSteps(sources));
  }
  return placements;
}

/**
 * The first place along the stub's run (from the symbol outward) where the connector and its
 * caption are clear; past the run's end (the loop need not turn there, it ends at the connector)
 * while the run's straight extension crosses nothing and stays in the flow column.
 */
function placeOnRun(c: ConnectorContext, plan: ChartPagePlan, stub: LoopStub, caption: string): { center: Point; captionBox: Box } {
  const r = CONNECTOR_RADIUS;
  const d = unit(stub.from, stub.to);
  const length = Math.hypot(stub.to.x - stub.from.x, stub.to.y - stub.from.y);
  const obstacles = obstaclesOf(plan.group, c);
  const area = flowArea(c, plan);
  const { ascent, descent } = fontMetrics(c.fonts.regular, CAPTION_SIZE);
  const size = { width: captionItem(caption, 0, 0, c.fonts).width, height: ascent + descent };
  const clear = (box: Box) => inside(box, area) && !obstacles.some((o) => touches(o, box));
  const arrow = arrowLength(c.style.width * plan.s);
  const reach = Math.max(length - r, r + STUB, distanceToEdge(stub.from, d, area) - r);
  let fallback: { center: Point; captionBox: Box } | undefined;
  for (let distance = r + STUB; distance <= reach; distance += SLIDE) {
    const center = { x: stub.from.x + d.x * distance, y: stub.from.y + d.y * distance };
    const sides = captionSides(center, d, size);
    // The first place is the fallback, even when the run is too short to slide along.
    fallback ??= { center, captionBox: sides.find((box) => inside(box, area)) ?? sides[0]! };
    if (distance > length - r && !clear(segmentBox(stub.to, { x: center.x - d.x * r, y: center.y - d.y * r }))) break;
    // The circle, and toward the symbol the arrowhead of a loop leaving into it.
    const circle = unionBox({ x: center.x - r, y: center.y - r, width: 2 * r, height: 2 * r }, arrowBox(center, d, arrow));
    if (!clear(circle)) continue;
    const side = sides.find(clear);
    if (side) return { center, captionBox: side };
  }
  return fallback!;
}

/** Where a caption may go around a connector: beyond it along its run first, then above, below, and back toward the symbol. */
function captionSides(center: Point, d: Point, size: { width: number; height: number }): Box[] {
  const r = CONNECTOR_RADIUS;
  const { width: w, height: h } = size;
  const away = d.x <= 0 ? -1 : 1;
  return [
    { x: away < 0 ? center.x - r - 2 - w : center.x + r + 2, y: center.y - h / 2, width: w, height: h },
    { x: center.x - w / 2, y: center.y - r - 1 - h, width: w, height: h },
    { x: center.x - w / 2, y: center.y + r + 1, width: w, height: h },
    { x: away < 0 ? center.x + r + 2 : center.x - r - 2 - w, y: center.y - h / 2, width: w, height: h },
  ];
}

/** The flow column's part of the page's rows. */
function flowArea(c: ConnectorContext, plan: ChartPagePlan): Box {
  const flow = c.layout.columns.find((col) => col.key === 'flow') ?? { x: 0, width: c.layout.width };
  return { x: plan.x0 + plan.s * flow.x + 1, y: plan.rowsTop + 1, width: plan.s * flow.width - 2, height: plan.rowsBottom - plan.rowsTop - 2 };
}

/** Where the arrowhead ends at a connector's rim, coming from the symbol along `d`. */
function arrowBox(center: Point, d: Point, length: number): Box {
  const r = CONNECTOR_RADIUS;
  const tip = { x: center.x - d.x * r, y: center.y - d.y * r };
  const base = { x: tip.x - d.x * length, y: tip.y - d.y * length };
  const half = length * 0.4;
  return { x: Math.min(tip.x, base.x) - half * Math.abs(d.y), y: Math.min(tip.y, base.y) - half * Math.abs(d.x), width: Math.abs(tip.x - base.x) + 2 * half * Math.abs(d.y), height: Math.abs(tip.y - base.y) + 2 * half * Math.abs(d.x) };
}

/** How far from `p` along the axis-parallel direction `d` the area's edge is. */
function distanceToEdge(p: Point, d: Point, area: Box): number {
  if (Math.abs(d.x) > Math.abs(d.y)) return d.x < 0 ? p.x - area.x : area.x + area.width - p.x;
  return d.y < 0 ? p.y - area.y : area.y + area.height - p.y;
}

/** A segment as a box without thickness: it touches what it crosses, not what runs beside it. */
function segmentBox(a: Point, b: Point): Box {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
}

function inside(box: Box, area: Box): boolean {
  return box.x >= area.x && box.y >= area.y && box.x + box.width <= area.x + area.width && box.y + box.height <= area.y + area.height;
}

function unit(a: Point, b: Point): Point {
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  return { x: (b.x - a.x) / length, y: (b.y - a.y) / length };
}

/** What a caption must keep clear of on a page: symbols, texts, connectors and every edge segment (as thin boxes). */
function obstaclesOf(group: GroupItem, c: ConnectorContext): Box[] {
  const out: Box[] = [];
  const visit = (items: readonly SceneItem[]) => {
    for (const item of items) {
      if (item.kind === 'group' && (item.role === 'step' || item.role === 'connector')) out.push(itemBox(item, c.fonts)!);
      else if (item.kind === 'group') visit(item.items);
      else if (item.kind === 'text') out.push(itemBox(item, c.fonts)!);
      else if (item.kind === 'path' && !item.fill) {
        for (let i = 1; i < item.commands.length; i++) {
          const a = item.commands[i - 1]!;
          const b = item.commands[i]!;
          if (a.op === 'Z' || b.op === 'Z') continue;
          out.push({ x: Math.min(a.x, b.x) - 1, y: Math.min(a.y, b.y) - 1, width: Math.abs(a.x - b.x) + 2, height: Math.abs(a.y - b.y) + 2 });
        }
      }
    }
  };
  visit(group.items);
  return out;
}

function touches(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
