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

/** Fills pages from the top; sections become one group per page they touch. */
export class PageFlow {
  readonly pages: FlowPage[] = [];
  /** The cursor: the top of the next block on the current page. */
  y = 0;
  private section: { role: string; key: string; group?: GroupItem } | undefined;

  constructor(private defaultFrame: PageFrame) {
    this.newPage();
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
    const wrongFrame = frame !== undefined && (frame.width !== this.frame.width || frame.height !== this.frame.height);
    if (wrongFrame || (height > this.remaining + 1e-6 && !this.atPageTop)) this.newPage(frame);
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
