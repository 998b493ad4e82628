// What the handbook's off-page connectors are made of, shared by the connectors of edges cut by a
// page break (chart-connectors.ts) and of loops back to an earlier page (loop-connectors.ts): the
// ISO 5807 circle with its letter, its caption, and the edge lines drawn like the SVG chart's.
import type { ChartLayout, EdgeGeometry } from '../layout/chart-layout.js';
import { changedEdgeStyle, edgeData, edgeItems, type EdgeStyle } from '../layout/edge-items.js';
import type { Box, GroupItem, Point, TextItem } from '../scene.js';
import { fontMetrics, measureText, type Fonts } from '../text/index.js';
import { addTo, CONNECTOR_RADIUS, type ChartPagePlan } from './chart-page-plan.js';

const CONNECTOR_COLOR = '#000000';
const CONNECTOR_STROKE = 1;
/** The caption beside a loop's connector. */
export const CAPTION_SIZE = 7.5;

/** An off-page connector placed on a page, for tests and for the report. */
export interface ConnectorPlacement {
  letter: string;
  page: number;
  center: Point;
  /** The edges through this connector (several when edges to one step share it). */
  edges: { from: string; to: string }[];
  end: 'out' | 'in';
}

/** The captions of a loop's connectors, in the handbook's language. */
export interface ConnectorWords {
  /** Beside the connector a loop ends at: 接步驟2 / to step 2. */
  toStep: (step: number) => string;
  /** Beside the connector that leads into its target: 自步驟16 / from step 16. */
  fromSteps: (steps: readonly number[]) => string;
}

/** What drawing the edges on the pages needs. */
export interface ConnectorContext {
  layout: ChartLayout;
  plans: readonly ChartPagePlan[];
  style: EdgeStyle;
  fonts: Fonts;
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

/** A polyline (dropping repeated points) with an arrowhead at its end, drawn like the SVG chart's edges. */
export function drawPolyline(group: GroupItem, points: Point[], edge: EdgeGeometry, style: EdgeStyle, s: number, fonts: Fonts): void {
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
export function connectorItem(letter: string, center: Point, edges: readonly EdgeGeometry[], fonts: Fonts): GroupItem {
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

/** A caption's text item with its left end at x and its middle at y. */
export function captionItem(text: string, x: number, y: number, fonts: Fonts): TextItem {
  const { ascent, descent } = fontMetrics(fonts.regular, CAPTION_SIZE);
  return {
    kind: 'text',
    text,
    x,
    y: y + (ascent - descent) / 2,
    anchor: 'start',
    size: CAPTION_SIZE,
    weight: 'regular',
    color: CONNECTOR_COLOR,
    width: measureText(fonts.regular, text, CAPTION_SIZE),
    role: 'connector-caption',
  };
}
