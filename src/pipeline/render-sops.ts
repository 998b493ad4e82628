// `sop render <paths…>`: each SOP drawn into <out>/<id>.svg and/or <id>.pdf. The files are linted;
// those that cannot be drawn (YAML or schema errors, duplicate step ids, unknown step
// references), and a second SOP with an id already rendered, are reported and skipped; the
// others are laid out, composed, checked for glyphs the font lacks and written atomically.
// With --compare, each SOP is drawn merged with its old version, the changes marked.

import path from 'node:path';
import { mergeVersions, type MergedVersions } from '../diff/merge-versions.js';
import { lintFiles } from '../engine/lint.js';
import type { FileResult } from '../engine/types.js';
import { localize, type Lang } from '../i18n/lang.js';
import type { Sop } from '../model/types.js';
import { composeSopDocument, type SopDocument } from '../render/book/sop-document.js';
import { layoutForHandbook, type PaperSize } from '../render/compose-handbook.js';
import { composeSvg } from '../render/compose-svg.js';
import type { ChartOptions } from '../render/layout/chart-layout.js';
import { layoutChart } from '../render/layout/layout-chart.js';
import { writePdf } from '../render/pdf-writer.js';
import type { Scene } from '../render/scene.js';
import { writeSvg } from '../render/svg-writer.js';
import type { Fonts } from '../render/text/index.js';
import { writeFileAtomic } from './atomic-file.js';
import { drawable, sopTitles, undrawable } from './drawable.js';
import { glyphWarning } from './glyphs.js';
import { PIPELINE_MESSAGES } from './messages.js';
import { compareSource, previousVersion, type PreviousSource } from './previous-version.js';
import { loadRenderFonts } from './render-fonts.js';
import type { RenderRun } from './render-run.js';

export interface RenderSopsOptions {
  /** Absolute folder for <id>.svg / <id>.pdf (created if missing). */
  outDir: string;
  format: 'svg' | 'pdf' | 'both';
  page: PaperSize;
  /** --font: one font file for both weights (default: the bundled Noto Sans TC). */
  fontFile?: string;
  embedFont?: boolean;
  formsInline?: boolean;
  /** Each PDF ends with the SOP's control tables. */
  tables?: boolean;
  /** --compare: a Git ref, or the old version's file. */
  compare?: string;
  /** The PDF's Creator entry. */
  creator: string;
}

/** Where the run reports as it goes. */
export interface RenderReporter {
  /** A file is in place (its absolute path). */
  written(file: string): void;
  /** A line for standard error, in the run's language: a warning, or why an SOP is not rendered. */
  notice(line: string): void;
}

export interface RenderSopsResult {
  written: string[];
  /** SOPs not rendered. */
  skipped: number;
  /** Files not rendered for errors: with the findings that say why (also an old version that does not load). */
  blocked: FileResult[];
}

/** What every SOP of the run shares. */
interface SopsContext {
  run: RenderRun;
  options: RenderSopsOptions;
  fonts: Fonts;
  sopTitles: ReadonlyMap<string, string>;
  previous?: Exclude<PreviousSource, { kind: 'directory' }>;
  report: RenderReporter;
  outcome: RenderSopsResult;
}

/**
 * Renders the SOP files (absolute paths). Throws InputError (a font or --compare it cannot use),
 * GitError (--compare), OutputError (a file it cannot write); everything else is reported.
 */
