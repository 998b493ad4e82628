// 一、處理流程 on the handbook's pages: the chart from the ChartLayout, scaled to the content
// width, split between rows onto as many pages as it needs with the column header row repeated on
// each. An edge cut by a page break ends on its first page at an off-page connector (ISO 5807: a
// circle with a letter) just past the cut, and goes on from a connector with the same letter on
// the page where its target is (chart-connectors.ts). Connectors sit in a narrow band between
// the cut and the table's edge, reserved only where some edge crosses the cut.
import type { ChartLayout } from '../layout/chart-layout.js';
import { chartStyle, type ChartStyle } from '../layout/chart-style.js';
import type { EdgeStyle } from '../layout/edge-items.js';
import type { GroupItem, SceneItem } from '../scene.js';
import { itemBox, placeItem, type Placement } from '../scene-geometry.js';
import type { Fonts } from '../text/index.js';
import { chooseBreaks, type BreakCut } from './chart-breaks.js';
import { addChartEdges, crosses, type ConnectorPlacement, type ConnectorWords } from './chart-connectors.js';
import { addTo, CONNECTOR_BAND, planOfY, rowPlace, type ChartPagePlan } from './chart-page-plan.js';
import { loopEndsHaveRoom } from './loop-connectors.js';
import { landscapeFrame, type PageFlow, type PageFrame, type PaperSize } from './page-flow.js';

/** The smallest text size the chart may be scaled to before a wider page is used. */
export const MIN_TEXT_SIZE = 7;

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
  /** The captions of loops' connectors. */
  connectorWords: ConnectorWords;
  /**
   * Draws the section heading at the cursor and returns its height; called once, on the page
   * where the chart starts (so the heading never stays behind alone).
   */
  heading: { height: number; draw: () => void };
  /** The height of what follows the chart on its last page (the text sections): breaks that spill it onto another page cost a page. */
  after?: number;
}

export interface ChartPagesResult {
  plans: ChartPagePlan[];
  connectors: ConnectorPlacement[];
  warnings: string[];
}

function itemCenterY(item: SceneItem, fonts: Fonts): number | undefined {
  const box = itemBox(item, fonts);
  return box ? box.y + box.height / 2 : undefined;
}

/** Lays the chart out on pages at the flow's cursor; the cursor ends below the chart. */
export function addChartPages(flow: PageFlow, layout: ChartLayout, options: ChartPagesOptions): ChartPagesResult {
  const { fonts } = options;
  const warnings: string[] = [];
  const style = chartStyle(layout.textSizes.label);
  const edgeStyle: EdgeStyle = { color: style.colors.edge, width: style.strokes.edge };
  const { scale, frame: chartFrame } = chartScale(flow, layout, options, warnings);
  const defaultFrame = flow.frame;

  if (chartFrame) flow.newPage(chartFrame);
  const plans = paginate(flow, layout, { scale, frame: chartFrame, style }, options, warnings);

  // Items: each on the page of its row.
  for (const item of layout.items) {
    const cy = itemCenterY(item, fonts);
    if (cy === undefined) continue;
    const plan = planOfY(plans, layout.rows, cy);
    addTo(plan.group, placeItem(item, rowPlace(plan, layout.rows)), fonts);
  }
  const connectors = addChartEdges(layout, plans, edgeStyle, fonts, options.connectorWords);

  if (chartFrame && flow.frame === chartFrame) flow.newPage(defaultFrame);
  return { plans, connectors, warnings };
}

/**
 * The chart's scale: down to the content width, but not so far that text gets below 7 pt; a chart
 * that would goes on landscape pages (A3, or the paper turned when it is larger): `frame`.
 */
function chartScale(flow: PageFlow, layout: ChartLayout, options: ChartPagesOptions, warnings: string[]): { scale: number; frame?: PageFrame } {
  const { messages } = options;
  const bodyText = chartBodyTextSize(layout);
  const s = Math.min(1, flow.frame.content.width / layout.width);
  if (!(s < 1 && bodyText * s < MIN_TEXT_SIZE - 1e-9)) return { scale: s };
  const wide = landscapeFrame(options.paper);
  const sWide = Math.min(1, wide.content.width / layout.width);
  if (sWide < 1 && bodyText * sWide < MIN_TEXT_SIZE - 1e-9) warnings.push(messages.tooWideEvenLandscape(round1(bodyText * sWide)));
  else warnings.push(messages.tooWide(Math.round(s * 100), round1(bodyText * s)));
  return { scale: sWide, frame: wide };
}

/**
 * Splits the rows over pages (the heading drawn on the first) where chart-breaks.ts says: fewest
 * pages, then the breaks that cut the flow least; a row taller than a whole page gets a page of
 * its own, scaled down to fit.
 */
