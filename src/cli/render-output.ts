// What `sop render` prints and how it fails, shared by single renders (render-command.ts) and
// the handbook (render-handbook.ts): its flags, its messages, the files it could not draw (with
// their findings), the errors a user can fix as usage errors, and when ELK's thread starts.

import { ConfigError } from '../config/load-config.js';
import { allRuleMetas } from '../engine/lint.js';
import type { FileResult } from '../engine/types.js';
import { localize, type Lang, type Localized } from '../i18n/lang.js';
import { DiscoveryError } from '../loader/discover.js';
import { OutputError } from '../pipeline/atomic-file.js';
import type { RenderFormat } from '../pipeline/render-sops.js';
import { InputError } from '../pipeline/messages.js';
import type { PaperSize } from '../render/handbook/page-flow.js';
import type { LayoutEngine } from '../render/layout/chart-layout.js';
import { elkCodeCacheFile } from '../package-info.js';
import { gitUsageError } from './git-usage.js';
import { CLI_MESSAGES } from './messages.js';
import { packageVersion } from './package-version.js';
import { UsageError, type CommandIO } from './usage.js';

export interface RenderFlags {
  outDir: string;
  /** svg, pdf, png, both (= svg,pdf), or a comma list of them: parseFormats. */
  format: string;
  /** PNG pixels per point: parseScale. */
  scale: string;
  watch?: boolean;
  lang?: Lang;
  page: PaperSize;
  font?: string;
  embedFont?: boolean;
  forms: 'column' | 'inline';
  layout: LayoutEngine;
  config?: string;
  handbook?: string;
  title?: string;
  tables?: boolean;
  quiet?: boolean;
  compare?: string;
  color?: boolean;
}

/** Where ELK's thread compiles from; with `--layout elk` the thread starts now (else when a chart first needs ELK). */
export async function prepareLayout(layout: LayoutEngine): Promise<void> {
  const thread = await import('../render/layout/elk-thread.js');
  if (layout === 'elk') thread.startLayoutThread({ codeCacheFile: elkCodeCacheFile() });
  else thread.useLayoutCodeCache(elkCodeCacheFile());
}

export const RENDER_MESSAGES = {
  watching: {
    'zh-TW': '監看中（{folders} 個資料夾）：SOP 或設定檔存檔後自動重新輸出；按 Ctrl-C 結束',
    en: 'Watching {folders} folders: saving an SOP or a config renders again; Ctrl-C to stop',
  },
  changed: { 'zh-TW': '偵測到變更，重新輸出…', en: 'Changed: rendering again…' },
  watchStopped: { 'zh-TW': '已停止監看', en: 'Stopped watching' },
  watchFailed: { 'zh-TW': '這次輸出失敗：{detail}（繼續監看）', en: 'this render failed: {detail} (still watching)' },
  badFormat: {
    'zh-TW': '--format 不認得「{value}」：請用 svg、pdf、png、both（= svg,pdf），或以逗號列出，例如 svg,png',
    en: '--format does not know "{value}": use svg, pdf, png, both (= svg,pdf), or a comma list such as svg,png',
  },
  badScale: { 'zh-TW': '--scale 要是大於 0、不超過 {max} 的數字（每點幾個像素），不是「{value}」', en: '--scale takes a number above 0 and at most {max} (pixels per point), not "{value}"' },
  handbookFormat: {
    'zh-TW': '--handbook 只輸出一個 PDF；--format {format} 不適用（PNG 請逐一輸出：sop render <資料夾> -o <資料夾> --format png）',
    en: '--handbook writes one PDF; --format {format} does not apply (for PNGs: sop render <folder> -o <dir> --format png)',
  },
  undrawable: { 'zh-TW': '步驟編號重複或指向不存在的步驟', en: 'duplicate step ids or references to unknown steps' },
  summary: { 'zh-TW': '已輸出 {written} 個檔案；{skipped} 個 SOP 未輸出', en: '{written} files written; {skipped} SOPs not rendered' },
  handbookPaths: { 'zh-TW': '--handbook 只接受一個資料夾，請勿另給路徑：{paths}', en: '--handbook takes one folder; give no other paths: {paths}' },
  notInBook: { 'zh-TW': '{file}：有無法繪製的錯誤，未收入手冊', en: '{file}: left out of the handbook (errors make it undrawable)' },
  noneDrawable: { 'zh-TW': '沒有可繪製的 SOP，未輸出手冊', en: 'No SOP can be drawn: the handbook was not written' },
  bookSummary: { 'zh-TW': '已輸出手冊 {file}（{pages} 頁，{sops} 項 SOP）；{skipped} 個 SOP 未收入', en: '{file} written ({pages} pages, {sops} SOPs); {skipped} SOPs left out' },
  outDirStdout: {
    'zh-TW': '-o - （標準輸出）只能用於 --handbook 的單一 PDF；個別的 SVG、PDF 請給資料夾，例如 -o out',
    en: '-o - (standard output) works only with --handbook, which writes one PDF; give a folder for separate SVG and PDF files, e.g. -o out',
  },
  notWithHandbook: {
    'zh-TW': '--compare 不適用於 --handbook；請逐一輸出要比較的 SOP（sop render <檔案> -o <資料夾> --compare <參照>）',
    en: '--compare does not apply to --handbook; render the SOPs to compare on their own (sop render <files> -o <dir> --compare <ref>)',
  },
} satisfies Record<string, Localized>;

