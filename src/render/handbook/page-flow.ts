// Pages of the handbook and the cursor that fills them top to bottom. Every section adds its
// items through a PageFlow, which opens a new page when the next block does not fit and keeps,
// per page and per section, one group whose bounds are the union of the section's items there
// (the tests check sections against each other and against the margins with these bounds).
import type { Box, GroupItem, Page, SceneItem } from '../scene.js';
import { unionBox } from '../scene-geometry.js';

export type PaperSize = 'A4' | 'A3' | 'letter';

/** Portrait paper sizes in points. */
export const PAPER: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  A3: { width: 841.89, height: 1190.55 },
  letter: { width: 612, height: 792 },
};

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Page margins of the handbook (the footer sits in the bottom margin). */
export const MARGINS: Margins = { top: 48, right: 42, bottom: 54, left: 42 };

export interface PageFrame {
  width: number;
  height: number;
  /** The area inside the margins. */
  content: Box;
}

export function frameOf(size: { width: number; height: number }, margins: Margins = MARGINS): PageFrame {
  return {
    width: size.width,
    height: size.height,
    content: { x: margins.left, y: margins.top, width: size.width - margins.left - margins.right, height: size.height - margins.top - margins.bottom },
  };
}

/** The landscape frame used for a chart too wide for the page: A3 landscape, or the page turned if larger. */
export function landscapeFrame(paper: PaperSize): PageFrame {
  const base = paper === 'A3' || PAPER[paper].height > PAPER.A3.height ? PAPER[paper] : PAPER.A3;
  return frameOf({ width: Math.max(base.width, base.height), height: Math.min(base.width, base.height) });
}

interface FlowPage {
  frame: PageFrame;
  items: SceneItem[];
}

/** Where a page may break: the page and height at which a block (a line, a list item, a table or chart row) starts. */
export interface BreakPoint {
  page: number;
  y: number;
  /** Kept with what precedes it (after a heading, inside an item's first two lines): never forced. */
  glued?: boolean;
}

/**
 * Fills pages from the top; sections become one group per page they touch. Every block that
 * could start a page is a numbered break point; a composer that finds a page too thin composes
 * again with `forced` breaks, so that what precedes the thin page's content keeps it company.
 */
export class PageFlow {
  readonly pages: FlowPage[] = [];
  /** The cursor: the top of the next block on the current page. */
  y = 0;
  /** Where each break point fell, by number. */
  readonly breaks: BreakPoint[] = [];
  private section: { role: string; key: string; group?: GroupItem } | undefined;
  /** Whether the break points before the next content added stay with what precedes them. */
  private glue = false;

  constructor(
    private defaultFrame: PageFrame,
    private forced: ReadonlySet<number> = new Set(),
  ) {
    this.newPage();
  }

  /** Numbers the next `count` break points (blocks placed elsewhere, e.g. chart rows); record where they fall with `recordBreak`. */
  reserveBreaks(count: number): number {
    const first = this.breaks.length;
    for (let i = 0; i < count; i++) this.breaks.push({ page: this.pages.length - 1, y: this.y });
    return first;
  }

  recordBreak(index: number, at: BreakPoint): void {
    this.breaks[index] = at;
  }

  /** Whether the composer was asked to start a page at this break point. */
  forcedAt(index: number): boolean {
    return this.forced.has(index);
  }

  /** The break points until the next content is added keep it with what was added last (a heading with its first line). */
  keepWithNext(): void {
    this.glue = true;
  }

  /** A block starts here: numbers it, and says whether a page must start before it. */
  breakPoint(): boolean {
    const index = this.breaks.length;
    this.breaks.push({ page: this.pages.length - 1, y: this.y, ...(this.glue ? { glued: true } : {}) });
    return this.forced.has(index) && !this.atPageTop;
  }

  get page(): FlowPage {
    return this.pages[this.pages.length - 1]!;
  }

  get frame(): PageFrame {
    return this.page.frame;
  }

  /** The bottom of the content area of the current page. */
  get bottom(): number {
    return this.frame.content.y + this.frame.content.height;
  }

  /** Space left on the current page below the cursor. */
  get remaining(): number {
    return this.bottom - this.y;
  }

  /** Whether nothing has been placed on the current page yet. */
  get atPageTop(): boolean {
    return this.y <= this.frame.content.y + 1e-6;
  }

  /** Starts a new page (of the given frame, default: the handbook's paper) and moves the cursor to its top. */
  newPage(frame: PageFrame = this.defaultFrame): void {
    this.pages.push({ frame, items: [] });
    this.y = frame.content.y;
    if (this.section) this.section.group = undefined;
  }

