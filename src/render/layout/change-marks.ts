// What changed since an older version (`sop render --compare`), drawn by the layout from the
// ChangeMarks it is given (ChartOptions.changes), as it makes each item, by step id and by edge:
//   a step: outline and fill in its change's colour (a removed one dashed), its text in that
//     colour and, when removed, struck through; a changed step only where its printed fields
//     changed (the label, its forms, its 註 marks), its outline always;
//   its row's cells: the same colours, a changed step's only in the columns whose fields changed,
//     the cell tinted when the row holds that step alone;
//   step numbers as the new version prints them (a removed step prints none);
//   an edge: its change travels on the EdgeGeometry (the composers stroke it, edge-items.ts); its
//     branch label is coloured here, and struck through when removed.
// Marks never move anything: the geometry is laid out before they are applied.

import { edgeKey, type ChangeKind, type ChangeMarks } from '../../model/changes.js';
import { CHANGE_STYLE, removedDash, strikeWidth } from '../compare/change-style.js';
import type { GroupItem, PathItem, SceneItem, TextItem } from '../scene.js';
import { fontMetrics, measureText, type Fonts } from '../text/index.js';
import type { DataColumn, PlacedCellEntry } from './table.js';

/** The step fields each data column prints. */
const COLUMN_FIELDS: Record<DataColumn, readonly string[]> = {
  owner: ['owner'],
  support: ['support'],
  time: ['time', 'schedule'],
  forms: ['forms'],
};

/** Label fields: a change to one of these colours the symbol's text. */
const LABEL_FIELDS: readonly string[] = ['text', 'sop', 'external'];

export class ChartMarks {
  constructor(
    private readonly marks: ChangeMarks,
    private readonly fonts: Fonts,
  ) {}

  /** How the edge from → to changed. */
  edge(from: string, to: string): ChangeKind | undefined {
    return this.marks.edges.get(edgeKey(from, to));
  }

  /** The step numbers the chart prints: the new version's, of the steps laid out. */
  numbers(laidOut: ReadonlyMap<string, number>): Map<string, number> {
    return new Map([...this.marks.numbers].filter(([id]) => laidOut.has(id)));
  }

  /** How a cell's text is marked: the step's change, for a changed step only in the columns that changed. */
  private cellChange(step: string, column: DataColumn): ChangeKind | undefined {
    const kind = this.marks.steps.get(step);
    if (kind !== 'changed') return kind;
    const fields = this.marks.fields.get(step);
    return COLUMN_FIELDS[column].some((f) => fields?.has(f)) ? 'changed' : undefined;
  }

  /** The tint of a cell that holds the text of one step alone, when that text is marked. */
  cellTint(step: string, column: DataColumn): string | undefined {
    const kind = this.cellChange(step, column);
    return kind ? CHANGE_STYLE[kind].tint : undefined;
  }

  /** A cell entry's items: its step's number (renumbered; none for a removed step), its lines coloured, struck through when removed. */
  cellEntry(entry: PlacedCellEntry, column: DataColumn): SceneItem[] {
    const kind = this.cellChange(entry.step, column);
    const items: SceneItem[] = [];
    if (entry.number) {
      const number = this.marks.numbers.get(entry.step);
      if (number !== undefined) {
        const text = this.renumbered(entry.number, number);
        items.push(kind ? { ...text, color: CHANGE_STYLE[kind].color } : text);
      }
    }
    for (const line of entry.lines) {
      if (!kind) {
        items.push(line);
        continue;
      }
      items.push({ ...line, color: CHANGE_STYLE[kind].color });
      if (kind === 'removed') items.push(this.strike([line], kind));
    }
    return items;
  }

  /** A branch label in its edge's colour. */
  label(label: TextItem, kind: ChangeKind): TextItem {
    return { ...label, color: CHANGE_STYLE[kind].color };
  }

  private renumbered(item: TextItem, number: number): TextItem {
    const text = String(number);
    if (text === item.text) return item;
    const face = item.weight === 'bold' ? this.fonts.bold : this.fonts.regular;
    return { ...item, text, width: measureText(face, text, item.size) };
  }

  /** The group of step `id`, renumbered and marked by its change. */
  step(group: GroupItem, id: string): GroupItem {
    const kind = this.marks.steps.get(id);
    const number = this.marks.numbers.get(id);
    const items: SceneItem[] = [];
    for (const item of group.items) {
      if (item.kind === 'text' && item.role === 'step-number') {
        if (number !== undefined) items.push(this.renumbered(item, number));
      } else items.push(item);
    }
    if (!kind) return { ...group, items };
    const fields = this.marks.fields.get(id) ?? new Set<string>();
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
    if (strikes.length > 0) marked.push(this.strike(strikes, kind));
    return { ...group, data: { ...group.data, 'data-change': kind }, items: marked };
  }

  /** Lines through the middle of each text's em box, as wide as the text. */
  strike(texts: TextItem[], kind: ChangeKind): GroupItem {
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

  /** Whether a text's em box lies within one of the bands (the header, the rows). */
  inBand(text: TextItem, bands: readonly { top: number; bottom: number }[]): boolean {
    const { ascent, descent } = fontMetrics(this.fonts.regular, text.size);
    return bands.some((r) => text.y - ascent >= r.top - EPS && text.y + descent <= r.bottom + EPS);
  }
}

const EPS = 0.01;

function textLeft(item: TextItem): number {
  return item.anchor === 'start' ? item.x : item.anchor === 'middle' ? item.x - item.width / 2 : item.x - item.width;
}
