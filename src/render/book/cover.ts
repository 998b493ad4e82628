// The handbook's cover: its title (large, centred, wrapped), how many SOPs of how many units it
// holds, and its date (民國 in zh-TW: 中華民國114年7月1日). One page, no footer.
import type { Lang } from '../../i18n/lang.js';
import { frameOf, PageFlow, PAPER, type PaperSize } from '../handbook/page-flow.js';
import { textLine, type TextStyle } from '../handbook/text-blocks.js';
import type { Page } from '../scene.js';
import { wrapBalanced, type Fonts } from '../text/index.js';
import { BOOK_WORDS } from './book-words.js';

export interface CoverOptions {
  page: PaperSize;
  lang: Lang;
  fonts: Fonts;
  /** Default: 標準作業流程手冊 / Standard Operating Procedures. */
  title?: string;
  /** The calendar date printed on the cover. */
  date: { year: number; month: number; day: number };
  sops: number;
  units: number;
}

const COLOR = '#000000';

function centred(flow: PageFlow, lines: readonly string[], style: TextStyle, key: string): void {
  const mid = flow.frame.content.x + flow.frame.content.width / 2;
  flow.beginSection('cover', key);
  for (const line of lines) {
    const t = textLine(line, mid, flow.y, style, 'title', 'middle');
    flow.add(t.item, t.box);
    flow.y += style.lineHeight;
  }
  flow.endSection();
}

export function composeCover(options: CoverOptions): Page {
  const { fonts, lang } = options;
  const w = BOOK_WORDS[lang];
  const flow = new PageFlow(frameOf(PAPER[options.page]));
  const { content } = flow.frame;
  const lineStyle: TextStyle = { font: fonts.regular, size: 14, lineHeight: 14 * 1.8, color: COLOR };
  const title = options.title?.trim() || w.defaultTitle;
  // 28 pt, smaller for a title so long that it would take more than 40% of the page.
  let titleStyle: TextStyle = { font: fonts.bold, size: 28, lineHeight: 28 * 1.5, color: COLOR };
  let titleLines = wrapBalanced(titleStyle.font, title, titleStyle.size, content.width * 0.85);
  while (titleLines.length * titleStyle.lineHeight > content.height * 0.4 && titleStyle.size > 12) {
    const size = titleStyle.size - 2;
    titleStyle = { ...titleStyle, size, lineHeight: size * 1.5 };
    titleLines = wrapBalanced(titleStyle.font, title, size, content.width * 0.85);
  }
  flow.y = content.y + content.height * 0.3;
  centred(flow, titleLines, titleStyle, 'cover-title');
  flow.y += lineStyle.lineHeight;
  centred(flow, [w.coverCount(options.sops, options.units)], lineStyle, 'cover-count');
  flow.y = Math.max(flow.y + lineStyle.lineHeight, content.y + content.height * 0.78);
  const { year, month, day } = options.date;
  centred(flow, [w.coverDate(year, month, day)], lineStyle, 'cover-date');
  return flow.toPages()[0]!;
}
