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
//           pdfkit document, which writes each page out as the next one starts, into the
//           output file (atomic-file.ts).
// The numbers a footer prints do not change how many pages there are, so pass 2 lands every
// page where pass 1 counted it. The passes are in handbook-passes.ts; this file is the run:
// lint (the rules that decide what can be drawn), book order, page numbers, cover and TOC.
import { ConfigResolver } from '../config/load-config.js';
import { lintFiles } from '../engine/lint.js';
import type { FileResult } from '../engine/types.js';
import type { Lang } from '../i18n/lang.js';
import { BOOK_WORDS } from '../render/book/book-words.js';
import { composeCover } from '../render/book/cover.js';
import { addPageFooters } from '../render/book/page-footer.js';
import { composeToc, type TocEntry } from '../render/book/toc.js';
import type { PaperSize } from '../render/compose-handbook.js';
import { PdfPageStream } from '../render/pdf-writer.js';
import { loadFonts, type Fonts } from '../render/text/index.js';
import { AtomicFile } from './atomic-file.js';
import { DRAWABILITY_RULES, drawable, sopTitles, undrawable } from './drawable.js';
import { glyphWarning } from './glyphs.js';
import { planBook, sopDestination, writeBook, type BookContext, type BookPassOptions, type BookSop, type HandbookWarning, type PlannedSop } from './handbook-passes.js';
import { renderErrorFinding } from './render-error.js';
import { sourceDate, sourceDay } from './source-date.js';

export type { HandbookProgress, HandbookWarning } from './handbook-passes.js';

