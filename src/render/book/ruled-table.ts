// A ruled table that flows over pages: a header row (bold, shaded) repeated at the top of every
// page the table reaches, body rows whose cells wrap with the real font, and rows taller than
// what is left of a page split between two lines of text (the rest goes on the next page, under
// the header again). Rows of one group may share their first cell (the TOC's 科別 column): the
// cell spans the group's rows on each page, and its text is repeated on a continuation page.
import type { Box, RectItem } from '../scene.js';
import { measureText, wrapText, type Fonts } from '../text/index.js';
import type { PageFlow } from '../handbook/page-flow.js';
import { textLine, type TextStyle } from '../handbook/text-blocks.js';

export interface RuledColumn {
  title: string;
  /** Width in points. */
  width: number;
  /** Alignment of the body text (the header is always centred). */
  align?: 'start' | 'middle';
}

/** What a cell holds: paragraphs of text, or check boxes with their labels (☐是 ☐否 ☐不適用). */
export type RuledCell = { paragraphs: string[] } | { checkboxes: string[] };

export interface RuledRow {
  cells: RuledCell[];
  /** The cells (but a spanning first one) link to this named destination. */
  link?: string;
  /** Rows with the same group share their first cell (spanFirstColumn). */
  group?: string;
}

export interface RuledTableStyle {
  header: TextStyle;
  body: TextStyle;
  stroke: { color: string; width: number };
  headerFill: string;
  padX: number;
  padY: number;
}

/** The book's ruled-table look (TOC, control tables): black text, thin rules, a grey header. */
export function bookTableStyle(fonts: Fonts, size: number): RuledTableStyle {
  const body: TextStyle = { font: fonts.regular, size, lineHeight: size * 1.5, color: '#000000' };
  return { header: { ...body, font: fonts.bold }, body, stroke: { color: '#000000', width: 0.6 }, headerFill: '#eeeeee', padX: 5, padY: 3 };
}

export interface RuledTable {
  columns: RuledColumn[];
  rows: RuledRow[];
  /** Merge the first column over consecutive rows of the same group. */
  spanFirstColumn?: boolean;
  /** Body rows are at least this many lines high (room to write in by hand). */
  minLines?: number;
  /** Called after a page break, before the header row is repeated (e.g. to draw a running heading). */
  onNewPage?: () => void;
}

/** One printed line of a cell: text, or check boxes laid out left to right. */
type CellLine = { text: string } | { boxes: { label: string; x: number }[] };

const BOX_GAP = 3;
const OPTION_GAP = 10;

function boxSize(style: TextStyle): number {
  return style.size * 0.8;
}

/** The lines of a cell at its inner width. */
function cellLines(cell: RuledCell, width: number, style: TextStyle): CellLine[] {
  if ('paragraphs' in cell) return cell.paragraphs.flatMap((p) => wrapText(style.font, p, style.size, width).map((text) => ({ text })));
  const lines: CellLine[] = [];
  let current: { label: string; x: number }[] = [];
  let x = 0;
  for (const label of cell.checkboxes) {
    const w = boxSize(style) + BOX_GAP + measureText(style.font, label, style.size);
    if (current.length > 0 && x + w > width) {
      lines.push({ boxes: current });
      current = [];
      x = 0;
    }
    current.push({ label, x });
    x += w + OPTION_GAP;
  }
  if (current.length > 0) lines.push({ boxes: current });
  return lines;
}

function lineWidth(line: CellLine, style: TextStyle): number {
  if ('text' in line) return measureText(style.font, line.text, style.size);
  const last = line.boxes[line.boxes.length - 1];
  return last ? last.x + boxSize(style) + BOX_GAP + measureText(style.font, last.label, style.size) : 0;
}

/**
 * Adds the table at the flow's cursor, from `x`; the cursor ends below it. The caller opens the
 * section (flow.beginSection) so the table's items are grouped per page.
 */
export function addRuledTable(flow: PageFlow, x: number, table: RuledTable, style: RuledTableStyle): void {
  const writer = new RuledTableWriter(flow, x, table, style);
  // Room for the header and one line of the first row, or a new page first.
  flow.ensure(writer.headerHeight + style.body.lineHeight + 2 * style.padY);
  writer.drawHeader();
  for (const row of table.rows) writer.addRow(row);
  writer.closeSpan();
}

/** Draws one ruled table through the page flow, row by row. */
class RuledTableWriter {
  private readonly columns: RuledColumn[];
  private readonly lefts: number[] = [];
  private readonly headerLines: string[][];
  readonly headerHeight: number;
  /** The merged first cell of the current group on this page: its top and its lines (drawn when it closes). */
  private span: { top: number; lines: CellLine[] } | undefined;
  private spanGroup: string | undefined;

  constructor(
    private readonly flow: PageFlow,
    x: number,
    private readonly table: RuledTable,
    private readonly style: RuledTableStyle,
  ) {
    this.columns = table.columns;
    let cx = x;
    for (const c of this.columns) {
      this.lefts.push(cx);
      cx += c.width;
    }
    this.headerLines = this.columns.map((c, i) => c.title.split('\n').flatMap((p) => wrapText(style.header.font, p, style.header.size, this.inner(i))));
    this.headerHeight = Math.max(...this.headerLines.map((l) => l.length)) * style.header.lineHeight + 2 * style.padY;
  }

  private inner(i: number): number {
    return Math.max(this.columns[i]!.width - 2 * this.style.padX, this.style.body.size);
  }

