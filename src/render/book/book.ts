// The whole handbook in one PDF (`sop render --handbook <folder>`): a cover, the table of
// contents grouped by unit (科別 | 編號 | SOP名稱 | 頁次), then every SOP's handbook pages (and,
// with `tables`, its control tables), numbered 第 x 頁／共 y 頁 over the whole book, with a
// bookmark per unit and per SOP under it.
//
// Memory stays flat however many SOPs there are: no SOP's pages are held beyond its turn.
//   pass 1  lay out and compose each SOP to count its pages (kept: the counts, the TOC entries
//           and, up to KEEP_LAYOUTS_UP_TO SOPs, the chart layouts: ~0.1 MB each, and laying
//           out is most of the time);
//   pass 2  compose each SOP again with its page numbers and stream the pages into the one
//           pdfkit document, which writes each page out as the next one starts.
// The numbers a footer prints do not change how many pages there are, so pass 2 lands every
// page where pass 1 counted it.
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { ConfigResolver } from '../../config/load-config.js';
import { lintFiles } from '../../engine/lint.js';
import type { FileResult } from '../../engine/types.js';
import type { Lang } from '../../i18n/lang.js';
import type { Sop } from '../../model/types.js';
import { RULES } from '../../rules/index.js';
import type { ChartLayout } from '../layout/chart-layout.js';
import { layoutForHandbook, type PaperSize } from '../compose-handbook.js';
import { PdfPageStream, type PdfBookmark } from '../pdf-writer.js';
import type { Page, SceneItem } from '../scene.js';
import { loadFonts, missingGlyphs, type Fonts } from '../text/index.js';
import { BOOK_WORDS } from './book-words.js';
import { composeCover, coverDate } from './cover.js';
import { addPageFooters } from './page-footer.js';
import { composeSopDocument } from './sop-document.js';
import { composeToc, type TocEntry } from './toc.js';

/** Findings of these rules make an SOP undrawable (as for `sop render`): it is left out of the book. */
export const UNDRAWABLE_RULE_IDS: ReadonlySet<string> = new Set(['yaml', 'schema', 'unique-id', 'unknown-step']);

/** Beyond this many SOPs the chart layouts are not kept between the passes (about 100 MB at this count). */
export const KEEP_LAYOUTS_UP_TO = 1000;

export interface HandbookBookOptions {
  /** Working directory: config lookup and the paths shown in messages. */
  cwd: string;
  page?: PaperSize;
  /** Default: the first file's config, else zh-TW. */
  lang?: Lang;
  /** Default: the bundled Noto Sans TC. */
  fonts?: Fonts;
  /** The cover's title; default 標準作業流程手冊 / Standard Operating Procedures. */
  title?: string;
  /** Add each SOP's 作業程序說明表 and 自行評估表 after its pages. */
  tables?: boolean;
  /** --config: one sop.config.yaml for every file. */
  configFile?: string;
  formsInline?: boolean;
  /** Write the PDF to this file (atomically: temp file + rename); without it the bytes are returned. */
  out?: string;
  /** The cover's date; default SOURCE_DATE_EPOCH, else today. */
  date?: { year: number; month: number; day: number };
  /** The PDF's Creator entry. */
  creator?: string;
  /**
   * Keep each SOP's chart layout from pass 1 for pass 2; false lays every chart out twice.
   * Default: keep up to KEEP_LAYOUTS_UP_TO SOPs. Measured on 200 generated SOPs of 12–30 steps
   * (scripts/generate-corpus.mjs): the kept layouts hold about 0.1 MB each (retained heap 47 →
   * 63 MB over pass 1, back to 51 MB as pass 2 drops them; flat at 43–52 MB without), and pass 2
   * takes about 1.3 s with them instead of about 6 s.
   */
  keepLayouts?: boolean;
  onProgress?: (progress: HandbookProgress) => void;
}

export interface HandbookProgress {
  phase: 'layout' | 'write';
  /** SOPs done in this phase, of `total`. */
  done: number;
  total: number;
  /** The SOP just done. */
  id: string;
}

export interface HandbookWarning {
  /** The file the warning is about (as shown to users), or '' for the book's own pages. */
  file: string;
  message: string;
}

/** One SOP in the book: where its pages are. */
export interface BookEntry extends TocEntry {
  file: string;
  /** Its handbook pages and control-table pages. */
  pages: number;
  tablePages: number;
}

