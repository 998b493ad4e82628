// The scene: what layout produces and what the writers draw. Every coordinate is in points
// (1/72 inch), y growing downwards, in both SVG and PDF. Writers add no geometry of their own:
// they only translate these primitives.

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Stroke {
  color: string;
  width: number;
  /** Dash pattern, e.g. [3, 2]; absent = solid. */
  dash?: number[];
}

export interface Paint {
  fill?: string;
  stroke?: Stroke;
}

/** Path commands, absolute coordinates. */
export type PathCommand =
  | { op: 'M'; x: number; y: number }
  | { op: 'L'; x: number; y: number }
  | { op: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { op: 'Z' };

export interface RectItem extends Paint {
  kind: 'rect';
  box: Box;
  /** Corner radius (a stadium terminal uses height / 2). */
  radius?: number;
  /** A named destination of the same document the box links to (the PDF writer adds a link annotation; a TOC row to its SOP). */
  link?: string;
}

export interface PathItem extends Paint {
  kind: 'path';
  commands: PathCommand[];
}

export interface CircleItem extends Paint {
  kind: 'circle';
  center: Point;
  radius: number;
}

/** One line of text, already wrapped and measured: writers never break or measure text. */
export interface TextItem {
  kind: 'text';
  text: string;
  /** Left end of the baseline (anchor start), its middle (middle) or right end (end). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  size: number;
  weight: 'regular' | 'bold';
  color: string;
  /** Measured advance width of the text at this size (for checks and for the PDF writer's alignment). */
  width: number;
  /** Superscript-like small text (註 marks) — drawn like any text, flagged for tests and styling. */
  role?: 'label' | 'note-mark' | 'branch-label' | 'header' | 'cell' | 'body' | 'title' | 'footer' | 'connector' | 'connector-caption' | 'step-number';
}

/** A group of items, e.g. one step: the SVG writer emits `<g id data-step-id>`. */
export interface GroupItem {
  kind: 'group';
  id?: string;
  /** Extra attributes for the SVG writer, e.g. { 'data-step-id': 'receive' }. */
  data?: Record<string, string>;
  /** What the group is, for tests (e.g. 'step', 'edge', 'table'). */
  role?: string;
  /** The shape's own outline box (for steps: the symbol), for overlap and containment checks. */
  bounds?: Box;
  items: SceneItem[];
}

export type SceneItem = RectItem | PathItem | CircleItem | TextItem | GroupItem;

export interface Page {
  width: number;
  height: number;
  items: SceneItem[];
}

/** A document to write: one page for an SVG chart, many for a PDF handbook. */
export interface Scene {
  title: string;
  description: string;
  /** Language of the text (xml:lang / PDF Lang). */
  lang: string;
  pages: Page[];
  /** Font files the text is measured with and must be drawn with. */
  fonts: { regular: string; bold: string; family: string };
}