  private rect(box: Box, fill: string): RectItem {
    return { kind: 'rect', box, fill, stroke: { ...this.style.stroke } };
  }

  private drawText(line: CellLine, column: number, top: number, s: TextStyle, align: 'start' | 'middle', role: 'header' | 'cell'): void {
    const { flow, style } = this;
    const c = this.columns[column]!;
    const start = align === 'middle' ? this.lefts[column]! + (c.width - lineWidth(line, s)) / 2 : this.lefts[column]! + style.padX;
    if ('text' in line) {
      if (line.text.length === 0) return;
      const t = textLine(line.text, start, top, s, role);
      flow.add(t.item, t.box);
      return;
    }
    const size = boxSize(s);
    for (const option of line.boxes) {
      const box = { x: start + option.x, y: top + (s.lineHeight - size) / 2, width: size, height: size };
      flow.add({ kind: 'rect', box, fill: '#ffffff', stroke: { color: style.stroke.color, width: 0.6 } }, box);
      const t = textLine(option.label, start + option.x + size + BOX_GAP, top, s, role);
      flow.add(t.item, t.box);
    }
  }

  drawHeader(): void {
    const { flow, style } = this;
    const top = flow.y;
    this.columns.forEach((c, i) => {
      const box = { x: this.lefts[i]!, y: top, width: c.width, height: this.headerHeight };
      flow.add(this.rect(box, style.headerFill), box);
      const lines = this.headerLines[i]!;
      let lineTop = top + (this.headerHeight - lines.length * style.header.lineHeight) / 2;
      for (const text of lines) {
        this.drawText({ text }, i, lineTop, style.header, 'middle', 'header');
        lineTop += style.header.lineHeight;
      }
    });
    flow.y = top + this.headerHeight;
  }

  closeSpan(): void {
    const { flow, style, span } = this;
    if (!span) return;
    const box = { x: this.lefts[0]!, y: span.top, width: this.columns[0]!.width, height: flow.y - span.top };
    flow.add(this.rect(box, '#ffffff'), box);
    let lineTop = span.top + style.padY;
    for (const line of span.lines) {
      this.drawText(line, 0, lineTop, style.body, this.columns[0]!.align ?? 'start', 'cell');
      lineTop += style.body.lineHeight;
    }
    this.span = undefined;
  }

  private pageBreak(): void {
    this.closeSpan();
    this.flow.newPage();
    this.table.onNewPage?.();
    this.drawHeader();
  }

  private firstLines(row: RuledRow): CellLine[] {
    return cellLines(row.cells[0]!, this.inner(0), this.style.body);
  }

  private openSpan(row: RuledRow): void {
    this.span = { top: this.flow.y, lines: this.firstLines(row) };
    this.spanGroup = row.group;
  }

  addRow(row: RuledRow): void {
    const { flow, style, table } = this;
    const spanning = table.spanFirstColumn === true;
    const lines = row.cells.map((cell, i) => (spanning && i === 0 ? [] : cellLines(cell, this.inner(i), style.body)));
    const continues = spanning && this.span !== undefined && this.spanGroup === row.group;
    // The first cell's lines count in the row's height when the row opens a span on its page.
    const heightAs = (opening: boolean) => {
      const counts = lines.map((l) => l.length);
      if (spanning && opening) counts[0] = this.firstLines(row).length;
      return Math.max(table.minLines ?? 1, ...counts) * style.body.lineHeight + 2 * style.padY;
    };
    if (spanning && !continues) this.closeSpan();
    let opening = spanning && !continues;
    const fullPage = flow.bottom - flow.frame.content.y - this.headerHeight;
    // A row is a break point of the flow (a composer may ask for a page to start at it).
    const forced = flow.breakPoint();
    if (forced || (heightAs(opening) > flow.remaining + 1e-6 && heightAs(true) <= fullPage + 1e-6)) {
      this.pageBreak();
      opening = spanning;
    }
    if (spanning && opening) this.openSpan(row);
    // Draw the row, splitting it between lines when it does not fit on one page.
    let from = 0;
    const total = Math.max(table.minLines ?? 1, ...lines.map((l) => l.length), this.span && opening ? this.span.lines.length : 0);
    while (from < total) {
      let fit = Math.floor((flow.remaining - 2 * style.padY + 1e-6) / style.body.lineHeight);
      if (fit < Math.min(2, total - from)) {
        this.pageBreak();
        if (spanning) this.openSpan(row);
        fit = Math.floor((flow.remaining - 2 * style.padY + 1e-6) / style.body.lineHeight);
      }
      const count = Math.max(1, Math.min(fit, total - from));
      this.drawRowPart(lines, from, count, spanning, row.link);
      from += count;
    }
  }

  /** Lines from..from+count of each cell (but a spanning first cell) as one ruled row at the cursor. */
  private drawRowPart(lines: CellLine[][], from: number, count: number, spanning: boolean, link: string | undefined): void {
    const { flow, style } = this;
    const top = flow.y;
    const height = count * style.body.lineHeight + 2 * style.padY;
    this.columns.forEach((c, i) => {
      if (spanning && i === 0) return;
      const box = { x: this.lefts[i]!, y: top, width: c.width, height };
      flow.add({ ...this.rect(box, '#ffffff'), ...(link !== undefined ? { link } : {}) }, box);
      let lineTop = top + style.padY;
      for (const line of lines[i]!.slice(from, from + count)) {
        this.drawText(line, i, lineTop, style.body, c.align ?? 'start', 'cell');
        lineTop += style.body.lineHeight;
      }
    });
    flow.y = top + height;
  }
}
