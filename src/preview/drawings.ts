// The drawings the page shows, made in memory by the pipeline (drawSop → writeSvg) when the page
// asks for them, one at a time, and kept: a file that stops drawing shows its last good drawing.

import { createHash } from 'node:crypto';
import type { Finding } from '../engine/types.js';
import { drawable, undrawable } from '../pipeline/drawable.js';
import { drawSop, type DrawSopOptions } from '../pipeline/draw-sop.js';
import type { SopSource } from '../pipeline/read-sops.js';
import type { RenderRun } from '../pipeline/render-run.js';
import type { PaperSize } from '../render/compose-handbook.js';
import { writePdf } from '../render/pdf-writer.js';
import type { Scene } from '../render/scene.js';
import { writeSvg } from '../render/svg-writer.js';
import type { Fonts } from '../render/text/index.js';
import { sourceDate } from '../pipeline/source-date.js';

export type View = 'chart' | 'handbook';

export interface DrawingSettings {
  fonts: Fonts;
  page: PaperSize;
  formsInline: boolean;
  tables: boolean;
}

export interface ViewDrawing {
  /** One SVG document per page (the chart has one), without the XML declaration. */
  svgs: string[];
  /** Glyphs the font lacks, the handbook's own warnings. */
  warnings: string[];
  /** The drawing is of an earlier version: the file cannot be drawn now (see `blocking`). */
  stale: boolean;
  /** Why the file cannot be drawn now. */
  blocking: Finding[];
}

interface Kept {
  key: string;
  svgs: string[];
  warnings: string[];
  scene: Scene;
}

/** The SVG documents of a scene's pages, to inline in an HTML page. */
function pageSvgs(scene: Scene): string[] {
  return scene.pages.map((page) => writeSvg({ ...scene, pages: [page] }).svg.replace(/^<\?xml[^>]*>\s*/, ''));
}

export class Drawings {
  private readonly kept = new Map<string, Kept>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly settings: DrawingSettings) {}

  /** The view of a file: drawn now if it changed since it was last drawn, else as kept. */
  async view(run: RenderRun, source: SopSource, sopTitles: ReadonlyMap<string, string>, view: View): Promise<ViewDrawing> {
    const slot = `${view}\u0000${source.result.filePath}`;
    const sop = source.result.sop;
    if (!sop || !drawable(sop)) {
      const last = this.kept.get(slot);
      return { svgs: last?.svgs ?? [], warnings: [], stale: true, blocking: undrawable(source.result).findings };
    }
    const key = this.keyOf(run, source, sopTitles);
    let kept = this.kept.get(slot);
    if (kept?.key !== key) {
      // One drawing at a time: ELK and the composers are CPU-bound, and a page may ask twice.
      kept = await this.enqueue(async () => {
        const current = this.kept.get(slot);
        if (current?.key === key) return current;
        const options: DrawSopOptions = view === 'chart' ? { chart: true } : { chart: false, handbook: { page: this.settings.page, tables: this.settings.tables } };
        const drawing = await drawSop(run, sop, { fonts: this.settings.fonts, sopTitles }, { ...options, formsInline: this.settings.formsInline });
        const scene = view === 'chart' ? drawing.chart! : drawing.handbook!.scene;
        const made: Kept = { key, scene, svgs: pageSvgs(scene), warnings: [...(drawing.glyphWarning ? [drawing.glyphWarning] : []), ...(drawing.handbook?.warnings ?? [])] };
        this.kept.set(slot, made);
        return made;
      });
    }
    return { svgs: kept.svgs, warnings: kept.warnings, stale: false, blocking: [] };
  }

  /** The handbook pages of a file as a PDF (made from the kept drawing: draw the view first). */
  async pdf(source: SopSource, creator: string): Promise<Uint8Array | undefined> {
    const kept = this.kept.get(`handbook\u0000${source.result.filePath}`);
    return kept ? writePdf(kept.scene, { creator, date: sourceDate() }) : undefined;
  }

  /** Forgets the drawings of files no longer shown. */
  keepOnly(files: ReadonlySet<string>): void {
    for (const slot of this.kept.keys()) if (!files.has(slot.slice(slot.indexOf('\u0000') + 1))) this.kept.delete(slot);
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job, job);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** What a drawing depends on: the text, the config that applies, the titles of the other SOPs, the language asked for. */
  private keyOf(run: RenderRun, source: SopSource, sopTitles: ReadonlyMap<string, string>): string {
    const hash = createHash('sha1');
    hash.update(source.text);
    hash.update(JSON.stringify(run.configs.forFile(source.result.filePath)));
    hash.update(JSON.stringify([...sopTitles]));
    hash.update(`${run.requestedLang ?? ''}\u0000${run.lang}`);
    return hash.digest('hex');
  }
}
