// How well a chart's text reads, counted on a ChartLayout as drawn: breaks inside words, between a
// number and its unit and inside names (text/break-quality.ts), in the labels and in the table's
// cells; how many lines each label takes; the proportions of the diamonds. The tests hold every
// fixture to these counts and `npm run chart-metrics` prints them.

import type { Lang } from '../../i18n/lang.js';
import type { Sop } from '../../model/types.js';
import type { GroupItem, TextItem } from '../scene.js';
import { addFaults, breakFaults, type BreakFaults } from '../text/break-quality.js';
import { KeepTogether, measureText, type Fonts } from '../text/index.js';
import type { ChartLayout } from './chart-layout.js';
import { cellParagraphs, DATA_COLUMNS, type DataColumn } from './table.js';

export interface LabelLines {
  step: string;
  lines: number;
  /** The label's width on one line, in ems (CJK characters). */
  ems: number;
}

export interface ChartTextQuality {
  labels: LabelLines[];
  /** Faults of the step labels (names: the SOP's owners and supports, and `names`). */
  labelFaults: BreakFaults;
  /** Faults of the table's cells, by column. */
  cellFaults: Record<DataColumn, BreakFaults>;
  /** Decisions whose diamond is taller than wide. */
  tallDiamonds: { step: string; width: number; height: number }[];
  /** The smallest size of the labels and cells (points). */
  smallestText: number;
}

export interface ChartQualityOptions {
  fonts: Fonts;
  lang: Lang;
  hoursPerDay?: number;
  /** More names that should stay whole (the config's units). */
  names?: readonly string[];
}

const noFaults = (): BreakFaults => ({ insideWords: [], numberUnit: [], insideNames: [] });

/** Whether a word fits within the widest of the lines it was set in. */
function fitsWithin(fonts: Fonts, lines: readonly TextItem[]) {
  const widest = Math.max(0, ...lines.map((l) => l.width));
  const size = lines[0]?.size ?? 10;
  return (word: string) => measureText(fonts.regular, word, size) <= widest + 0.01;
}

export function chartTextQuality(sop: Sop, layout: ChartLayout, options: ChartQualityOptions): ChartTextQuality {
  const { fonts } = options;
  const names = new KeepTogether([...sop.steps.flatMap((s) => [...(s.owner ? [s.owner] : []), ...s.support]), ...(options.names ?? [])]);
  const quality: ChartTextQuality = { labels: [], labelFaults: noFaults(), cellFaults: { owner: noFaults(), support: noFaults(), time: noFaults(), forms: noFaults() }, tallDiamonds: [], smallestText: Infinity };
  const steps = new Map(sop.steps.map((s) => [s.id, s]));
  const groups = layout.items.filter((i): i is GroupItem => i.kind === 'group' && i.role === 'step');
  for (const group of groups) {
    const step = steps.get(group.data?.['data-step-id'] ?? '');
    if (!step) continue;
    const lines = group.items.filter((i): i is TextItem => i.kind === 'text' && i.role === 'label' && i.size === layout.textSizes.label);
    quality.labels.push({ step: step.id, lines: lines.length, ems: measureText(fonts.regular, step.text.normalize('NFC').replace(/\s+/g, ' '), 1) });
    addFaults(quality.labelFaults, breakFaults(step.text, lines.map((l) => l.text), { fitsOnLine: fitsWithin(fonts, lines), names }));
    for (const line of lines) quality.smallestText = Math.min(quality.smallestText, line.size);
    const box = group.bounds;
    if (step.kind === 'decision' && box && box.height > box.width) quality.tallDiamonds.push({ step: step.id, width: box.width, height: box.height });
  }
  for (const column of DATA_COLUMNS) addCellFaults(quality, sop, layout, column, names, options);
  return quality;
}

/**
 * The line breaks inside a word that would have fitted on a line, in the labels and in every
 * column's cells, each shown as 「市/長」 (for `npm run chart-metrics`'s count: its length).
 */
export function insideWordBreaks(sop: Sop, layout: ChartLayout, options: ChartQualityOptions): string[] {
  const quality = chartTextQuality(sop, layout, options);
  return [...quality.labelFaults.insideWords, ...DATA_COLUMNS.flatMap((column) => quality.cellFaults[column].insideWords)];
}

/** The faults of one column's cells: each cell's lines matched, in order, to what its steps say there. */
function addCellFaults(quality: ChartTextQuality, sop: Sop, layout: ChartLayout, key: DataColumn, names: KeepTogether, options: ChartQualityOptions): void {
  const column = layout.columns.find((c) => c.key === key);
  if (!column) return;
  const cells = layout.items.filter((i): i is TextItem => i.kind === 'text' && i.role === 'cell' && i.x >= column.x && i.x < column.x + column.width);
  const steps = new Map(sop.steps.map((s) => [s.id, s]));
  for (const row of layout.rows) {
    const lines = cells.filter((i) => i.y > row.top && i.y < row.bottom).sort((a, b) => a.y - b.y || a.x - b.x);
    for (const line of lines) quality.smallestText = Math.min(quality.smallestText, line.size);
    const numbered = row.stepIds.length > 1;
    const rowSteps = row.stepIds.flatMap((id) => (steps.has(id) ? [{ step: steps.get(id)!, number: layout.stepNumbers.get(id) ?? 0 }] : []));
    const paragraphs = cellParagraphs(sop, rowSteps, key, options.lang, numbered, options.hoursPerDay).flatMap((e) => [...(numbered ? [String(e.number)] : []), ...e.texts]);
    const fits = fitsWithin(options.fonts, lines);
    let next = 0;
    for (const paragraph of paragraphs) {
      const taken = linesOf(paragraph, lines.slice(next).map((l) => l.text));
      next += Math.max(1, taken.length);
      addFaults(quality.cellFaults[key], breakFaults(paragraph, taken, { fitsOnLine: fits, names }));
    }
  }
}

/** The first lines that together print `paragraph` (white space and a cut's visible hyphen aside). */
function linesOf(paragraph: string, lines: readonly string[]): string[] {
  const bare = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
  const target = bare(paragraph);
  let printed = '';
  const taken: string[] = [];
  for (const line of lines) {
    if (printed.length >= target.length) break;
    const text = bare(line);
    printed += target.startsWith(printed + text) ? text : text.replace(/-$/, '');
    taken.push(line);
  }
  return taken;
}
