// One SOP drawn in memory: its chart (one page) and/or its handbook pages, laid out and composed
// with the run's settings; nothing is written. `sop render` writes what this returns, `sop preview`
// serves it.

import type { MergedVersions } from '../diff/merge-versions.js';
import type { Lang } from '../i18n/lang.js';
import type { Sop } from '../model/types.js';
import { composeSopDocument, type SopDocument } from '../render/book/sop-document.js';
import { layoutForHandbook, type PaperSize } from '../render/compose-handbook.js';
import { composeSvg } from '../render/compose-svg.js';
import type { ChartLayout, ChartOptions, LayoutEngine } from '../render/layout/chart-layout.js';
import { layoutChart } from '../render/layout/layout-chart.js';
import type { Scene } from '../render/scene.js';
import type { Fonts } from '../render/text/index.js';
import { glyphWarning } from './glyphs.js';
import type { RenderRun } from './render-run.js';

/** What every SOP of a run shares. */
export interface DrawShared {
  fonts: Fonts;
  /** Titles of the run's SOPs by id, for subprocess steps that name one. */
  sopTitles: ReadonlyMap<string, string>;
}

export interface DrawSopOptions {
  /** Draw the chart (one page). */
  chart: boolean;
  /** Draw the handbook pages on this paper (and the control tables after them), or not. */
  handbook?: { page: PaperSize; tables: boolean };
  /** Forms also drawn beside their steps. */
  formsInline?: boolean;
  /** --layout (default auto). */
  layout?: LayoutEngine;
  /** --compare: the SOP merged with its old version, and what the legend names as the old one. */
  compare?: { merged: MergedVersions; base: string };
}

export interface SopDrawing {
  chart?: Scene;
  /** The handbook pages; its own warnings are in `handbook.warnings`. */
  handbook?: SopDocument;
  /** The glyphs the fonts lack, in the run's language (undefined: none). */
  glyphWarning?: string;
  /** The handbook chart's layout (its `shrunk`: whether, and why, its text had to be made smaller). */
  handbookChart?: ChartLayout;
}

/** The language a drawing's labels speak: --lang, else the SOP's own `lang:`, else the run's. */
export function drawingLang(run: RenderRun, sop: Sop): Lang {
  return run.requestedLang ?? sop.lang ?? run.lang;
}

/** Lays out and composes a drawable SOP (see drawable.ts) as asked. */
export async function drawSop(run: RenderRun, sop: Sop, shared: DrawShared, options: DrawSopOptions): Promise<SopDrawing> {
  const { fonts, sopTitles } = shared;
  const { hoursPerDay, units } = run.configs.forFile(sop.file);
  const lang = drawingLang(run, sop);
  const merged = options.compare?.merged;
  const chartOptions: ChartOptions = { lang, fonts, sopTitles, formsInline: options.formsInline ?? false, layout: options.layout ?? 'auto', hoursPerDay, keepTogether: units, ...(merged ? { changes: merged.marks } : {}) };
  const legend = options.compare ? { base: options.compare.base } : undefined;
  const drawn = merged ? merged.sop : sop;

  const drawing: SopDrawing = {};
  if (options.chart) drawing.chart = composeSvg(sop, await layoutChart(drawn, chartOptions), { lang, fonts, legend });
  if (options.handbook) {
    const { page, tables } = options.handbook;
    const layout = await layoutForHandbook(drawn, { page, ...chartOptions });
    drawing.handbookChart = layout;
    drawing.handbook = composeSopDocument(sop, layout, { page, lang, fonts, sopTitles, tables, hoursPerDay, legend });
  }
  const missing = glyphWarning(fonts, [...(drawing.chart?.pages ?? []), ...(drawing.handbook?.scene.pages ?? [])], run.lang);
  if (missing) drawing.glyphWarning = missing;
  return drawing;
}
