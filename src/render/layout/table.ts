// The table beside the flow: column headers, column widths, and what each row's cells say
// (主辦, 協辦, 標準工時／時間點, 使用表單 of the steps in that row, each prefixed with its step
// number when several steps share the row).

import type { Lang } from '../../i18n/lang.js';
import { DEFAULT_HOURS_PER_DAY, formatMinutes } from '../../model/duration.js';
import type { Sop, Step } from '../../model/types.js';
import type { Box, SceneItem, TextItem } from '../scene.js';
import { measureText, type Fonts, type KeepTogether } from '../text/index.js';
import type { ChartStyle } from './chart-style.js';
import { formName } from './step-labels.js';
import { blockHeight, blockItems, blockWidth, faceOf, makeBlock, type TextBlock } from './text-block.js';

export type DataColumn = 'owner' | 'support' | 'time' | 'forms';
export const DATA_COLUMNS: readonly DataColumn[] = ['owner', 'support', 'time', 'forms'];

export const HEADER_TEXT: Record<'flow' | 'responsible' | DataColumn, Record<Lang, string>> = {
  flow: { 'zh-TW': '處理流程', en: 'Flow' },
  responsible: { 'zh-TW': '權責單位', en: 'Responsible' },
  owner: { 'zh-TW': '主辦', en: 'Owner' },
  support: { 'zh-TW': '協辦', en: 'Support' },
  // Explicit line breaks: the header on two lines (its column is at least as wide as the longer).
  time: { 'zh-TW': '標準工時／\n時間點', en: 'Standard time\n/ When' },
  forms: { 'zh-TW': '使用表單', en: 'Forms' },
};

/**
 * Headers on more lines, for a column squeezed below its header's lines (the last resort before a
 * wider page). 標準工時／時間點 has none: it stays on two lines.
 */
export const NARROW_HEADER_TEXT: Partial<Record<DataColumn, Partial<Record<Lang, string>>>> = {
  time: { en: 'Standard\ntime /\nWhen' },
};

/** A column's header for a text width: its lines if they fit, else its narrow form if it has one. */
function headerFor(key: ColumnGeometry['key'], lang: Lang, textWidth: number, fonts: Fonts, style: ChartStyle): string {
  const text = HEADER_TEXT[key][lang];
  const narrow = key === 'flow' ? undefined : NARROW_HEADER_TEXT[key]?.[lang];
  if (!narrow) return text;
  const widest = Math.max(...text.split('\n').map((line) => measureText(faceOf(fonts, 'bold'), line, style.cell)));
  return widest <= textWidth + 1e-6 ? text : narrow;
}

/** A duration in the output language: `2小時`, `1日–3日` / `2h`, `1d–3d`. */
export function formatDuration(step: Step, lang: Lang, hoursPerDay = DEFAULT_HOURS_PER_DAY): string | undefined {
  if (step.time) {
    const low = formatMinutes(step.time.minMinutes, lang, hoursPerDay);
    const high = formatMinutes(step.time.maxMinutes, lang, hoursPerDay);
    return low === high ? low : `${low}–${high}`;
  }
  return step.timeText;
}

/** The texts a step puts in a column, one paragraph each (empty = nothing). */
export function cellTexts(sop: Sop, step: Step, column: DataColumn, lang: Lang, hoursPerDay?: number): string[] {
  switch (column) {
    case 'owner':
      return step.owner ? [step.owner] : [];
    case 'support':
      return step.support.length > 0 ? [step.support.join(lang === 'en' ? ', ' : '、')] : [];
    case 'time': {
      const out: string[] = [];
      const duration = formatDuration(step, lang, hoursPerDay);
      if (duration) out.push(duration);
      if (step.schedule) out.push(step.schedule);
      return out;
    }
    case 'forms':
      return step.forms.map((f) => formName(sop, f));
  }
}

export interface CellEntry {
  /** The id of the step the entry is about. */
  step: string;
  /** Step number shown before the entry when the row holds several steps. */
  number?: TextItem;
  blocks: TextBlock[];
}

/** A cell entry placed in its cell: the step's number (several steps in the row) and the text's lines. */
export interface PlacedCellEntry {
  step: string;
  number?: TextItem;
  lines: TextItem[];
}

export interface CellContent {
  entries: CellEntry[];
  height: number;
}

export interface ColumnGeometry {
  key: 'flow' | DataColumn;
  x: number;
  width: number;
  title: string;
}

/** What each step of a row says in a column (steps with nothing to say left out). */
export function cellParagraphs(sop: Sop, steps: { step: Step; number: number }[], column: DataColumn, lang: Lang, numbered: boolean, hoursPerDay?: number): { step: Step; number: number; texts: string[] }[] {
  const out: { step: Step; number: number; texts: string[] }[] = [];
  // Where steps share a row and some have an owner (or a time), the others show their gap as —
  // (a cell where none has one stays empty).
  const all = steps.map(({ step }) => cellTexts(sop, step, column, lang, hoursPerDay));
  const anyData = all.some((texts) => texts.length > 0);
  for (const [i, { step, number }] of steps.entries()) {
    let texts = all[i]!;
    if (texts.length === 0 && numbered && anyData && (column === 'owner' || column === 'time')) texts = ['—'];
    if (texts.length > 0) out.push({ step, number, texts });
  }
  return out;
}

