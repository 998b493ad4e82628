// Marks the changes on the laid-out merged chart (after layout: nothing moves). By step id:
// outline and fill colour, dashed outlines for removed steps, the text's colour, and a strike
// line across every text line of a removed step (computed here from the text items' baselines
// and measured widths, so the writers only draw lines). By (from, to): branch labels. Cells are
// found by their row band and column, and given to a step by the step numbers printed before
// them when a row holds several steps. Steps keep the numbers of the new version; removed steps
// print none. Edges themselves are recoloured in the composed scene (mark-edges.ts), since a
// ChartLayout edge carries no style.

import type { StepField } from '../../diff/sop-diff.js';
import type { ChartColumn, ChartLayout, EdgeGeometry } from '../layout/chart-layout.js';
import type { GroupItem, PathItem, SceneItem, TextItem } from '../scene.js';
import { fontMetrics, measureText, type Fonts } from '../text/index.js';
import { CHANGE_STYLE, removedDash, strikeWidth } from './change-style.js';
import { edgeKey, type ChangeKind, type ChangeMarks } from './merge-versions.js';

type DataColumnKey = Exclude<ChartColumn['key'], 'flow'>;

/** The step fields each data column prints. */
const COLUMN_FIELDS: Record<DataColumnKey, readonly StepField[]> = {
  owner: ['owner'],
  support: ['support'],
  time: ['time', 'schedule'],
  forms: ['forms'],
};

/** Label fields: a change to one of these colours the symbol's text. */
const LABEL_FIELDS: readonly StepField[] = ['text', 'sop', 'external'];

const EPS = 0.01;

/** The chart with the changes marked; the layout given is not modified. */
export function decorateLayout(layout: ChartLayout, marks: ChangeMarks, fonts: Fonts): ChartLayout {
  const decorator = new Decorator(layout, marks, fonts);
  return decorator.run();
}

interface CellText {
  step: string;
  column: DataColumnKey;
  /** The step number printed before a cell entry (several steps in the row). */
  isNumber: boolean;
  /** The row holds this step only. */
  alone: boolean;
}

class Decorator {
  constructor(
    private readonly layout: ChartLayout,
    private readonly marks: ChangeMarks,
    private readonly fonts: Fonts,
  ) {}

  run(): ChartLayout {
    const { layout, marks } = this;
    const cells = this.cellTexts();
    const tintCells = this.cellTints(cells);
    const items: SceneItem[] = [];
    for (const [index, item] of layout.items.entries()) {
      if (item.kind === 'group' && item.role === 'step') {
        items.push(this.step(item));
        continue;
      }
      if (item.kind === 'rect') {
        const tint = tintCells.get(index);
        items.push(tint ? { ...item, fill: tint } : item);
        continue;
      }
      const cell = item.kind === 'text' ? cells.get(index) : undefined;
      if (!cell || item.kind !== 'text') {
        items.push(item);
        continue;
      }
      let text: TextItem = item;
      if (cell.isNumber) {
        const number = marks.numbers.get(cell.step);
        if (number === undefined) continue; // a removed step prints no number
        text = this.renumbered(item, number);
      }
      const kind = this.cellChange(cell);
      if (!kind) {
        items.push(text);
        continue;
      }
      items.push({ ...text, color: CHANGE_STYLE[kind].color });
      if (kind === 'removed' && !cell.isNumber) items.push(this.strikeGroup([text], kind));
    }
    // Removed edges first: drawn below the others where they share a port's trunk.
    const removed = (edge: EdgeGeometry) => marks.edges.get(edgeKey(edge.from, edge.to)) === 'removed';
    const edges = [...layout.edges.filter(removed), ...layout.edges.filter((edge) => !removed(edge))].map((edge) => this.edge(edge, items));
    const stepNumbers = new Map([...marks.numbers].filter(([id]) => layout.stepNumbers.has(id)));
    return { ...layout, items, edges, stepNumbers };
  }