export interface HandbookBookResult {
  /** Whether a PDF was made (false: no SOP could be drawn, nothing written). */
  written: boolean;
  /** The file written (options.out), or the bytes. */
  file?: string;
  pdf?: Uint8Array;
  /** Pages of the whole book. */
  pages: number;
  tocPages: number;
  lang: Lang;
  /** The SOPs in book order with their first page. */
  entries: BookEntry[];
  /** Files left out: not loadable or undrawable, with the findings that say why. */
  skipped: FileResult[];
  warnings: HandbookWarning[];
}

/** Whether the model has what a chart needs: unique step ids and edges to existing steps. */
export function drawableSop(sop: Sop): boolean {
  const ids = new Set<string>();
  for (const step of sop.steps) {
    if (ids.has(step.id)) return false;
    ids.add(step.id);
  }
  return sop.steps.every((step) => step.successors.every((edge) => sop.stepById.has(edge.to)));
}

const collator = new Intl.Collator('zh-Hant', { numeric: true });

/** Book order: the config's units first, then units as they appear; within a unit by code, then id (as `sop report`). */
export function bookOrder<T extends { unit: string; code?: string; id: string }>(sops: readonly T[], configUnits: readonly string[] = []): T[] {
  const unitOrder = [...configUnits];
  for (const s of sops) if (!unitOrder.includes(s.unit)) unitOrder.push(s.unit);
  const byCode = (a: T, b: T) => {
    if (a.code !== undefined && b.code !== undefined) return collator.compare(a.code, b.code) || collator.compare(a.id, b.id);
    if (a.code !== undefined) return -1;
    if (b.code !== undefined) return 1;
    return collator.compare(a.id, b.id);
  };
  return unitOrder.flatMap((unit) => sops.filter((s) => s.unit === unit).sort(byCode));
}

/** The texts a page prints, by weight (to check the font's glyphs). */
function printedText(pages: readonly Page[]): { regular: string; bold: string } {
  const regular: string[] = [];
  const bold: string[] = [];
  const walk = (items: readonly SceneItem[]) => {
    for (const item of items) {
      if (item.kind === 'group') walk(item.items);
      else if (item.kind === 'text') (item.weight === 'bold' ? bold : regular).push(item.text);
    }
  };
  for (const page of pages) walk(page.items);
  return { regular: regular.join('\n'), bold: bold.join('\n') };
}

function glyphWarning(fonts: Fonts, pages: readonly Page[], lang: Lang): string | undefined {
  const text = printedText(pages);
  const missing = [...new Set([...missingGlyphs(fonts.regular, text.regular), ...missingGlyphs(fonts.bold, text.bold)])];
  if (missing.length === 0) return undefined;
  const chars = missing.map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(' ');
  const font = path.basename(fonts.regular.file);
  return lang === 'zh-TW' ? `字型 ${font} 缺少這些字元的字形，將印成空白：${chars}` : `the font ${font} has no glyph for these characters, which will print blank: ${chars}`;
}

/** Where the PDF's bytes go: a temp file renamed into place at the end, or memory. */
class Output {
  private fd: number | undefined;
  private temp: string | undefined;
  private readonly chunks: Uint8Array[] = [];

  constructor(private readonly file: string | undefined) {
    if (file) {
      if (existsSync(file) && statSync(file).isDirectory()) throw Object.assign(new Error(`${file} is a folder`), { code: 'EISDIR' });
      mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      this.temp = `${file}.${process.pid}.${Date.now()}.tmp`;
      this.fd = openSync(this.temp, 'w');
    }
  }

  readonly write = (chunk: Uint8Array): void => {
    if (this.fd === undefined) this.chunks.push(chunk);
    else {
      let offset = 0;
      while (offset < chunk.length) offset += writeSync(this.fd, chunk, offset);
    }
  };

  /** Closes the temp file and moves it into place, or returns the bytes. */
  finish(): Uint8Array | undefined {
    if (this.fd === undefined) return new Uint8Array(Buffer.concat(this.chunks));
    closeSync(this.fd);
    this.fd = undefined;
    renameSync(this.temp!, this.file!);
    this.temp = undefined;
    return undefined;
  }

