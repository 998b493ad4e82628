// The legend of a compare chart — 增加 / 刪除 / 修改 (Added / Removed / Changed), each a swatch
// drawn like the symbols it explains (a removed one dashed, its word struck through), then what
// the chart is compared with. The composers place it: above the chart on the SVG page, and on the
// first chart page of the handbook to the right of the 一、處理流程 heading, on its line (so the
// pages break exactly as without it). Positions are computed from measured text.

import type { Lang } from '../../i18n/lang.js';
import { MARGINS } from '../handbook/page-flow.js';
import type { Box, GroupItem, PathItem, SceneItem, TextItem } from '../scene.js';
import { translateItems } from '../scene-geometry.js';
import { fontMetrics, measureText, type Fonts } from '../text/index.js';
import { CHANGE_KINDS, CHANGE_STYLE, removedDash, strikeWidth } from './change-style.js';
import type { ChangeKind } from '../../model/changes.js';

const WORDS: Record<Lang, Record<ChangeKind, string> & { base: (base: string) => string }> = {
  'zh-TW': { added: '增加', removed: '刪除', changed: '修改', base: (base) => `比較基準：${base}` },
  en: { added: 'Added', removed: 'Removed', changed: 'Changed', base: (base) => `Compared with ${base}` },
};

const MUTED = '#444444';

export interface LegendOptions {
  lang: Lang;
  fonts: Fonts;
  /** Text size. */
  size: number;
  /** What the chart is compared with (`HEAD (1a2b3c4)`, a file), printed after the swatches. */
  base?: string;
}

/** A legend with its top-left corner at (0, 0). */
export interface Legend {
  group: GroupItem;
  width: number;
  height: number;
}

export function legend(options: LegendOptions): Legend {
  const { fonts, size, lang } = options;
  const face = fonts.regular;
  const { ascent, descent } = fontMetrics(face, size);
  const height = ascent + descent;
  const baseline = ascent;
  const swatch = { width: size * 1.8, height: size * 0.9 };
  const items: SceneItem[] = [];
  let x = 0;
  for (const [i, kind] of CHANGE_KINDS.entries()) {
    if (i > 0) x += size * 1.2;
    const { color, tint } = CHANGE_STYLE[kind];
    const stroke = { color, width: 1, ...(kind === 'removed' ? { dash: removedDash(1) } : {}) };
    items.push({ kind: 'rect', box: { x, y: (height - swatch.height) / 2, width: swatch.width, height: swatch.height }, fill: tint, stroke });
    x += swatch.width + size * 0.4;
    const word = WORDS[lang][kind];
    const text: TextItem = { kind: 'text', text: word, x, y: baseline, anchor: 'start', size, weight: 'regular', color, width: measureText(face, word, size), role: 'body' };
    items.push(text);
    if (kind === 'removed') {
      const y = baseline - (ascent - descent) / 2;
      const line: PathItem = { kind: 'path', commands: [{ op: 'M', x, y }, { op: 'L', x: x + text.width, y }], stroke: { color, width: strikeWidth(size) } };
      items.push(line);
    }
    x += text.width;
  }
  if (options.base) {
    x += size * 1.6;
    const note = WORDS[lang].base(options.base).normalize('NFC');
    const width = measureText(face, note, size);
    items.push({ kind: 'text', text: note, x, y: baseline, anchor: 'start', size, weight: 'regular', color: MUTED, width, role: 'body' });
    x += width;
  }
  const bounds: Box = { x: 0, y: 0, width: x, height };
  return { group: { kind: 'group', id: 'compare-legend', role: 'legend', data: { 'data-section': 'compare-legend' }, bounds, items }, width: x, height };
}

/** Legend text sizes: the SVG chart's cell size, and a size that fits the handbook heading's line. */
export const SVG_LEGEND_SIZE = 9;
export const HANDBOOK_LEGEND_SIZE = 8;

function moved(legendGroup: GroupItem, dx: number, dy: number): GroupItem {
  return translateItems([legendGroup], dx, dy)[0] as GroupItem;
}

/**
 * The legend for the 一、處理流程 heading's line on the handbook's first chart page: right-aligned
 * with the chart's table (or the right margin), the comparison's base left out when the line is
 * too short for it.
 */
export function handbookLegend(heading: Box, chart: Box, pageWidth: number, options: LegendOptions): GroupItem {
  const gap = options.size * 2;
  const marginRight = pageWidth - MARGINS.right;
  const rights = [Math.min(chart.x + chart.width, marginRight), marginRight];
  for (const base of options.base ? [options.base, undefined] : [undefined]) {
    const block = legend({ ...options, base });
    const right = rights.find((r) => r - block.width >= heading.x + heading.width + gap);
    if (right !== undefined) return moved(block.group, right - block.width, heading.y + (heading.height - block.height) / 2);
  }
  const block = legend({ ...options, base: undefined });
  return moved(block.group, marginRight - block.width, heading.y + (heading.height - block.height) / 2);
}
