// The header table at the top of the first page, laid out like the government form:
//   | 單位 | unit            | 編號 | code |
//   | 項目 | title (spans the three other columns) |
//   | 訂定／修訂日期 | dates (spans)              |
// Labels in bold on a light background; values wrap inside their cells.
import type { Box, RectItem } from '../scene.js';
import { measureText, wrapText } from '../text/index.js';
import type { PageFlow } from './page-flow.js';
import { textLine, type TextStyle } from './text-blocks.js';

export interface HeaderRow {
  /** Label/value pairs of the row; the last value spans to the right edge. */
  cells: { label: string; value: string }[];
}

export interface HeaderTableStyle {
  label: TextStyle;
  value: TextStyle;
  stroke: { color: string; width: number };
  labelFill: string;
  padX: number;
  padY: number;
}

/**
 * Adds the table at the cursor, spanning `width` from `x`. Column widths: every label column as
 * wide as the widest label; in a row of two pairs, the second value as wide as it needs (at most
 * a quarter of the table) and the first value takes the rest.
 */
export function addHeaderTable(flow: PageFlow, rows: readonly HeaderRow[], x: number, width: number, style: HeaderTableStyle): void {
  const labelWidth = Math.max(...rows.flatMap((r) => r.cells.map((c) => measureText(style.label.font, c.label, style.label.size)))) + 2 * style.padX;
  const cellRect = (box: Box, fill: string): RectItem => ({ kind: 'rect', box, fill, stroke: { ...style.stroke } });
  for (const row of rows) {
    // Column boxes of this row, left to right: [label, value, label, value, ...].
    const columns: { x: number; width: number; text: string; label: boolean }[] = [];
    let cx = x;
    row.cells.forEach((cell, i) => {
      const last = i === row.cells.length - 1;
      let valueWidth: number;
      if (last) valueWidth = x + width - cx - labelWidth;
      else {
        const restPairs = row.cells.slice(i + 1);
        const restWidth = restPairs.reduce(
          (sum, c) => sum + labelWidth + Math.min(Math.max(measureText(style.value.font, c.value, style.value.size) + 2 * style.padX, 72), width / 4),
          0,
        );
        valueWidth = x + width - cx - labelWidth - restWidth;
      }
      columns.push({ x: cx, width: labelWidth, text: cell.label, label: true });
      columns.push({ x: cx + labelWidth, width: valueWidth, text: cell.value, label: false });
      cx += labelWidth + valueWidth;
    });
    const wrapped = columns.map((c) => {
      const s = c.label ? style.label : style.value;
      return c.text ? wrapText(s.font, c.text, s.size, Math.max(c.width - 2 * style.padX, s.size)) : [];
    });
    const height = Math.max(...columns.map((c, i) => (c.label ? style.label : style.value).lineHeight * Math.max(1, wrapped[i]!.length))) + 2 * style.padY;
    flow.ensure(height);
    const top = flow.y;
    columns.forEach((c, i) => {
      const box = { x: c.x, y: top, width: c.width, height };
      flow.add(cellRect(box, c.label ? style.labelFill : '#ffffff'), box);
      const s = c.label ? style.label : style.value;
      const lines = wrapped[i]!;
      let lineTop = top + (height - s.lineHeight * lines.length) / 2;
      for (const line of lines) {
        const t = textLine(line, c.x + style.padX, lineTop, s, c.label ? 'header' : 'cell');
        flow.add(t.item, t.box);
        lineTop += s.lineHeight;
      }
    });
    flow.y = top + height;
  }
}
