// `sop render --compare`: the chart of the new version with what changed since an old one marked
// in colour. The pipeline is the usual one with three steps added:
//   merge the versions (merge-versions.ts) → layoutChart / layoutForHandbook of the merged SOP →
//   decorate the layout (decorate.ts) → composeSvg / composeHandbook (of the new version, with the
//   decorated layout) → colour the edges and add the legend (mark-edges.ts, legend.ts) → writers.

import type { Lang } from '../../i18n/lang.js';
import type { Sop } from '../../model/types.js';
import type { ChartLayout } from '../layout/chart-layout.js';
import type { Scene } from '../scene.js';
import type { Fonts } from '../text/index.js';
import { decorateLayout } from './decorate.js';
import { addHandbookLegend, addSvgLegend } from './legend.js';
import { markEdges } from './mark-edges.js';
import { mergeVersions, type ChangeMarks } from './merge-versions.js';
import type { SopDiff } from '../../diff/sop-diff.js';

/** Legend text sizes: the SVG chart's cell size, and a size that fits the handbook heading's line. */
const SVG_LEGEND_SIZE = 9;
const HANDBOOK_LEGEND_SIZE = 8;

export interface CompareOptions {
  lang: Lang;
  fonts: Fonts;
  /** What the old version is, for the legend (e.g. `HEAD (1a2b3c4)`, a file's path). */
  base?: string;
}

export interface ComparedChart {
  /** What to lay out (instead of the new version): the new version with removed steps and edges put back. */
  sop: Sop;
  marks: ChangeMarks;
  diff: SopDiff;
  /** Marks the changes on a layout of `sop`. */
  decorate(layout: ChartLayout): ChartLayout;
  /** Colours the edges and adds the legend above the chart (the scene composeSvg made of a decorated layout). */
  svg(scene: Scene): Scene;
  /** The same for the handbook's pages (composeHandbook of a decorated layout). */
  handbook(scene: Scene): Scene;
}

/** The compare chart of `after` against `before` (undefined: no old version, every step is added). */
export function compareChart(before: Sop | undefined, after: Sop, options: CompareOptions): ComparedChart {
  const { sop, marks, diff } = mergeVersions(before, after);
  const legend = { lang: options.lang, fonts: options.fonts, base: options.base };
  return {
    sop,
    marks,
    diff,
    decorate: (layout) => decorateLayout(layout, marks, options.fonts),
    svg: (scene) => addSvgLegend(markEdges(scene, marks), { ...legend, size: SVG_LEGEND_SIZE }),
    handbook: (scene) => addHandbookLegend(markEdges(scene, marks), { ...legend, size: HANDBOOK_LEGEND_SIZE }),
  };
}