  /** Makes sure `height` fits below the cursor, starting a new page if not (and if that helps). */
  ensure(height: number, frame?: PageFrame): void {
    const forced = this.breakPoint();
    const wrongFrame = frame !== undefined && (frame.width !== this.frame.width || frame.height !== this.frame.height);
    if (forced || wrongFrame || (height > this.remaining + 1e-6 && !this.atPageTop)) this.newPage(frame);
  }

  /** Adds vertical space (dropped at the top of a page). */
  space(height: number): void {
    if (!this.atPageTop) this.y = Math.min(this.y + height, this.bottom);
  }

  beginSection(role: string, key: string): void {
    this.section = { role, key };
  }

  endSection(): void {
    this.section = undefined;
  }

  /** Adds an item whose outline is `box` on the current page, inside the current section's group. */
  add(item: SceneItem, box: Box): void {
    this.glue = false;
    if (!this.section) {
      this.page.items.push(item);
      return;
    }
    let group = this.section.group;
    if (!group) {
      group = { kind: 'group', role: this.section.role, data: { 'data-section': this.section.key }, items: [] };
      this.section.group = group;
      this.page.items.push(group);
    }
    group.items.push(item);
    group.bounds = unionBox(group.bounds, box);
  }

  /** Adds an item straight to the current page, outside any section (the footer). */
  addToPage(index: number, item: SceneItem): void {
    this.pages[index]!.items.push(item);
  }

  toPages(): Page[] {
    return this.pages.map((p) => ({ width: p.frame.width, height: p.frame.height, items: p.items }));
  }
}

/** Under this share of its content height filled, a page holds only a few lines: too thin to stand alone. */
export const THIN_SHARE = 0.2;

/** How much of the page's content height its items fill (the footer aside), top to bottom of what is there. */
export function filledHeight(page: { items: readonly SceneItem[] }): { top: number; bottom: number } | undefined {
  let box: Box | undefined;
  for (const item of page.items) {
    if (item.kind === 'group' && item.role === 'footer') continue;
    if (item.kind === 'group' && item.bounds) box = unionBox(box, item.bounds);
  }
  return box ? { top: box.y, bottom: box.y + box.height } : undefined;
}

/**
 * Composes with `compose(forced)` and, while a page after the first holds only a few lines, again
 * with a page break forced earlier on the page before it (the latest block that moves enough to
 * keep the thin page's lines company), keeping a try only when it removes the thin page without
 * adding one. Up to `tries` recompositions.
 */
export function composeWithoutThinPages<T>(compose: (forced: ReadonlySet<number>) => { flow: PageFlow; result: T }, tries = 3): T {
  let forced = new Set<number>();
  let best = compose(forced);
  for (let i = 0; i < tries; i++) {
    const thin = thinPage(best.flow);
    if (thin === undefined) break;
    const at = pullBackBreak(best.flow, thin);
    if (at === undefined) break;
    const next = new Set([...forced, at]);
    const candidate = compose(next);
    if (candidate.flow.pages.length > best.flow.pages.length || thinPage(candidate.flow) === thin) break;
    forced = next;
    best = candidate;
  }
  return best.result;
}

/** The first page after the first whose content fills less than THIN_SHARE of it. */
function thinPage(flow: PageFlow): number | undefined {
  for (let p = 1; p < flow.pages.length; p++) {
    const filled = filledHeight(flow.pages[p]!);
    if (filled && filled.bottom - filled.top < THIN_SHARE * flow.pages[p]!.frame.content.height) return p;
  }
  return undefined;
}

/** The break point on the page before `thin` to start a page at: the latest that moves enough (never the page's first block). */
function pullBackBreak(flow: PageFlow, thin: number): number | undefined {
  const page = flow.pages[thin]!;
  const filled = filledHeight(page)!;
  const before = filledHeight(flow.pages[thin - 1]!);
  if (!before) return undefined;
  const needed = THIN_SHARE * page.frame.content.height - (filled.bottom - filled.top);
  const room = page.frame.content.height - (filled.bottom - filled.top);
  const top = flow.pages[thin - 1]!.frame.content.y;
  const candidates = flow.breaks.map((b, index) => ({ ...b, index })).filter((b) => b.page === thin - 1 && b.y > top + 1 && !b.glued);
  const moving = (b: BreakPoint) => before.bottom - b.y;
  const enough = candidates.filter((b) => moving(b) >= needed && moving(b) <= room).sort((a, b) => b.y - a.y)[0];
  return enough?.index;
}