const FORMATS: Record<string, readonly RenderFormat[]> = { svg: ['svg'], pdf: ['pdf'], png: ['png'], both: ['svg', 'pdf'] };

/** `--format`: one of svg, pdf, png, both (= svg,pdf), or a comma list of them (`svg,png`). */
export function parseFormats(value: string, lang: Lang): Set<RenderFormat> {
  const formats = new Set<RenderFormat>();
  for (const part of value.split(',')) {
    const name = part.trim().toLowerCase();
    const named = Object.prototype.hasOwnProperty.call(FORMATS, name) ? FORMATS[name] : undefined;
    if (!named) throw new UsageError(localize(RENDER_MESSAGES.badFormat, lang, { value: part.trim() || value }));
    for (const format of named) formats.add(format);
  }
  return formats;
}

const MAX_SCALE = 8;

/** `--scale`: PNG pixels per point, above 0 and at most 8. */
export function parseScale(value: string, lang: Lang): number {
  const scale = Number(value);
  if (!/^\s*\d*\.?\d+\s*$/.test(value) || !(scale > 0) || scale > MAX_SCALE) throw new UsageError(localize(RENDER_MESSAGES.badScale, lang, { value, max: MAX_SCALE }));
  return scale;
}

/** The errors of a render a user can fix, as usage errors (exit 2) in the run's language; others pass through. */
export function renderUsageError(error: unknown, lang: Lang): unknown {
  if (error instanceof ConfigError || error instanceof InputError) return new UsageError(error.message);
  if (error instanceof DiscoveryError) return new UsageError(localize(CLI_MESSAGES.noSuchPath, lang, { path: error.message }));
  if (error instanceof OutputError) return new UsageError(localize(CLI_MESSAGES.cannotWrite, lang, { file: error.file, detail: error.message }));
  return gitUsageError(error, lang, '--compare');
}

/**
 * Files that cannot be drawn, with their findings (stylish); a file undrawable with its rules
 * turned off says so without a finding. The formatter (and chalk) loads only when there are some.
 */
export async function printUndrawable(io: CommandIO, blocked: FileResult[], lang: Lang, options: { toStderr: boolean; color: boolean }): Promise<void> {
  if (blocked.length === 0) return;
  const { stylish } = await import('../format/stylish.js');
  const print = options.toStderr ? io.stderr : io.stdout;
  const report = stylish(blocked, { cwd: io.cwd, lang, rules: allRuleMetas(), color: options.color, version: packageVersion() });
  if (report) print(report.endsWith('\n') ? report : `${report}\n`);
  for (const file of blocked) if (file.findings.length === 0) print(`${file.displayPath}: ${localize(RENDER_MESSAGES.undrawable, lang)}\n`);
}
