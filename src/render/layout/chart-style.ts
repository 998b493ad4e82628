// Sizes and colours of the chart, all derived from the label size so that the chart can be
// shrunk as a whole to fit a page, in one of two densities: comfortable (the SVG chart, and the
// handbook when it fits) and compact (narrow label boxes that wrap onto more lines, narrower
// diamonds, tighter gaps between side-by-side nodes), which is how a chart is fitted to a page
// width before its text gets smaller.

import { shapeStyle, type ShapePadding, type ShapeStyle } from './shapes.js';

/** The smallest size of the chart's running text (labels, cells, branch labels) when it is shrunk. */
export const MIN_BODY_SIZE = 7;

export type Density = 'comfortable' | 'compact';

export interface ChartStyle {
  /** Step labels. */
  label: number;
  /** Table cells and headers. */
  cell: number;
  /** Step numbers and 註 marks. */
  mark: number;
  /** Branch labels (是/否). */
  branch: number;
  /** The referenced procedure's name in a subprocess symbol; inline form names. */
  small: number;
  padding: ShapePadding;
  shape: ShapeStyle;
  /** Widths a label is wrapped to, tried in order (in points): the first that needs at most labelMaxLines. */
  labelWidths: number[];
  labelMaxLines: number;
  /** The same for terminals (start/end), which read better wide and low. */
  terminalWidths: number[];
  terminalMaxLines: number;
  /** Widths a decision's label is wrapped to; the one giving the least width + weight × height wins. */
  decisionWidths: number[];
  decisionHeightWeight: number;
  /** The narrowest symbol of each kind of step (a short label in a tiny box reads badly). */
  minShapeWidth: { terminal: number; decision: number; other: number };
  /** Longest word kept whole in a label (wider ones are cut, as a last resort). */
  wordCap: number;
  /** Padding inside table cells. */
  cellPadding: { x: number; y: number };
  /** Widest text of each data column before it wraps. */
  columnCaps: { owner: number; support: number; time: number; forms: number };
  /** Narrowest text of a data column when the chart must fit a width (words stay whole). */
  columnMin: number;
  /** Space around the flow inside its column. */
  flowPadding: number;
  /** ELK spacings. */
  nodeSpacing: number;
  layerSpacing: number;
  edgeSpacing: number;
  colors: {
    text: string;
    muted: string;
    stroke: string;
    edge: string;
    rule: string;
    headerFill: string;
    terminalFill: string;
    shapeFill: string;
    formFill: string;
  };
  strokes: { shape: number; edge: number; rule: number; form: number };
}

export function chartStyle(labelSize: number, density: Density = 'comfortable'): ChartStyle {
  const L = labelSize;
  const compact = density === 'compact';
  // Running text never goes below MIN_BODY_SIZE (unless the labels themselves do).
  const body = (ratio: number) => Math.max(Math.min(L, MIN_BODY_SIZE), Math.round(L * ratio * 10) / 10);
  const cell = body(0.9);
  return {
    label: L,
    cell,
    mark: Math.max(5.5, Math.round(L * 0.65 * 10) / 10),
    branch: cell,
    small: body(0.8),
    padding: compact ? { x: L * 0.5, y: L * 0.45 } : { x: L * 0.6, y: L * 0.5 },
    shape: shapeStyle(L),
    labelWidths: compact ? [5 * L, 6 * L, 7 * L, 8 * L, 10 * L] : [7 * L, 9 * L, 11 * L],
    labelMaxLines: compact ? 5 : 4,
    terminalWidths: compact ? [6 * L, 8 * L, 10 * L, 12 * L] : [10 * L, 12 * L, 14 * L],
    terminalMaxLines: compact ? 3 : 2,
    decisionWidths: (compact ? [4, 5, 6, 7] : [4, 5, 6, 7, 8, 9, 10]).map((em) => em * L),
    decisionHeightWeight: compact ? 1 : 2.5,
    minShapeWidth: compact ? { terminal: 4.5 * L, decision: 5 * L, other: 5 * L } : { terminal: 5 * L, decision: 5 * L, other: 6 * L },
    wordCap: 16 * L,
    cellPadding: { x: cell * 0.5, y: cell * 0.45 },
    columnCaps: { owner: 6 * cell, support: 6 * cell, time: 6 * cell, forms: 9 * cell },
    columnMin: 3 * cell,
    flowPadding: compact ? L * 0.8 : L * 1.2,
    nodeSpacing: compact ? L * 1.4 : L * 2.4,
    layerSpacing: compact ? L * 2.4 : L * 2.6,
    edgeSpacing: compact ? L * 0.7 : L,
    colors: {
      text: '#000000',
      muted: '#444444',
      stroke: '#000000',
      edge: '#222222',
      rule: '#666666',
      headerFill: '#eeeeee',
      terminalFill: '#f3f3f3',
      shapeFill: '#ffffff',
      formFill: '#ffffff',
    },
    strokes: { shape: 1, edge: 0.8, rule: 0.5, form: 0.6 },
  };
}