  /** Removes the temp file after a failure. */
  abandon(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    if (this.temp) rmSync(this.temp, { force: true });
  }
}

interface Planned {
  sop: Sop;
  file: string;
  hoursPerDay: number;
  layout?: ChartLayout;
  pages: number;
  tablePages: number;
}

/** What both passes share. */
interface BookContext {
  paper: PaperSize;
  lang: Lang;
  fonts: Fonts;
  sopTitles: ReadonlyMap<string, string>;
  options: HandbookBookOptions;
}

/** An SOP's pages speak its own language (`lang:` in the file) unless the run names one. */
function sopLang(c: BookContext, sop: Sop): Lang {
  return c.options.lang ?? sop.lang ?? c.lang;
}

function chartOptions(c: BookContext, p: { hoursPerDay: number; sop: Sop }) {
  return { page: c.paper, lang: sopLang(c, p.sop), fonts: c.fonts, sopTitles: c.sopTitles, formsInline: c.options.formsInline ?? false, hoursPerDay: p.hoursPerDay };
}

function documentOptions(c: BookContext, p: { hoursPerDay: number; sop: Sop }) {
  return { page: c.paper, lang: sopLang(c, p.sop), fonts: c.fonts, sopTitles: c.sopTitles, tables: c.options.tables ?? false, hoursPerDay: p.hoursPerDay };
}

/** Pass 1: lays out and composes each SOP to count its pages. */
async function planBook(c: BookContext, ordered: readonly { sop: Sop; file: string; hoursPerDay: number }[], warnings: HandbookWarning[]): Promise<Planned[]> {
  const keepLayouts = c.options.keepLayouts ?? ordered.length <= KEEP_LAYOUTS_UP_TO;
  const planned: Planned[] = [];
  for (const [i, d] of ordered.entries()) {
    const layout = await layoutForHandbook(d.sop, chartOptions(c, d));
    const doc = composeSopDocument(d.sop, layout, documentOptions(c, d));
    for (const message of doc.warnings) warnings.push({ file: d.file, message });
    planned.push({ ...d, layout: keepLayouts ? layout : undefined, pages: doc.handbookPages, tablePages: doc.tablePages });
    c.options.onProgress?.({ phase: 'layout', done: i + 1, total: ordered.length, id: d.sop.id });
  }
  return planned;
}