/** The content of one cell: an entry per step that has something to say. */
export function cellContent(sop: Sop, steps: { step: Step; number: number }[], column: DataColumn, width: number, fonts: Fonts, style: ChartStyle, lang: Lang, numbered: boolean, hoursPerDay?: number, keep?: KeepTogether): CellContent {
  const face = faceOf(fonts, 'regular');
  const numberWidth = numbered ? Math.max(...steps.map((s) => measureText(face, `${s.number}`, style.cell))) + style.cell * 0.4 : 0;
  const textWidth = width - 2 * style.cellPadding.x - numberWidth;
  const entries: CellEntry[] = [];
  let height = 0;
  for (const { step, number, texts } of cellParagraphs(sop, steps, column, lang, numbered, hoursPerDay)) {
    const blocks = texts.map((text) => makeBlock(fonts, text, textWidth, { size: style.cell, role: 'cell', balanced: true, color: style.colors.text, keep }));
    const entry: CellEntry = { step: step.id, blocks };
    if (numbered) {
      const label = `${number}`;
      entry.number = { kind: 'text', text: label, x: 0, y: 0, anchor: 'start', size: style.cell, weight: 'regular', color: style.colors.muted, width: measureText(face, label, style.cell), role: 'cell' };
    }
    if (entries.length > 0) height += style.cell * 0.5;
    height += blocks.reduce((sum, b) => sum + blockHeight(b), 0) + (blocks.length - 1) * style.cell * 0.25;
    entries.push(entry);
  }
  return { entries, height };
}

/** A cell's content placed in its box (content centred vertically), entry by entry. */
export function cellItems(content: CellContent, box: Box, style: ChartStyle, numbered: boolean, fonts: Fonts): PlacedCellEntry[] {
  const face = faceOf(fonts, 'regular');
  const placed: PlacedCellEntry[] = [];
  let top = box.y + (box.height - content.height) / 2;
  const numberWidth = numbered ? Math.max(0, ...content.entries.map((e) => (e.number ? measureText(face, e.number.text, style.cell) : 0))) + style.cell * 0.4 : 0;
  const left = box.x + style.cellPadding.x;
  for (const [i, entry] of content.entries.entries()) {
    if (i > 0) top += style.cell * 0.5;
    const out: PlacedCellEntry = { step: entry.step, lines: [] };
    if (entry.number) out.number = { ...entry.number, x: left, y: top + entry.blocks[0]!.ascent };
    for (const [j, block] of entry.blocks.entries()) {
      if (j > 0) top += style.cell * 0.25;
      out.lines.push(...blockItems(block, left + numberWidth, top, 'start'));
      top += blockHeight(block);
    }
    placed.push(out);
  }
  return placed;
}

export interface HeaderLayout {
  height: number;
  items: SceneItem[];
}

/** The two-level header row: 處理流程 | 權責單位 (主辦 | 協辦) | 標準工時／時間點 | 使用表單. */
export function headerLayout(columns: ColumnGeometry[], fonts: Fonts, style: ChartStyle, lang: Lang): HeaderLayout {
  const pad = style.cellPadding;
  const block = (text: string, width: number) => makeBlock(fonts, text, width - 2 * pad.x, { size: style.cell, weight: 'bold', role: 'header', balanced: true, color: style.colors.text });
  const col = (key: ColumnGeometry['key']) => columns.find((c) => c.key === key)!;
  const owner = col('owner');
  const support = col('support');
  const responsibleWidth = owner.width + support.width;
  const responsible = block(HEADER_TEXT.responsible[lang], responsibleWidth);
  const subBlocks = [block(owner.title, owner.width), block(support.title, support.width)];
  const spanning = (['flow', 'time', 'forms'] as const).map((key) => ({ column: col(key), block: block(headerFor(key, lang, col(key).width - 2 * pad.x, fonts, style), col(key).width) }));
  const top = blockHeight(responsible) + 2 * pad.y;
  let bottom = Math.max(...subBlocks.map(blockHeight)) + 2 * pad.y;
  const spanNeed = Math.max(...spanning.map((s) => blockHeight(s.block))) + 2 * pad.y;
  if (top + bottom < spanNeed) bottom = spanNeed - top;
  const height = top + bottom;

  const items: SceneItem[] = [];
  const cell = (box: Box, content: TextBlock) => {
    items.push({ kind: 'rect', box, fill: style.colors.headerFill, stroke: { color: style.colors.rule, width: style.strokes.rule } });
    items.push(...blockItems(content, box.x + box.width / 2, box.y + (box.height - blockHeight(content)) / 2, 'middle'));
  };
  for (const s of spanning) cell({ x: s.column.x, y: 0, width: s.column.width, height }, s.block);
  cell({ x: owner.x, y: 0, width: responsibleWidth, height: top }, responsible);
  cell({ x: owner.x, y: top, width: owner.width, height: bottom }, subBlocks[0]!);
  cell({ x: support.x, y: top, width: support.width, height: bottom }, subBlocks[1]!);
  return { height, items };
}

export { blockWidth };
