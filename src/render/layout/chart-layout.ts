// What a chart layout is: the ChartLayout that layoutChart (layout-chart.ts) makes of an SOP —
// the flow column laid out by ELK, the owner / time / forms columns ruled like a table beside
// it — and the options it takes. Both the SVG composer and the PDF handbook composer draw this
// one geometry.

import type { Lang } from '../../i18n/lang.js';
import type { ChangeKind, ChangeMarks } from '../../model/changes.js';
import type { Point, SceneItem, TextItem } from '../scene.js';
import type { Fonts } from '../text/index.js';

/** A horizontal band of the chart; page breaks fall only between rows. */
export interface ChartRow {
  top: number;
  bottom: number;
  /** Steps whose shapes lie in this band (an ELK layer), left to right. */
  stepIds: string[];
}

/** An edge: a polyline in chart coordinates, arrowhead at the last point. */
export interface EdgeGeometry {
  from: string;
  to: string;
  points: Point[];
  /** Branch label (是/否, 核可…) placed next to the edge near the decision. */
  label?: TextItem;
  /** A loop's edge (drawn against the flow, routed on the west side). */
  back: boolean;
  /** How the edge changed since the older version (ChartOptions.changes): the composers stroke it so. */
  change?: ChangeKind;
}

/** One column of the table: x range in chart coordinates. */
export interface ChartColumn {
  key: 'flow' | 'owner' | 'support' | 'time' | 'forms';
  x: number;
  width: number;
  /** The header text as printed (in the output language). */
  title: string;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** The column header row, y in [0, header.height]; repeated on every page. */
  header: { height: number; items: SceneItem[] };
  /** Below the header, top to bottom, contiguous (row i's bottom = row i+1's top). */
  rows: ChartRow[];
  /**
   * Step groups (role 'step', id, data-step-id, bounds), 註 marks, cell texts, the table's cell
   * rectangles per row: every item lies within one row band (or the header).
   */
  items: SceneItem[];
  /** Kept apart from items so pagination can cut an edge at a page break. */
  edges: EdgeGeometry[];
  textSizes: { label: number; cell: number; min: number };
  /** Additional: the columns' x ranges (flow first). */
  columns: ChartColumn[];
  /** Additional: step id → the number printed at the shape's top-left (1..n, list order). */
  stepNumbers: Map<string, number>;
  /**
   * Set when the chart had to be shrunk to fit maxWidth (the caller says so: which chart, and why):
   * the label size it would have had, how wide it is at that size with its columns at their
   * narrowest, and the numbers of the steps in its widest row.
   */
  shrunk?: { from: number; width: number; maxWidth: number; widestRow: number[] };
}

/** What lays the steps out: ours, with ELK where ours does not draw the chart cleanly (`auto`), or always ELK. */
export type LayoutEngine = 'auto' | 'elk';

export interface ChartOptions {
  /** Language of the column headers and durations. */
  lang: Lang;
  /** `--layout`: default `auto` (flow-placement.ts). */
  layout?: LayoutEngine;
  /** Fonts to measure with (loadFonts()). */
  fonts: Fonts;
  /** Titles of other known SOPs by id, for subprocess steps that name one (`sop:`). */
  sopTitles?: ReadonlyMap<string, string>;
  /** Draw each step's forms as small document symbols joined by a dotted line (--forms inline). */
  formsInline?: boolean;
  /**
   * Width the whole chart must fit into (e.g. a PDF page's content width). To fit, the data
   * columns narrow (cells wrap), then the compact style narrows the label boxes (labels wrap onto
   * more lines) and the gaps, then the text gets smaller, never below 8 pt for labels (7 pt for
   * cells). A chart wider even so comes back at 8 pt, wider than maxWidth. Given room to spare, the
   * table fills maxWidth. Absent = the comfortable chart (10 pt) for an A4 page's text block.
   */
  maxWidth?: number;
  /**
   * The width the label boxes' rooms are reckoned from (default maxWidth, else an A4 text block):
   * a chart that goes on a wider page than it was meant for keeps the boxes it had there.
   */
  roomWidth?: number;
  /** Working hours per day for durations (config hoursPerDay, default 8). */
  hoursPerDay?: number;
  /**
   * Names never broken across lines (the config's `units`); the SOP's owners and supports are
   * always kept whole.
   */
  keepTogether?: readonly string[];
  /**
   * What changed since an older version (`--compare`; lay out the merged SOP of
   * diff/merge-versions.ts): the chart is drawn with the changes marked (change-marks.ts).
   */
  changes?: ChangeMarks;
}
