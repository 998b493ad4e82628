import { describe, expect, it } from 'vitest';
import { composeWithoutThinPages, frameOf, PageFlow, PAPER, THIN_SHARE } from '../../../src/render/handbook/page-flow.js';
import { addLine, addList, type TextStyle } from '../../../src/render/handbook/text-blocks.js';
import type { Page } from '../../../src/render/scene.js';
import { loadFonts } from '../../../src/render/text/index.js';
import { allTexts } from '../handbook-checks.js';

const fonts = loadFonts();
const body: TextStyle = { font: fonts.regular, size: 10, lineHeight: 16, color: '#000000' };
const frame = frameOf(PAPER.A4);
const L = body.lineHeight;
const H = frame.content.height;

/**
 * A page of filler lines ending in a heading and a list of two two-line items, then `tail` lines
 * that spill onto a second page, so few that it is thin: keeping them company takes moving at
 * least three and less than four lines.
 */
function compose(forced: ReadonlySet<number>): { flow: PageFlow; result: Page[] } {
  const flow = new PageFlow(frame, forced);
  flow.beginSection('section', 's');
  const fillers = Math.floor(H / L) - 5;
  for (let i = 0; i < fillers; i++) addLine(flow, `前文第${i + 1}行`, frame.content.x, body, 'body');
  addLine(flow, '四、使用表格', frame.content.x, body, 'title');
  flow.keepWithNext();
  const item = '甲'.repeat(60); // two lines at this width
  addList(flow, [{ label: '（一）', text: item }, { label: '（二）', text: item }], frame.content.x, 400, body, 'body');
  const tail = Math.floor((THIN_SHARE * H) / L) - 3;
  for (let i = 0; i < tail; i++) addLine(flow, `註${i + 1}`, frame.content.x, body, 'body');
  flow.endSection();
  return { flow, result: flow.toPages() };
}

const pageOf = (pages: Page[], text: string) => pages.findIndex((p) => allTexts(p).some((t) => t.text === text));

describe('composeWithoutThinPages', () => {
  it('keeps a thin page company by breaking earlier, never between a heading and its first item', () => {
    const first = compose(new Set()).result;
    expect(first).toHaveLength(2);
    expect(pageOf(first, '四、使用表格')).toBe(0);
    expect(pageOf(first, '（一）')).toBe(0);
    const pages = composeWithoutThinPages(compose);
    expect(pages).toHaveLength(2);
    expect(pageOf(pages, '註1')).toBe(1);
    // The heading moved with its list (the break fell above it, not below it).
    expect(pageOf(pages, '四、使用表格')).toBe(1);
    expect(pageOf(pages, '（一）')).toBe(1);
  });

  it('marks the break points after keepWithNext as glued until something is added', () => {
    const flow = new PageFlow(frame);
    addLine(flow, '標題', frame.content.x, body, 'title');
    flow.keepWithNext();
    flow.ensure(2 * L);
    addLine(flow, '第一行', frame.content.x, body, 'body');
    addLine(flow, '第二行', frame.content.x, body, 'body');
    expect(flow.breaks.map((b) => b.glued ?? false)).toEqual([false, true, true, false]);
  });
});
