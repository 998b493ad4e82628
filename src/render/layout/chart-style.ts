// Sizes and colours of the chart, all derived from the label size so that the chart can be
// shrunk as a whole to fit a page.

import { shapeStyle, type ShapePadding, type ShapeStyle } from './shapes.js';

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
  /** Widths a label is wrapped to, tried in order (in points). */
  labelWidths: number[];
  /** The same for terminals (start/end), which read better wide and low. */
  terminalWidths: number[];
  /** Padding inside table cells. */
  cellPadding: { x: number; y: number };
  /** Widest text of each data column before it wraps. */
  columnCaps: { owner: number; support: number; time: number; forms: number };
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

export function chartStyle(labelSize: number): ChartStyle {
  const L = labelSize;
  const cell = Math.round(L * 0.9 * 10) / 10;
  return {
    label: L,
    cell,
    mark: Math.max(5.5, Math.round(L * 0.65 * 10) / 10),
    branch: cell,
    small: Math.max(5.5, Math.round(L * 0.8 * 10) / 10),
    padding: { x: L * 0.6, y: L * 0.5 },
    shape: shapeStyle(L),
    labelWidths: [7 * L, 9 * L, 11 * L],
    terminalWidths: [10 * L, 12 * L, 14 * L],
    cellPadding: { x: cell * 0.5, y: cell * 0.45 },
    columnCaps: { owner: 6 * cell, support: 6 * cell, time: 6 * cell, forms: 9 * cell },
    flowPadding: L * 1.2,
    nodeSpacing: L * 2.4,
    layerSpacing: L * 2.6,
    edgeSpacing: L,
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
