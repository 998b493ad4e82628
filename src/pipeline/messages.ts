// Messages of the render pipeline (what `sop render` says about the files it renders), in one
// catalogue: zh-TW and en.

import { localize, type Lang, type Localized } from '../i18n/lang.js';
import type { ChartLayout } from '../render/layout/chart-layout.js';

export const PIPELINE_MESSAGES = {
  notRendered: { 'zh-TW': '{file}：有無法繪製的錯誤，未輸出', en: '{file}: not rendered (errors make it undrawable)' },
  duplicateId: { 'zh-TW': '{file}：SOP id「{id}」與 {other} 相同，輸出檔會互相覆蓋，未輸出', en: '{file}: SOP id "{id}" is also the id of {other}; their output files would collide, not rendered' },
  missingGlyphs: { 'zh-TW': '字型 {font} 缺少這些字元的字形，將印成空白：{chars}', en: 'the font {font} has no glyph for these characters, which will print blank: {chars}' },
  noRasterizer: {
    'zh-TW': '無法輸出 PNG：找不到本平台的 @resvg/resvg-js 執行檔（請重新執行 npm install）：{detail}',
    en: 'Cannot write PNG: no @resvg/resvg-js binary for this platform (run npm install again): {detail}',
  },
  badFont: { 'zh-TW': '無法讀取字型 {detail}', en: 'Cannot read the font {detail}' },
  /** Shared by render --compare, diff --base and lint --changed-since: `option` names which. */
  submoduleNotCompared: {
    'zh-TW': '注意：子模組 {path} 有變更，但 {option} 不比較子模組內的 SOP；請在子模組的資料夾內執行',
    en: 'Note: the submodule {path} changed, but {option} does not look at the SOPs inside submodules: run it in the submodule\'s folder',
  },
  notAFileOrRef: {
    'zh-TW': '--compare 需要 Git 參照或一個 SOP 檔案，{path} 是資料夾',
    en: '--compare takes a Git ref or an SOP file; {path} is a folder',
  },
  fileNeedsOneSop: {
    'zh-TW': '--compare <檔案> 只能與一個 SOP 比較（這次有 {count} 個檔案）；要比較多個 SOP，請給 Git 參照（例如 HEAD、main）',
    en: '--compare <file> compares one SOP (there are {count} files); give a Git ref (e.g. HEAD, main) to compare several',
  },
  noPrevious: {
    'zh-TW': '{file}：{where} 沒有這個檔案，全部步驟標為增加',
    en: '{file}: no such file at {where}; every step is marked as added',
  },
  chartShrunk: {
    'zh-TW': '{file}：流程圖文字縮為 {size} pt（不是 {from} pt）：{from} pt 時流程圖寬 {width} pt，版面只有 {available} pt（最寬的一列：步驟 {row}）',
    en: '{file}: the chart prints at {size} pt instead of {from} pt: at {from} pt it is {width} pt wide and the page {available} pt (its widest row: steps {row})',
  },
  previousBroken: {
    'zh-TW': '{file}：舊版本 {where} 無法載入，未輸出',
    en: '{file}: not rendered (its old version {where} does not load)',
  },
} satisfies Record<string, Localized>;

/** A run the pipeline cannot do as asked (a font it cannot read, a --compare it cannot use); the message is localized. */
export class InputError extends Error {}

/** What to say when a chart had to be shrunk to fit the page (layoutChart's `shrunk`), if it was. */
export function shrunkChartNotice(file: string, layout: ChartLayout, lang: Lang): string | undefined {
  const shrunk = layout.shrunk;
  if (!shrunk) return undefined;
  const round = (n: number) => Math.round(n);
  return localize(PIPELINE_MESSAGES.chartShrunk, lang, {
    file,
    size: layout.textSizes.label,
    from: shrunk.from,
    width: round(shrunk.width),
    available: round(shrunk.maxWidth),
    row: shrunk.widestRow.join(lang === 'en' ? ', ' : '、'),
  });
}