export async function renderSops(run: RenderRun, files: string[], options: RenderSopsOptions, report: RenderReporter): Promise<RenderSopsResult> {
  const fonts = loadRenderFonts(run, options.fontFile);
  const results = lintFiles(files, { cwd: run.cwd, configFile: run.configFile, lang: run.lang }).results;
  // --compare: where the old versions are, found before anything is written.
  const previous = options.compare === undefined ? undefined : compareSource(options.compare, run.cwd, results.length, run.lang);
  const outcome: RenderSopsResult = { written: [], skipped: 0, blocked: [] };
  const context: SopsContext = { run, options, fonts, sopTitles: sopTitles(results), ...(previous ? { previous } : {}), report, outcome };
  const owners = new Map<string, string>();
  for (const result of results) {
    const sop = result.sop;
    if (!sop || !drawable(sop)) {
      skip(context, undrawable(result), localize(PIPELINE_MESSAGES.notRendered, run.lang, { file: result.displayPath }));
      continue;
    }
    const other = owners.get(sop.id);
    if (other) {
      skip(context, undefined, localize(PIPELINE_MESSAGES.duplicateId, run.lang, { file: result.displayPath, id: sop.id, other }));
      continue;
    }
    owners.set(sop.id, result.displayPath);
    await renderSop(context, result, sop);
  }
  return outcome;
}

function skip(context: SopsContext, blocked: FileResult | undefined, line: string): void {
  if (blocked) context.outcome.blocked.push(blocked);
  context.report.notice(line);
  context.outcome.skipped++;
}

/** The old version merged with this one (`--compare`); false when the old version does not load (the SOP is skipped). */
function compared(context: SopsContext, result: FileResult, sop: Sop): MergedVersions | undefined | false {
  const { run, previous } = context;
  if (!previous) return undefined;
  const old = previousVersion(previous, result.filePath, run.configs.forFile(result.filePath), run.cwd, run.lang);
  if (old.broken) {
    skip(context, old.broken, localize(PIPELINE_MESSAGES.previousBroken, run.lang, { file: result.displayPath, where: old.where }));
    return false;
  }
  if (!old.sop) context.report.notice(localize(PIPELINE_MESSAGES.noPrevious, run.lang, { file: result.displayPath, where: old.where }));
  return mergeVersions(old.sop, sop);
}

/** Lays out, composes and writes one drawable SOP. */
async function renderSop(context: SopsContext, result: FileResult, sop: Sop): Promise<void> {
  const { run, options, fonts, report } = context;
  const merged = compared(context, result, sop);
  if (merged === false) return;
  const hoursPerDay = run.configs.forFile(result.filePath).hoursPerDay;
  // The labels of the drawing speak the SOP's own language (`lang:` in the file) unless --lang
  // says otherwise; messages stay in the run's language.
  const lang: Lang = run.requestedLang ?? sop.lang ?? run.lang;
  const chart: ChartOptions = { lang, fonts, sopTitles: context.sopTitles, formsInline: options.formsInline ?? false, hoursPerDay, ...(merged ? { changes: merged.marks } : {}) };
  const legend = merged ? { base: context.previous!.label } : undefined;
  const drawn = merged ? merged.sop : sop;

  let svg: Scene | undefined;
  let pdf: SopDocument | undefined;
  if (options.format !== 'pdf') svg = composeSvg(sop, await layoutChart(drawn, chart), { lang, fonts, legend });
  if (options.format !== 'svg') {
    const layout = await layoutForHandbook(drawn, { page: options.page, ...chart });
    pdf = composeSopDocument(sop, layout, { page: options.page, lang, fonts, sopTitles: context.sopTitles, tables: options.tables ?? false, hoursPerDay, legend });
  }
  const missing = glyphWarning(fonts, [...(svg?.pages ?? []), ...(pdf?.scene.pages ?? [])], run.lang);
  if (missing) report.notice(`${result.displayPath}: ${missing}`);

  const write = (file: string, content: string | Uint8Array) => {
    writeFileAtomic(file, content);
    context.outcome.written.push(file);
    report.written(file);
  };
  if (svg) {
    const written = writeSvg(svg, { embedFont: options.embedFont ?? false });
    for (const warning of written.warnings) report.notice(`${result.displayPath}: ${warning}`);
    write(path.join(options.outDir, `${sop.id}.svg`), written.svg);
  }
  if (pdf) {
    for (const warning of pdf.warnings) report.notice(`${result.displayPath}: ${warning}`);
    write(path.join(options.outDir, `${sop.id}.pdf`), await writePdf(pdf.scene, { creator: options.creator }));
  }
}
