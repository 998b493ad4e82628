// The handbook's table of contents, the list the seed opens with: 科別 | 編號 | SOP名稱 | 頁次,
// grouped by unit (the unit's cell spans its SOPs), the page where each SOP starts. Its page
// count does not depend on the page numbers (the 頁次 column has a fixed width), so the book can
// count the TOC's pages before it knows where the SOPs land. Each row (but its unit cell) links to
// its SOP's first page.
import type { Lang } from '../../i18n/lang.js';
import { frameOf, PageFlow, PAPER, type PaperSize } from '../handbook/page-flow.js';
import { addLine, type TextStyle } from '../handbook/text-blocks.js';
import type { Page } from '../scene.js';
import { measureText, type Fonts } from '../text/index.js';
import { BOOK_WORDS } from './book-words.js';
import { addRuledTable, bookTableStyle } from './ruled-table.js';

export interface TocEntry {
  id: string;
  unit: string;
  code?: string;
  title: string;
  /** The book page (1-based) where the SOP starts; 0 while not known yet. */
  page: number;
  /** The named destination of the SOP's first page: the row links to it. */
  target?: string;
}

export interface TocOptions {
  page: PaperSize;
  lang: Lang;
  fonts: Fonts;
}

const COLOR = '#000000';
const BODY_SIZE = 10.5;
const HEADING_SIZE = 16;

/** The TOC pages (without footers). Entries must already be in book order (grouped by unit). */
export function composeToc(entries: readonly TocEntry[], options: TocOptions): Page[] {
  const { fonts, lang } = options;
  const w = BOOK_WORDS[lang];
  const flow = new PageFlow(frameOf(PAPER[options.page]));
  const left = flow.frame.content.x;
  const width = flow.frame.content.width;
  const style = bookTableStyle(fonts, BODY_SIZE);
  const body = style.body;
  const heading: TextStyle = { font: fonts.bold, size: HEADING_SIZE, lineHeight: HEADING_SIZE * 2, color: COLOR };
  const continued: TextStyle = { font: fonts.bold, size: BODY_SIZE, lineHeight: BODY_SIZE * 2, color: COLOR };
  const c = w.tocColumns;
  const pad = 2 * style.padX + 2;
  const pageWidth = Math.max(measureText(style.header.font, c.page, body.size), measureText(body.font, '00000', body.size)) + pad;
  const unitWidth = width * 0.2;
  const codeWidth = width * 0.14;

  flow.beginSection('section', 'contents-title');
  addLine(flow, w.contents, left + (width - measureText(heading.font, w.contents, heading.size)) / 2, heading, 'title');
  flow.endSection();
  flow.beginSection('table', 'contents');
  addRuledTable(
    flow,
    left,
    {
      columns: [
        { title: c.unit, width: unitWidth },
        { title: c.code, width: codeWidth },
        { title: c.title, width: width - unitWidth - codeWidth - pageWidth },
        { title: c.page, width: pageWidth, align: 'middle' },
      ],
      rows: entries.map((e) => ({
        group: e.unit,
        ...(e.target !== undefined ? { link: e.target } : {}),
        cells: [{ paragraphs: [e.unit] }, { paragraphs: e.code ? [e.code] : [] }, { paragraphs: [e.title] }, { paragraphs: [e.page > 0 ? String(e.page) : ''] }],
      })),
      spanFirstColumn: true,
      onNewPage: () => {
        flow.beginSection('section', 'contents-continued');
        addLine(flow, w.continued(w.contents), left, continued, 'title');
        flow.endSection();
        flow.beginSection('table', 'contents');
      },
    },
    style,
  );
  flow.endSection();
  return flow.toPages();
}