  /** How a cell's text is marked: the step's change, for a changed step only in the columns that changed. */
  private cellChange(cell: CellText): ChangeKind | undefined {
    const kind = this.marks.steps.get(cell.step);
    if (kind !== 'changed') return kind;
    const fields = this.marks.fields.get(cell.step);
    return COLUMN_FIELDS[cell.column].some((f) => fields?.has(f)) ? 'changed' : undefined;
  }

  /** Cell rectangles (by index in layout.items) to fill with a tint: a marked step's cells in a row of its own. */
  private cellTints(cells: Map<number, CellText>): Map<number, string> {
    const { layout } = this;
    const marked = new Map<string, ChangeKind>();
    for (const cell of cells.values()) {
      if (!cell.alone) continue;
      const kind = this.cellChange(cell);
      if (kind) marked.set(`${cell.step}\u0000${cell.column}`, kind);
    }
    const out = new Map<number, string>();
    layout.items.forEach((item, index) => {
      if (item.kind !== 'rect') return;
      const row = layout.rows.find((r) => Math.abs(r.top - item.box.y) < EPS && Math.abs(r.bottom - (item.box.y + item.box.height)) < EPS);
      const column = layout.columns.find((c) => c.key !== 'flow' && Math.abs(c.x - item.box.x) < EPS && Math.abs(c.width - item.box.width) < EPS);
      if (!row || !column || row.stepIds.length !== 1) return;
      const kind = marked.get(`${row.stepIds[0]}\u0000${column.key}`);
      if (kind) out.set(index, CHANGE_STYLE[kind].tint);
    });
    return out;
  }

  /** The cell texts of layout.items (by index), each given to its step and column. */
  private cellTexts(): Map<number, CellText> {
    const { layout } = this;
    const byCell = new Map<string, { index: number; item: TextItem; row: number; column: DataColumnKey }[]>();
    layout.items.forEach((item, index) => {
      if (item.kind !== 'text' || item.role !== 'cell') return;
      const row = layout.rows.findIndex((r) => item.y >= r.top - EPS && item.y <= r.bottom + EPS);
      const left = textLeft(item);
      const column = layout.columns.find((c) => c.key !== 'flow' && left >= c.x - EPS && left < c.x + c.width);
      if (row < 0 || !column) return;
      const key = `${row}\u0000${column.key}`;
      byCell.set(key, [...(byCell.get(key) ?? []), { index, item, row, column: column.key as DataColumnKey }]);
    });
    const out = new Map<number, CellText>();
    for (const texts of byCell.values()) {
      const row = layout.rows[texts[0]!.row]!;
      const column = texts[0]!.column;
      if (row.stepIds.length === 1) {
        for (const t of texts) out.set(t.index, { step: row.stepIds[0]!, column, isNumber: false, alone: true });
        continue;
      }
      // Several steps: each entry starts with its step's number, at the cell's left; the entry's
      // text is indented past the widest number.
      const byNumber = new Map(row.stepIds.map((id) => [String(layout.stepNumbers.get(id)), id]));
      const minX = Math.min(...texts.map((t) => textLeft(t.item)));
      let step: string | undefined;
      for (const t of [...texts].sort((a, b) => a.item.y - b.item.y || textLeft(a.item) - textLeft(b.item))) {
        const isNumber = Math.abs(textLeft(t.item) - minX) < EPS && byNumber.has(t.item.text);
        if (isNumber) step = byNumber.get(t.item.text);
        if (step !== undefined) out.set(t.index, { step, column, isNumber, alone: false });
      }
    }
    return out;
  }

  private renumbered(item: TextItem, number: number): TextItem {
    const text = String(number);
    if (text === item.text) return item;
    const face = item.weight === 'bold' ? this.fonts.bold : this.fonts.regular;
    return { ...item, text, width: measureText(face, text, item.size) };
  }

