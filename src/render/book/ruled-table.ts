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
  const { columns } = table;
  const lefts: number[] = [];
  let cx = x;
  for (const c of columns) {
    lefts.push(cx);
    cx += c.width;
  }
  const inner = (i: number) => Math.max(columns[i]!.width - 2 * style.padX, style.body.size);
  const rect = (box: Box, fill: string): RectItem => ({ kind: 'rect', box, fill, stroke: { ...style.stroke } });

  const headerLines = columns.map((c, i) => c.title.split('\n').flatMap((p) => wrapText(style.header.font, p, style.header.size, inner(i))));
  const headerHeight = Math.max(...headerLines.map((l) => l.length)) * style.header.lineHeight + 2 * style.padY;

  const drawText = (line: CellLine, column: number, top: number, s: TextStyle, align: 'start' | 'middle', role: 'header' | 'cell') => {
    const c = columns[column]!;
    const start = align === 'middle' ? lefts[column]! + (c.width - lineWidth(line, s)) / 2 : lefts[column]! + style.padX;
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
  };

  const drawHeader = () => {
    const top = flow.y;
    columns.forEach((c, i) => {
      const box = { x: lefts[i]!, y: top, width: c.width, height: headerHeight };
      flow.add(rect(box, style.headerFill), box);
      const lines = headerLines[i]!;
      let lineTop = top + (headerHeight - lines.length * style.header.lineHeight) / 2;
      for (const text of lines) {
        drawText({ text }, i, lineTop, style.header, 'middle', 'header');
        lineTop += style.header.lineHeight;
      }
    });
    flow.y = top + headerHeight;
  };

  // The merged first cell of the current group on this page: its top and its lines (drawn when it closes).
  let span: { top: number; lines: CellLine[] } | undefined;
  let spanGroup: string | undefined;
  const closeSpan = () => {
    if (!span) return;
    const box = { x: lefts[0]!, y: span.top, width: columns[0]!.width, height: flow.y - span.top };
    flow.add(rect(box, '#ffffff'), box);
    let lineTop = span.top + style.padY;
    for (const line of span.lines) {
      drawText(line, 0, lineTop, style.body, columns[0]!.align ?? 'start', 'cell');
      lineTop += style.body.lineHeight;
    }
    span = undefined;
  };
  const pageBreak = () => {
    closeSpan();
    flow.newPage();
    table.onNewPage?.();
    drawHeader();
  };

  const firstLines = (row: RuledRow) => cellLines(row.cells[0]!, inner(0), style.body);
  // Room for the header and one line of the first row, or a new page first.
  flow.ensure(headerHeight + style.body.lineHeight + 2 * style.padY);
  drawHeader();
  const fullPage = () => flow.bottom - flow.frame.content.y - headerHeight;

  for (const row of table.rows) {
    const spanning = table.spanFirstColumn === true;
    const lines = row.cells.map((cell, i) => (spanning && i === 0 ? [] : cellLines(cell, inner(i), style.body)));
    const continues = spanning && span !== undefined && spanGroup === row.group;
    // The first cell's lines count in the row's height when the row opens a span on its page.
    const heightAs = (opening: boolean) => {
      const counts = lines.map((l) => l.length);
      if (spanning && opening) counts[0] = firstLines(row).length;
      return Math.max(table.minLines ?? 1, ...counts) * style.body.lineHeight + 2 * style.padY;
    };
    if (spanning && !continues) closeSpan();
    let opening = spanning && !continues;
    if (heightAs(opening) > flow.remaining + 1e-6 && heightAs(true) <= fullPage() + 1e-6) {
      pageBreak();
      opening = spanning;
    }
    if (spanning && opening) {
      span = { top: flow.y, lines: firstLines(row) };
      spanGroup = row.group;
    }
    // Draw the row, splitting it between lines when it does not fit on one page.
    let from = 0;
    const total = Math.max(table.minLines ?? 1, ...lines.map((l) => l.length), span && opening ? span.lines.length : 0);
    while (from < total) {
      let fit = Math.floor((flow.remaining - 2 * style.padY + 1e-6) / style.body.lineHeight);
      if (fit < Math.min(2, total - from)) {
        pageBreak();
        if (spanning) {
          span = { top: flow.y, lines: firstLines(row) };
          spanGroup = row.group;
        }
        fit = Math.floor((flow.remaining - 2 * style.padY + 1e-6) / style.body.lineHeight);
      }
      const count = Math.max(1, Math.min(fit, total - from));
      const top = flow.y;
      const height = count * style.body.lineHeight + 2 * style.padY;
      columns.forEach((c, i) => {
        if (spanning && i === 0) return;
        const box = { x: lefts[i]!, y: top, width: c.width, height };
        flow.add(rect(box, '#ffffff'), box);
        let lineTop = top + style.padY;
        for (const line of lines[i]!.slice(from, from + count)) {
          drawText(line, i, lineTop, style.body, c.align ?? 'start', 'cell');
          lineTop += style.body.lineHeight;
        }
      });
      flow.y = top + height;
      from += count;
    }
  }
  closeSpan();
}
