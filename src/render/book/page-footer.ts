// The running footer of the handbook's own pages (table of contents, control tables):
// 第 x 頁／共 y 頁 centred in the bottom margin, as composeHandbook prints it on an SOP's pages.
import type { Lang } from '../../i18n/lang.js';
import { frameOf } from '../handbook/page-flow.js';
import { textLine, type TextStyle } from '../handbook/text-blocks.js';
import type { Page } from '../scene.js';
import type { Fonts } from '../text/index.js';
import { BOOK_WORDS } from './book-words.js';

/** Same size and place as the footer of composeHandbook. */
const FOOTER_SIZE = 9;

/** Adds the footer to each page: page i prints `offset + i + 1` of `total`. */
export function addPageFooters(pages: readonly Page[], numbering: { offset: number; total: number }, fonts: Fonts, lang: Lang): void {
  const style: TextStyle = { font: fonts.regular, size: FOOTER_SIZE, lineHeight: FOOTER_SIZE * 1.4, color: '#000000' };
  pages.forEach((page, index) => {
    const { content } = frameOf(page);
    const marginTop = content.y + content.height;
    const top = marginTop + (page.height - marginTop - style.lineHeight) / 2;
    const t = textLine(BOOK_WORDS[lang].footer(numbering.offset + index + 1, numbering.total), page.width / 2, top, style, 'footer', 'middle');
    page.items.push({ kind: 'group', role: 'footer', data: { 'data-section': 'footer' }, bounds: t.box, items: [t.item] });
  });
}