export interface HandbookBookOptions extends BookPassOptions {
  /** Working directory: config lookup and the paths shown in messages. */
  cwd: string;
  page?: PaperSize;
  /** Default: the bundled Noto Sans TC. */
  fonts?: Fonts;
  /** The cover's title; default 標準作業流程手冊 / Standard Operating Procedures. */
  title?: string;
  /** --config: one sop.config.yaml for every file. */
  configFile?: string;
  /** Write the PDF to this file (atomically: temp file + rename); without it the bytes are returned. */
  out?: string;
  /** The cover's date; default SOURCE_DATE_EPOCH, else today. */
  date?: { year: number; month: number; day: number };
  /** The PDF's Creator entry. */
  creator?: string;
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
  /** Files left out: not loadable, undrawable or failed (render-error), with the findings that say why. */
  skipped: FileResult[];
  warnings: HandbookWarning[];
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

/** The book's SOPs after linting: the drawable ones (unordered), and the files left out. */
interface LintedBook {
  lang: Lang;
  units: readonly string[];
  sopTitles: Map<string, string>;
  sops: (BookSop & { unit: string; code?: string; id: string })[];
  skipped: FileResult[];
}

/** Lints the files with the rules that decide whether an SOP can be drawn (the book is no lint report). */
function lintBook(files: readonly string[], options: HandbookBookOptions): LintedBook {
  const resolver = new ConfigResolver(options.cwd, options.lang ?? 'zh-TW', options.configFile);
  const firstConfig = files.length > 0 ? resolver.forFile(files[0]!) : undefined;
  const lang: Lang = options.lang ?? firstConfig?.lang ?? 'zh-TW';
  const results = lintFiles([...files], { cwd: options.cwd, configFile: options.configFile, lang, rules: DRAWABILITY_RULES }).results;
  const book: LintedBook = { lang, units: firstConfig?.units ?? [], sopTitles: sopTitles(results), sops: [], skipped: [] };
  for (const r of results) {
    if (r.sop && drawable(r.sop)) {
      const { sop } = r;
      const config = resolver.forFile(r.filePath);
      book.sops.push({ sop, file: r.displayPath, hoursPerDay: config.hoursPerDay, units: config.units, unit: sop.unit, ...(sop.code !== undefined ? { code: sop.code } : {}), id: sop.id });
    } else book.skipped.push(undrawable(r));
  }
  return book;
}

/** Where the PDF's bytes go: the output file (atomically: a temp file renamed into place at the end), or memory. */
function pdfOutput(out: string | undefined): { write: (chunk: Uint8Array) => void; finish: () => Uint8Array | undefined; abandon: () => void } {
  if (out) {
    const file = new AtomicFile(out);
    return { write: file.write, finish: () => (file.commit(), undefined), abandon: () => file.abandon() };
  }
  const chunks: Uint8Array[] = [];
  return { write: (chunk) => void chunks.push(chunk), finish: () => new Uint8Array(Buffer.concat(chunks)), abandon: () => undefined };
}

/** Page numbers: the cover is page 1, the TOC follows, then each SOP's pages. */
function firstPagesOf(planned: readonly PlannedSop[], tocPages: number): { firstPages: number[]; total: number } {
  const firstPages: number[] = [];
  let next = 1 + tocPages + 1;
  for (const p of planned) {
    firstPages.push(next);
    next += p.pages + p.tablePages;
  }
  return { firstPages, total: next - 1 };
}

/** The TOC's entries for the planned SOPs, each with its first page. */
function tocEntries(planned: readonly PlannedSop[], pages: readonly number[]): TocEntry[] {
  return planned.map((p, i) => ({ id: p.sop.id, unit: p.sop.unit, ...(p.sop.code !== undefined ? { code: p.sop.code } : {}), title: p.sop.title, page: pages[i] ?? 0, target: sopDestination(i) }));
}

/**
 * Renders the handbook of the given SOP files (absolute paths). Files that cannot be drawn are
 * left out and returned in `skipped`; when none can be drawn nothing is written. A file that
 * cannot be written throws OutputError, before the long work when it can.
 */
export async function renderHandbook(files: readonly string[], options: HandbookBookOptions): Promise<HandbookBookResult> {
  const book = lintBook(files, options);
  const { lang } = book;
  const fonts = options.fonts ?? loadFonts();
  const paper = options.page ?? 'A4';
  const w = BOOK_WORDS[lang];
  const title = options.title?.trim() || w.defaultTitle;
  const base = { written: false, pages: 0, tocPages: 0, lang, entries: [], skipped: book.skipped, warnings: [] };
  if (book.sops.length === 0) return base;

  const context: BookContext = { paper, lang, fonts, sopTitles: book.sopTitles, options, warnings: [], failed: [] };
  // Opened before the long work, so that an output that cannot be written fails at once.
  const output = pdfOutput(options.out);
  try {
    const planned = await planBook(context, bookOrder(book.sops, book.units));
    const skipped = [...book.skipped, ...context.failed.map((f) => ({ filePath: f.sop.file, displayPath: f.file, findings: [renderErrorFinding(f.problem, lang)] }))];
    if (planned.length === 0) {
      output.abandon();
      return { ...base, skipped };
    }
    const tocPages = composeToc(tocEntries(planned, []), { page: paper, lang, fonts }).length;
    const { firstPages, total } = firstPagesOf(planned, tocPages);
    const entries: BookEntry[] = tocEntries(planned, firstPages).map((e, i) => ({ ...e, file: planned[i]!.file, pages: planned[i]!.pages, tablePages: planned[i]!.tablePages }));

    const cover = composeCover({ page: paper, lang, fonts, title, date: options.date ?? sourceDay(), sops: planned.length, units: new Set(planned.map((p) => p.sop.unit)).size });
    const toc = composeToc(entries, { page: paper, lang, fonts });
    if (toc.length !== tocPages) throw new Error(`the table of contents took ${toc.length} pages, counted ${tocPages}`);
    addPageFooters(toc, { offset: 1, total }, fonts, lang);
    const own = glyphWarning(fonts, [cover, ...toc], lang);
    if (own) context.warnings.push({ file: '', message: own });

    const stream = new PdfPageStream(
      { title, description: w.description(title), lang, fonts: { regular: fonts.regular.file, bold: fonts.bold.file, family: fonts.family } },
      output.write,
      { creator: options.creator, date: sourceDate() },
    );
    await writeBook(context, stream, { cover, toc }, planned, firstPages, total);
    await stream.end();
    if (stream.pages !== total) throw new Error(`wrote ${stream.pages} pages, counted ${total}`);
    const pdf = output.finish();
    return { ...base, written: true, ...(options.out ? { file: options.out } : { pdf }), pages: total, tocPages, entries, skipped, warnings: context.warnings };
  } catch (error) {
    output.abandon();
    throw error;
  }
}
