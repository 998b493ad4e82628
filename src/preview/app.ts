// What the page asks the server for, answered from the project (files, findings) and the drawings:
// the list of SOPs, one SOP's view (its SVG pages, findings, source), the handbook PDF, the font.

import type { Finding } from '../engine/types.js';
import { fontFileBytes } from '../render/text/index.js';
import { Drawings, type DrawingSettings, type View } from './drawings.js';
import { pageWords } from './messages.js';
import { renderPage } from './page.js';
import type { PreviewProject } from './project.js';
import type { PreviewRoutes } from './server.js';

/** A finding as the page shows it. */
interface PageFinding extends Pick<Finding, 'ruleId' | 'severity' | 'message' | 'line' | 'column' | 'endLine' | 'endColumn' | 'stepId'> {
  docs?: string;
}

/** How many views are drawn again ahead of the pages' asking. */
const RECENT_VIEWS = 4;

export class PreviewApp implements PreviewRoutes {
  readonly drawings: Drawings;

  constructor(
    private readonly project: PreviewProject,
    private readonly settings: DrawingSettings & { creator: string },
  ) {
    this.drawings = new Drawings(settings);
  }

  page(): string {
    return renderPage({ lang: this.project.lang, words: pageWords(this.project.lang), fontFamily: this.settings.fonts.family });
  }

  sops(): unknown {
    return { generation: this.project.generation, error: this.project.error, sops: this.project.entries() };
  }

  /** The views pages asked for last (file and view), drawn again as soon as files change. */
  private readonly recent = new Map<string, { file: string; view: View }>();

  async sop(file: string, view: string): Promise<unknown | undefined> {
    const { project } = this;
    const source = project.source(file);
    if (!source || !project.run || (view !== 'chart' && view !== 'handbook')) return undefined;
    this.recent.delete(`${view}\u0000${file}`);
    this.recent.set(`${view}\u0000${file}`, { file, view });
    if (this.recent.size > RECENT_VIEWS) this.recent.delete(this.recent.keys().next().value!);
    const generation = project.generation;
    const drawing = await this.drawings.view(project.run, source, project.sopTitles, view as View);
    const { result } = source;
    return {
      generation,
      file: result.displayPath,
      view,
      ...drawing,
      blocking: drawing.blocking.map((f) => this.pageFinding(f)),
      findings: result.findings.map((f) => this.pageFinding(f)),
      source: source.text,
      stepLines: source.stepLines,
    };
  }

  /** Draws the views pages showed last, so that their new drawing is ready (or under way) when they ask. */
  redrawRecent(): void {
    const { project } = this;
    // The latest first: the view a page shows now is the one it asks for next.
    for (const { file, view } of [...this.recent.values()].reverse()) {
      const source = project.source(file);
      if (source && project.run) this.drawings.view(project.run, source, project.sopTitles, view).catch(() => undefined);
    }
  }

  async pdf(file: string): Promise<Uint8Array | undefined> {
    const source = this.project.source(file);
    if (!source || !this.project.run) return undefined;
    await this.drawings.view(this.project.run, source, this.project.sopTitles, 'handbook');
    return this.drawings.pdf(source, this.settings.creator);
  }

  font(weight: string): Buffer | undefined {
    const { fonts } = this.settings;
    if (weight === 'regular') return fontFileBytes(fonts.regular.file);
    if (weight === 'bold') return fontFileBytes(fonts.bold.file);
    return undefined;
  }

  private pageFinding(f: Finding): PageFinding {
    const docs = this.project.docsUrl(f.ruleId);
    return { ruleId: f.ruleId, severity: f.severity, message: f.message, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, ...(f.stepId ? { stepId: f.stepId } : {}), ...(docs ? { docs } : {}) };
  }
}
