// ChartLayout → Scene for the SVG chart: one page holding the SOP's title and the chart (table,
// steps, edges, branch labels), and a compare chart's legend above it. All geometry comes from
// the layout; this only places it on the page.

import type { Lang } from '../i18n/lang.js';
import type { Sop } from '../model/types.js';
import type { ChartLayout } from './layout/chart-layout.js';
import { changedEdgeStyle, edgeData, edgeItems } from './layout/edge-items.js';
import { legend, SVG_LEGEND_SIZE } from './compare/legend.js';
import type { GroupItem, Page, Scene, SceneItem } from './scene.js';
import { translateItems } from './scene-geometry.js';
import { fontMetrics, measureText, wrapText, type Fonts } from './text/index.js';

export interface SvgComposeOptions {
  lang: Lang;
  fonts: Fonts;
  /** A compare chart's legend above the chart (`base`: what the chart is compared with). */
  legend?: { base?: string };
}

const MARGIN = 20;
const EDGE = { color: '#222222', width: 0.8 };

const DESCRIPTION: Record<Lang, (sop: Sop, steps: number) => string> = {
  'zh-TW': (sop, steps) => `${sop.title}（${sop.unit}${sop.code ? `，${sop.code}` : ''}）之作業流程圖，共 ${steps} 個步驟；右側欄位為各步驟之權責單位（主辦、協辦）、標準工時／時間點與使用表單。`,
  en: (sop, steps) => `Flowchart of ${sop.title} (${sop.unit}${sop.code ? `, ${sop.code}` : ''}), ${steps} steps; the columns give each step's owner and support units, standard time or time point, and forms.`,
};

/** The chart's items in drawing order: table and header, steps, edges, branch labels. */
export function chartItems(layout: ChartLayout): SceneItem[] {
  const items: SceneItem[] = [];
  items.push({ kind: 'group', role: 'header', items: layout.header.items });
  const table = layout.items.filter((i) => !(i.kind === 'group' && i.role === 'step'));
  const steps = layout.items.filter((i) => i.kind === 'group' && i.role === 'step');
  items.push({ kind: 'group', role: 'table', items: table });
  items.push({ kind: 'group', role: 'steps', items: steps });
  items.push({
    kind: 'group',
    role: 'edges',
    items: layout.edges.map((edge) => edgeItems(edge.points, changedEdgeStyle(EDGE, edge.change), true, edgeData(edge))),
  });
  const labels = layout.edges.flatMap((e) => (e.label ? [e.label] : []));
  if (labels.length > 0) items.push({ kind: 'group', role: 'branch-labels', items: labels });
  return items;
}

/** One page: the title (wrapped to the chart's width), the unit below it, then the chart. */
export function composeSvg(sop: Sop, layout: ChartLayout, options: SvgComposeOptions): Scene {
  const { fonts, lang } = options;
  const titleSize = Math.max(12, layout.textSizes.label * 1.4);
  const subSize = layout.textSizes.cell;
  const width = Math.max(layout.width, 200);
  const titleLines = wrapText(fonts.bold, sop.title, titleSize, width);
  const titleMetrics = fontMetrics(fonts.bold, titleSize);
  const subMetrics = fontMetrics(fonts.regular, subSize);
  const items: SceneItem[] = [];
  let y = MARGIN;
  for (const line of titleLines) {
    items.push({ kind: 'text', text: line, x: MARGIN, y: y + titleMetrics.ascent, anchor: 'start', size: titleSize, weight: 'bold', color: '#000000', width: measureText(fonts.bold, line, titleSize), role: 'title' });
    y += titleSize * 1.3;
  }
  const sub = [sop.unit, sop.code].filter(Boolean).join('　').normalize('NFC');
  for (const line of wrapText(fonts.regular, sub, subSize, width)) {
    y += subSize * 0.2;
    items.push({ kind: 'text', text: line, x: MARGIN, y: y + subMetrics.ascent, anchor: 'start', size: subSize, weight: 'regular', color: '#444444', width: measureText(fonts.regular, line, subSize), role: 'title' });
    y += subSize * 1.3;
  }
  y += subSize;
  const chart: GroupItem = { kind: 'group', id: 'chart', role: 'chart', items: translateItems(chartItems(layout), MARGIN, y) };
  const page: Page = { width: width + 2 * MARGIN, height: y + layout.height + MARGIN, items: [...items, chart] };
  if (options.legend) {
    // Above the chart, where it began; the chart moves down by the legend's height and a gap.
    const block = legend({ lang, fonts, size: SVG_LEGEND_SIZE, base: options.legend.base });
    const shift = block.height + SVG_LEGEND_SIZE;
    page.items = [...items, ...translateItems([block.group], MARGIN, y), ...translateItems([chart], 0, shift)];
    page.width = Math.max(page.width, 2 * MARGIN + block.width);
    page.height += shift;
  }
  return {
    title: sop.title,
    description: DESCRIPTION[lang](sop, layout.stepNumbers.size),
    lang,
    pages: [page],
    fonts: { regular: fonts.regular.file, bold: fonts.bold.file, family: fonts.family },
  };
}
