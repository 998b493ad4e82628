// One SOP's pages in a PDF: its handbook pages (composeHandbook) and, with `tables`, its control
// tables after them, every page numbered over the whole: 第 x 頁／共 y 頁 of this SOP's own PDF,
// or of the book it is part of (`numbering`). Used by `sop render --tables` and by the handbook.
import type { Lang } from '../../i18n/lang.js';
import type { ChartLayout } from '../layout/chart-layout.js';
import { composeHandbook, type HandbookOptions } from '../compose-handbook.js';
import type { Scene } from '../scene.js';
import { composeControlTables } from './control-tables.js';
import { addPageFooters } from './page-footer.js';

export interface SopDocumentOptions extends Omit<HandbookOptions, 'pageNumbers'> {
  tables?: boolean;
  hoursPerDay?: number;
  /** Numbering within a book: this SOP's first page is offset + 1 of total. Default: its own PDF. */
  /** Numbering over a whole book, in the book's language (`lang`: the footer's words). */
  numbering?: { offset: number; total: number; lang?: Lang };
}

export interface SopDocument {
  scene: Scene;
  warnings: string[];
  /** Pages of the handbook part and of the control tables (the scene holds both, in that order). */
  handbookPages: number;
  tablePages: number;
}

export function composeSopDocument(sop: Parameters<typeof composeHandbook>[0], layout: ChartLayout, options: SopDocumentOptions): SopDocument {
  const { tables: withTables, hoursPerDay, numbering, ...handbookOptions } = options;
  // The tables' page count does not depend on numbers: compose them first, number them last.
  const tables = withTables ? composeControlTables(sop, { page: options.page, lang: options.lang, fonts: options.fonts, sopTitles: options.sopTitles, hoursPerDay }).pages : [];
  const handbook = composeHandbook(sop, layout, {
    ...handbookOptions,
    pageNumbers: numbering ? { offset: numbering.offset, total: numbering.total, lang: numbering.lang } : { pagesAfter: tables.length },
  });
  const handbookPages = handbook.scene.pages.length;
  if (tables.length > 0) {
    const offset = (numbering?.offset ?? 0) + handbookPages;
    addPageFooters(tables, { offset, total: numbering?.total ?? handbookPages + tables.length }, options.fonts, numbering?.lang ?? options.lang);
    handbook.scene.pages.push(...tables);
  }
  return { scene: handbook.scene, warnings: handbook.warnings, handbookPages, tablePages: tables.length };
}
