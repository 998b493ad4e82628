// The handbook's two passes over its SOPs (see handbook.ts):
//   pass 1 (planBook)  lays out and composes each SOP to count its pages;
//   pass 2 (writeBook) composes each SOP again with its page numbers and streams its pages into
//                      the one PDF, after the cover and the table of contents.

import type { Lang } from '../i18n/lang.js';
import type { Sop } from '../model/types.js';
import { BOOK_WORDS } from '../render/book/book-words.js';
import { composeSopDocument } from '../render/book/sop-document.js';
import { layoutForHandbook, type PaperSize } from '../render/compose-handbook.js';
import type { ChartLayout, LayoutEngine } from '../render/layout/chart-layout.js';
import type { PdfBookmark, PdfPageStream } from '../render/pdf-writer.js';
import type { Page } from '../render/scene.js';
import type { Fonts } from '../render/text/index.js';
import { glyphWarning } from './glyphs.js';
import { shrunkChartNotice } from './messages.js';
import { beyondLimits, stageFailure, type RenderProblem } from './render-error.js';

/** The book's options the passes read. */
export interface BookPassOptions {
  /** Default: the first file's config, else zh-TW. */
  lang?: Lang;
  /** Add each SOP's 作業程序說明表 and 自行評估表 after its pages. */
  tables?: boolean;
  formsInline?: boolean;
  /** --layout (default auto). */
  layout?: LayoutEngine;
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

/** Beyond this many SOPs the chart layouts are not kept between the passes (about 100 MB at this count). */
export const KEEP_LAYOUTS_UP_TO = 1000;

/** A drawable SOP of the book, in book order. */
export interface BookSop {
  sop: Sop;
  /** The file as shown to users. */
  file: string;
  hoursPerDay: number;
  /** Unit names from its config: never broken across lines. */
  units?: readonly string[];
}

/** An SOP after pass 1: its page counts and, when kept, its chart layout. */
export interface PlannedSop extends BookSop {
  layout?: ChartLayout;
  pages: number;
  tablePages: number;
}

/** What both passes share. */
export interface BookContext {
  paper: PaperSize;
  lang: Lang;
  fonts: Fonts;
  sopTitles: ReadonlyMap<string, string>;
  options: BookPassOptions;
  warnings: HandbookWarning[];
  /** SOPs left out in pass 1: beyond the rendering limits or failed (render-error.ts). */
  failed: { sop: Sop; file: string; problem: RenderProblem }[];
}

/** An SOP's pages speak its own language (`lang:` in the file) unless the run names one. */
function sopLang(c: BookContext, sop: Sop): Lang {
  return c.options.lang ?? sop.lang ?? c.lang;
}

function chartOptions(c: BookContext, p: BookSop) {
  return { page: c.paper, lang: sopLang(c, p.sop), fonts: c.fonts, sopTitles: c.sopTitles, formsInline: c.options.formsInline ?? false, layout: c.options.layout ?? 'auto', hoursPerDay: p.hoursPerDay, keepTogether: p.units ?? [] };
}

function documentOptions(c: BookContext, p: BookSop) {
  return { page: c.paper, lang: sopLang(c, p.sop), fonts: c.fonts, sopTitles: c.sopTitles, tables: c.options.tables ?? false, hoursPerDay: p.hoursPerDay };
}

/** Pass 1: lays out and composes each SOP to count its pages; an SOP that cannot be drawn goes to `c.failed`. */
export async function planBook(c: BookContext, ordered: readonly BookSop[]): Promise<PlannedSop[]> {
  const keepLayouts = c.options.keepLayouts ?? ordered.length <= KEEP_LAYOUTS_UP_TO;
  const planned: PlannedSop[] = [];
  for (const [i, d] of ordered.entries()) {
    const problem = beyondLimits(d.sop);
    if (problem) c.failed.push({ sop: d.sop, file: d.file, problem });
    else {
      try {
        const layout = await layoutForHandbook(d.sop, chartOptions(c, d));
        const doc = composeSopDocument(d.sop, layout, documentOptions(c, d));
        const shrunk = shrunkChartNotice(d.file, layout, c.lang);
        if (shrunk) c.warnings.push({ file: d.file, message: shrunk });
        for (const message of doc.warnings) c.warnings.push({ file: d.file, message });
        planned.push({ ...d, layout: keepLayouts ? layout : undefined, pages: doc.handbookPages, tablePages: doc.tablePages });
      } catch (error) {
        // One SOP never aborts the book: it is left out with a render-error finding.
        c.failed.push({ sop: d.sop, file: d.file, problem: stageFailure('layout', error) });
      }
    }
    c.options.onProgress?.({ phase: 'layout', done: i + 1, total: ordered.length, id: d.sop.id });
  }
  return planned;
}

/** The named destination of the book's i-th SOP (0-based): its TOC row links there. */
export function sopDestination(index: number): string {
  return `sop-${index + 1}`;
}

/** Pass 2: composes each SOP again with its page numbers and streams its pages after the cover and the TOC. */
export async function writeBook(c: BookContext, stream: PdfPageStream, front: { cover: Page; toc: Page[] }, planned: PlannedSop[], firstPages: readonly number[], total: number): Promise<void> {
  const words = BOOK_WORDS[c.lang];
  stream.addPage(front.cover);
  stream.bookmark(words.cover);
  front.toc.forEach((page, k) => {
    stream.addPage(page);
    if (k === 0) stream.bookmark(words.contents);
  });
  const unitMarks = new Map<string, PdfBookmark>();
  for (const [i, p] of planned.entries()) {
    const layout = p.layout ?? (await layoutForHandbook(p.sop, chartOptions(c, p)));
    p.layout = undefined;
    const doc = composeSopDocument(p.sop, layout, { ...documentOptions(c, p), numbering: { offset: firstPages[i]! - 1, total, lang: c.lang } });
    if (doc.handbookPages !== p.pages || doc.tablePages !== p.tablePages) {
      throw new Error(`${p.file}: ${doc.handbookPages} + ${doc.tablePages} pages, counted ${p.pages} + ${p.tablePages}`);
    }
    const missing = glyphWarning(c.fonts, doc.scene.pages, c.lang);
    if (missing) c.warnings.push({ file: p.file, message: missing });
    doc.scene.pages.forEach((page, k) => {
      stream.addPage(page);
      if (k !== 0) return;
      stream.destination(sopDestination(i));
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