function paginate(flow: PageFlow, layout: ChartLayout, chart: { scale: number; frame?: PageFrame; style: ChartStyle }, options: ChartPagesOptions, warnings: string[]): ChartPagePlan[] {
  const { messages } = options;
  const rows = layout.rows;
  const H = layout.header.height;
  const s = chart.scale;
  const bodyText = chartBodyTextSize(layout);
  const cuts = chartCuts(layout, s);
  if (rows.length === 0) {
    options.heading.draw(); // a chart without rows (no steps): the heading alone
    return [];
  }
  const firstRow = s * (H + rows[0]!.bottom - rows[0]!.top) + (cuts[0]?.band ? CONNECTOR_BAND : 0);
  if (firstRow > flow.remaining - options.heading.height + 1e-6 && !flow.atPageTop) flow.newPage(chart.frame);
  const full = flow.frame.content.height;
  // Every row but the first is a break point of the flow.
  const firstBreak = flow.reserveBreaks(rows.length - 1);
  const forced = new Set(rows.flatMap((_, j) => (j > 0 && flow.forcedAt(firstBreak + j - 1) ? [j] : [])));
  const lasts = chooseBreaks({
    forced,
    rows: rows.map((row) => ({ height: s * (row.bottom - row.top) })),
    cuts,
    header: s * H,
    band: CONNECTOR_BAND,
    first: flow.remaining - options.heading.height,
    capacity: full,
    ...(options.after !== undefined ? { after: options.after } : {}),
  });
  const plans: ChartPagePlan[] = [];
  options.heading.draw();
  let i = 0;
  for (const last of lasts) {
    const topBand = i > 0 && cuts[i - 1]!.band ? CONNECTOR_BAND : 0;
    const bottomBand = last < rows.length - 1 && cuts[last]!.band ? CONNECTOR_BAND : 0;
    const avail = flow.remaining;
    let pageScale = s;
    const need = s * H + topBand + s * (rows[last]!.bottom - rows[i]!.top) + bottomBand;
    if (need > avail + 1e-6) {
      // A row taller than a whole page: this page scaled down until it fits.
      pageScale = Math.max((avail - topBand - bottomBand) / (H + rows[i]!.bottom - rows[i]!.top), 0.01);
      const text = round1(bodyText * pageScale);
      warnings.push(text < MIN_TEXT_SIZE && text < bodyText ? messages.rowTooTallSmallText(i + 1, text) : messages.rowTooTall(i + 1, Math.round((pageScale / s) * 100)));
    }
    const plan = addPagePlan(flow, layout, { first: i, last, scale: pageScale, topBand, bottomBand }, chart.style, options.fonts);
    plans.push(plan);
    for (let j = Math.max(i, 1); j <= last; j++) flow.recordBreak(firstBreak + j - 1, { page: plan.page, y: plan.rowsTop + pageScale * (rows[j]!.top - rows[i]!.top) });
    flow.y = plan.rowsBottom + (plan.bottomBand?.height ?? 0);
    i = last + 1;
    if (i < rows.length) flow.newPage(chart.frame);
  }
  return plans;
}

/** What cutting a loop whose connector has no room beside its step weighs, in connector pairs. */
const CRAMPED_LOOP_WEIGHT = 4;

/**
 * The cut below each row but the last: how many connector pairs it would take (one per step that
 * edges crossing it lead to, loops apart; a loop whose connector would not fit beside its step, at
 * the chart's `scale`, as CRAMPED_LOOP_WEIGHT) and whether edges run down across it (they need the
 * connector bands; loops to an earlier page end at connectors beside their steps instead).
 */
function chartCuts(layout: ChartLayout, scale: number): BreakCut[] {
  const flow = layout.columns.find((c) => c.key === 'flow') ?? { x: 0, width: layout.width };
  return layout.rows.slice(0, -1).map((row) => {
    const y = row.bottom;
    const crossing = layout.edges.filter((e) => e.from !== e.to && crosses(e, y));
    const targets = new Set(crossing.map((e) => `${e.back ? 'loop' : 'down'}\u0000${e.to}`));
    const cramped = new Set(crossing.filter((e) => e.back && !loopEndsHaveRoom(e, flow, scale)).map((e) => e.to));
    return { connectors: targets.size + (CRAMPED_LOOP_WEIGHT - 1) * cramped.size, band: crossing.some((e) => !e.back) };
  });
}

/** The chart's group on the current page for rows first..last: the header row and the connector bands, ruled like the table. */
function addPagePlan(flow: PageFlow, layout: ChartLayout, part: { first: number; last: number; scale: number; topBand: number; bottomBand: number }, style: ChartStyle, fonts: Fonts): ChartPagePlan {
  const { first, last, scale: pageScale, topBand, bottomBand } = part;
  const rows = layout.rows;
  const content = flow.frame.content;
  const headerTop = flow.y;
  const x0 = content.x + (content.width - pageScale * layout.width) / 2;
  const rowsTop = headerTop + pageScale * layout.header.height + topBand;
  const rowsBottom = rowsTop + pageScale * (rows[last]!.bottom - rows[first]!.top);
  const group: GroupItem = { kind: 'group', role: 'chart', data: { 'data-section': 'chart' }, items: [] };
  flow.page.items.push(group);
  const plan: ChartPagePlan = { page: flow.pages.length - 1, first, last, s: pageScale, x0, headerTop, rowsTop, rowsBottom, group };
  if (topBand) plan.topBand = { y: rowsTop - topBand, height: topBand };
  if (bottomBand) plan.bottomBand = { y: rowsBottom, height: bottomBand };

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
  return plan;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