/** Pass 2: composes each SOP again with its page numbers and streams its pages after the cover and the TOC. */
async function writeBook(c: BookContext, stream: PdfPageStream, front: { cover: Page; toc: Page[] }, planned: Planned[], firstPages: readonly number[], total: number, warnings: HandbookWarning[]): Promise<void> {
  stream.addPage(front.cover);
  for (const page of front.toc) stream.addPage(page);
  const unitMarks = new Map<string, PdfBookmark>();
  for (const [i, p] of planned.entries()) {
    const layout = p.layout ?? (await layoutForHandbook(p.sop, chartOptions(c, p)));
    p.layout = undefined;
    const doc = composeSopDocument(p.sop, layout, { ...documentOptions(c, p), numbering: { offset: firstPages[i]! - 1, total, lang: c.lang } });
    if (doc.handbookPages !== p.pages || doc.tablePages !== p.tablePages) {
      throw new Error(`${p.file}: ${doc.handbookPages} + ${doc.tablePages} pages, counted ${p.pages} + ${p.tablePages}`);
    }
    const missing = glyphWarning(c.fonts, doc.scene.pages, c.lang);
    if (missing) warnings.push({ file: p.file, message: missing });
    doc.scene.pages.forEach((page, k) => {
      stream.addPage(page);
      if (k !== 0) return;
      let unit = unitMarks.get(p.sop.unit);
      if (!unit) {
        unit = stream.bookmark(p.sop.unit, undefined, true);
        unitMarks.set(p.sop.unit, unit);
      }
      stream.bookmark(p.sop.code ? `${p.sop.code}　${p.sop.title}` : p.sop.title, unit);
    });
    c.options.onProgress?.({ phase: 'write', done: i + 1, total: planned.length, id: p.sop.id });
    // Let the event loop run between SOPs.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Renders the handbook of the given SOP files (absolute paths). Files that cannot be drawn are
 * left out and returned in `skipped`; when none can be drawn nothing is written.
 */
export async function renderHandbook(files: readonly string[], options: HandbookBookOptions): Promise<HandbookBookResult> {
  const resolver = new ConfigResolver(options.cwd, options.lang ?? 'zh-TW', options.configFile);
  const firstConfig = files.length > 0 ? resolver.forFile(files[0]!) : undefined;
  const lang: Lang = options.lang ?? firstConfig?.lang ?? 'zh-TW';
  const fonts = options.fonts ?? loadFonts();
  const paper = options.page ?? 'A4';
  const w = BOOK_WORDS[lang];
  const title = options.title?.trim() || w.defaultTitle;

  // Only the rules that decide whether an SOP can be drawn (the book is no lint report).
  const rules = RULES.filter((r) => UNDRAWABLE_RULE_IDS.has(r.meta.id));
  const results = lintFiles([...files], { cwd: options.cwd, configFile: options.configFile, lang, rules }).results;
  const sopTitles = new Map<string, string>();
  for (const r of results) if (r.sop && !sopTitles.has(r.sop.id)) sopTitles.set(r.sop.id, r.sop.title);
  const skipped: FileResult[] = [];
  const drawable: { sop: Sop; file: string; hoursPerDay: number; unit: string; code?: string; id: string }[] = [];
  for (const r of results) {
    if (r.sop && drawableSop(r.sop)) {
      const { sop } = r;
      drawable.push({ sop, file: r.displayPath, hoursPerDay: resolver.forFile(r.filePath).hoursPerDay, unit: sop.unit, ...(sop.code !== undefined ? { code: sop.code } : {}), id: sop.id });
    } else skipped.push({ ...r, findings: r.findings.filter((f) => UNDRAWABLE_RULE_IDS.has(f.ruleId)) });
  }
  const base = { written: false, pages: 0, tocPages: 0, lang, entries: [], skipped, warnings: [] };
  if (drawable.length === 0) return base;

  const context: BookContext = { paper, lang, fonts, sopTitles, options };
  const warnings: HandbookWarning[] = [];
  // Opened before the long work, so that an output that cannot be written fails at once.
  const output = new Output(options.out);
  try {
    const planned = await planBook(context, bookOrder(drawable, firstConfig?.units ?? []), warnings);

    // Page numbers: the cover is page 1, the TOC follows, then the SOPs.
    const tocEntries = (pages: readonly number[]): TocEntry[] =>
      planned.map((p, i) => ({ id: p.sop.id, unit: p.sop.unit, ...(p.sop.code !== undefined ? { code: p.sop.code } : {}), title: p.sop.title, page: pages[i] ?? 0 }));
    const tocPages = composeToc(tocEntries([]), { page: paper, lang, fonts }).length;
    const firstPages: number[] = [];
    let next = 1 + tocPages + 1;
    for (const p of planned) {
      firstPages.push(next);
      next += p.pages + p.tablePages;
    }
    const total = next - 1;
    const entries: BookEntry[] = tocEntries(firstPages).map((e, i) => ({ ...e, file: planned[i]!.file, pages: planned[i]!.pages, tablePages: planned[i]!.tablePages }));

    const cover = composeCover({ page: paper, lang, fonts, title, date: options.date ?? coverDate(), sops: planned.length, units: new Set(planned.map((p) => p.sop.unit)).size });
    const toc = composeToc(entries, { page: paper, lang, fonts });
    if (toc.length !== tocPages) throw new Error(`the table of contents took ${toc.length} pages, counted ${tocPages}`);
    addPageFooters(toc, { offset: 1, total }, fonts, lang);
    const own = glyphWarning(fonts, [cover, ...toc], lang);
    if (own) warnings.push({ file: '', message: own });

    const stream = new PdfPageStream(
      { title, description: w.description(title), lang, fonts: { regular: fonts.regular.file, bold: fonts.bold.file, family: fonts.family } },
      output.write,
      { creator: options.creator },
    );
    await writeBook(context, stream, { cover, toc }, planned, firstPages, total, warnings);
    await stream.end();
    if (stream.pages !== total) throw new Error(`wrote ${stream.pages} pages, counted ${total}`);
    const pdf = output.finish();
    return { ...base, written: true, ...(options.out ? { file: options.out } : { pdf }), pages: total, tocPages, entries, warnings };
  } catch (error) {
    output.abandon();
    throw error;
  }
}
