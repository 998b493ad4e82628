// One page's part of the handbook chart (a ChartPagePlan: which rows, at what scale, where), and
// how the chart's items are placed on it: shared by the pagination (chart-pages.ts) and the edges
// and off-page connectors (chart-connectors.ts).
import type { ChartRow } from '../layout/chart-layout.js';
import type { GroupItem, Point, SceneItem } from '../scene.js';
import { itemBox, unionBox, type Placement } from '../scene-geometry.js';
import type { Fonts } from '../text/index.js';

/** Off-page connector radius and the height of the band that holds connectors. */
export const CONNECTOR_RADIUS = 7;
export const CONNECTOR_BAND = 2 * CONNECTOR_RADIUS + 8;

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

/** Adds an item to a chart page group and grows its bounds. */
export function addTo(group: GroupItem, item: SceneItem, fonts: Fonts): void {
  group.items.push(item);
  const box = itemBox(item, fonts);
  if (box) group.bounds = unionBox(group.bounds, box);
}

/** Chart coordinates of the plan's rows → page coordinates. */
export function rowPlace(plan: ChartPagePlan, rows: readonly ChartRow[]): Placement {
  return { s: plan.s, dx: plan.x0, dy: plan.rowsTop - plan.s * rows[plan.first]!.top };
}

/** The page (plan) whose rows hold chart y (the last page below the last row). */
export function planOfY(plans: readonly ChartPagePlan[], rows: readonly ChartRow[], y: number): ChartPagePlan {
  return plans.find((p) => y < rows[p.last]!.bottom) ?? plans[plans.length - 1]!;
}

/** A chart point on the page. */
export function placePoint(p: Point, t: Placement): Point {
  return { x: t.dx + t.s * p.x, y: t.dy + t.s * p.y };
}
