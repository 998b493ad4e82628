// Sizes and colours of the chart, all derived from the label size so that the chart can be
// shrunk as a whole to fit a page, in one of two densities: comfortable (the SVG chart, and the
// handbook when it fits) and compact (narrow label boxes that wrap onto more lines, narrower
// diamonds, tighter gaps between side-by-side nodes), which is how a chart is fitted to a page
// width before its text gets smaller.

import { shapeStyle, type ShapePadding, type ShapeStyle } from './shapes.js';

/** The smallest size of the chart's running text (cells, branch labels) when it is shrunk. */
export const MIN_BODY_SIZE = 7;
/** The smallest label size a chart is shrunk to (beyond it, a wider page). */
export const MIN_LABEL_SIZE = 8;
/**
 * The width the table is drawn for when no width is given (the SVG): an A4 page's text block
 * (595.28 pt less 42 pt margins each side), so that the SVG chart is the one the handbook prints.
 */
export const NOMINAL_TABLE_WIDTH = 511.28;

export type Density = 'comfortable' | 'compact';

export interface ChartStyle {
  density: Density;
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
  /** Widest text of a label (a lone box's 16 characters a line); its box is otherwise as wide as its row's room. */
  labelCap: number;
  /** Narrowest text of a label (unless its widest word is narrower). */
  labelMin: number;
  /** The most lines a label takes before its box gets wider than its room. */
  labelMaxLines: number;
  /** Widest text a decision's label is wrapped to; the wrap width giving the least width + weight × height wins. */
  decisionCap: number;
  decisionHeightWeight: number;
  /** The narrowest symbol of each kind of step (a short label in a tiny box reads badly). */
  minShapeWidth: { terminal: number; decision: number; other: number };
  /** Longest word kept whole in a label (wider ones are cut, as a last resort). */
  wordCap: number;
  /** Padding inside table cells. */
  cellPadding: { x: number; y: number };
  /** Each data column's text width in cell ems (CJK characters): at least `min`, else its content up to `cap`. */
  columns: Record<'owner' | 'support' | 'time' | 'forms', { min: number; cap: number }>;
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
  const cell = body(compact ? 0.8 : 0.9);
  return {
    density,
    label: L,
    cell,
    mark: Math.max(5.5, Math.round(L * 0.65 * 10) / 10),
    branch: cell,
    small: body(0.8),
    padding: compact ? { x: L * 0.5, y: L * 0.45 } : { x: L * 0.6, y: L * 0.5 },
    shape: shapeStyle(L, compact ? 2 : 2.5),
    labelCap: (compact ? 14 : 16) * L,
    labelMin: 4 * L,
    labelMaxLines: compact ? 6 : 4,
    decisionCap: (compact ? 10 : 12) * L,
    decisionHeightWeight: compact ? 2 : 2.5,
    minShapeWidth: compact ? { terminal: 4.5 * L, decision: 5 * L, other: 5 * L } : { terminal: 5 * L, decision: 5 * L, other: 6 * L },
    wordCap: 16 * L,
    cellPadding: { x: cell * 0.5, y: cell * 0.45 },
    columns: { owner: { min: 6, cap: 12 }, support: { min: 4, cap: 12 }, time: { min: 5, cap: 8 }, forms: { min: 9, cap: 12 } },
    flowPadding: compact ? L * 0.5 : L * 1.2,
    nodeSpacing: compact ? L * 1.1 : L * 2,
    layerSpacing: compact ? L * 1.1 : L * 1.2,
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