  /** A step's group, marked by its change (and renumbered). */
  private step(group: GroupItem): GroupItem {
    const id = group.data?.['data-step-id'] ?? '';
    const kind = this.marks.steps.get(id);
    const number = this.marks.numbers.get(id);
    const items: SceneItem[] = [];
    for (const item of group.items) {
      if (item.kind === 'text' && item.role === 'step-number') {
        if (number !== undefined) items.push(this.renumbered(item, number));
      } else items.push(item);
    }
    if (!kind) return { ...group, items };
    const fields = this.marks.fields.get(id) ?? new Set<StepField>();
    const style = CHANGE_STYLE[kind];
    const whole = kind !== 'changed';
    const strikes: TextItem[] = [];
    const mark = (item: SceneItem, inForm: boolean): SceneItem => {
      switch (item.kind) {
        case 'path': {
          const out: PathItem = { ...item };
          if (item.fill !== undefined) out.fill = style.tint;
          if (item.stroke) {
            out.stroke = { ...item.stroke, color: style.color };
            if (kind === 'removed' && !item.stroke.dash) out.stroke.dash = removedDash(item.stroke.width);
          }
          return out;
        }
        case 'text': {
          const colour =
            whole ||
            (item.role === 'label' && (inForm ? fields.has('forms') : LABEL_FIELDS.some((f) => fields.has(f)))) ||
            (item.role === 'note-mark' && fields.has('notes'));
          if (!colour) return item;
          if (kind === 'removed' && item.role === 'label') strikes.push(item);
          return { ...item, color: style.color };
        }
        case 'group':
          if (item.role === 'inline-form' && !whole && !fields.has('forms')) return item;
          return { ...item, items: item.items.map((child) => mark(child, inForm || item.role === 'inline-form')) };
        default:
          return item;
      }
    };
    const marked = items.map((item) => {
      // A changed step's outline (and a subprocess's inner lines) always; its form connector only with its forms.
      if (!whole && item.kind === 'path' && item.stroke?.dash && !fields.has('forms')) return item;
      return mark(item, false);
    });
    if (strikes.length > 0) marked.push(this.strikeGroup(strikes, kind));
    return { ...group, data: { ...group.data, 'data-change': kind }, items: marked };
  }

  /** A branch label marked by its edge's change; a removed one is struck through. */
  private edge(edge: EdgeGeometry, items: SceneItem[]): EdgeGeometry {
    const kind = this.marks.edges.get(edgeKey(edge.from, edge.to));
    if (!kind || !edge.label) return edge;
    const label: TextItem = { ...edge.label, color: CHANGE_STYLE[kind].color };
    if (kind === 'removed') {
      // The strike is an item of its own: it must lie in the label's row band, as every item does.
      const strike = this.strikeGroup([label], kind);
      const { ascent, descent } = fontMetrics(this.fonts.regular, label.size);
      const band = [{ top: 0, bottom: this.layout.header.height }, ...this.layout.rows].find((r) => label.y - ascent >= r.top - EPS && label.y + descent <= r.bottom + EPS);
      if (band) items.push(strike);
    }
    return { ...edge, label };
  }

  /** Lines through the middle of each text's em box, as wide as the text. */
  private strikeGroup(texts: TextItem[], kind: ChangeKind): GroupItem {
    const color = CHANGE_STYLE[kind].color;
    const lines: PathItem[] = texts.map((text) => {
      const face = text.weight === 'bold' ? this.fonts.bold : this.fonts.regular;
      const { ascent, descent } = fontMetrics(face, text.size);
      const y = text.y - (ascent - descent) / 2;
      const left = textLeft(text);
      return {
        kind: 'path',
        commands: [
          { op: 'M', x: left, y },
          { op: 'L', x: left + text.width, y },
        ],
        stroke: { color, width: strikeWidth(text.size) },
      };
    });
    return { kind: 'group', role: 'strike', data: { 'data-strike': String(lines.length) }, items: lines };
  }
}

function textLeft(item: TextItem): number {
  return item.anchor === 'start' ? item.x : item.anchor === 'middle' ? item.x - item.width / 2 : item.x - item.width;
}
