// `sop render <paths…>`: each SOP drawn into <out>/<id>.svg, <id>.pdf and/or <id>.png (the chart
// rasterised, see png-output.ts). The files are linted;
// those that cannot be drawn (YAML or schema errors, duplicate step ids, unknown step
// references), and a second SOP with an id already rendered, are reported and skipped; the
// others are laid out, composed, checked for glyphs the font lacks and written atomically. An SOP
// beyond the rendering limits, or whose layout, SVG or PDF step fails, is reported as render-error
// (render-error.ts) and the run goes on.
// With --compare, each SOP is drawn merged with its old version, the changes marked.

import path from 'node:path';
import { mergeVersions, type MergedVersions } from '../diff/merge-versions.js';
import { lintFiles } from '../engine/lint.js';
import type { FileResult } from '../engine/types.js';
import { localize } from '../i18n/lang.js';
import type { Sop } from '../model/types.js';
import type { PaperSize } from '../render/compose-handbook.js';
import type { LayoutEngine } from '../render/layout/chart-layout.js';
import { writeSvg } from '../render/svg-writer.js';
import type { Fonts } from '../render/text/index.js';
import { writeFileAtomic } from './atomic-file.js';
import { DRAWABILITY_RULES, drawable, sopTitles, undrawable } from './drawable.js';
import { drawSop } from './draw-sop.js';
import { PIPELINE_MESSAGES, shrunkChartNotice } from './messages.js';
import { chartPng } from './png-output.js';
import { beyondLimits, renderErrorResult, stageFailure, type RenderProblem, type RenderStage } from './render-error.js';
import { sourceDate } from './source-date.js';
import { changedSubmodules } from '../git/git.js';
import { compareSource, previousVersion, type PreviousSource } from './previous-version.js';
import { loadRenderFonts } from './render-fonts.js';
import type { RenderRun } from './render-run.js';

/** What `sop render` can write for each SOP: the chart as SVG or PNG, the handbook pages as PDF. */
export type RenderFormat = 'svg' | 'pdf' | 'png';

export interface RenderSopsOptions {
  /** Absolute folder for <id>.svg / <id>.pdf / <id>.png (created if missing). */
  outDir: string;
  formats: ReadonlySet<RenderFormat>;
  /** PNG pixels per point of the chart's size (default 2). */
  scale?: number;
  page: PaperSize;
  /** --font: one font file for both weights (default: the bundled Noto Sans TC). */
  fontFile?: string;
  embedFont?: boolean;
  formsInline?: boolean;
  /** --layout (default auto). */
  layout?: LayoutEngine;
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
  const results = lintFiles(files, { cwd: run.cwd, configFile: run.configFile, lang: run.lang, rules: DRAWABILITY_RULES }).results;
  // --compare: where the old versions are, found before anything is written.
  const previous = options.compare === undefined ? undefined : compareSource(options.compare, run.cwd, results.length, run.lang);
  if (previous?.kind === 'git') {
    for (const submodule of changedSubmodules(previous.commit, run.cwd)) report.notice(localize(PIPELINE_MESSAGES.submoduleNotCompared, run.lang, { path: submodule, option: '--compare' }));
  }
  const outcome: RenderSopsResult = { written: [], skipped: 0, blocked: [] };
  const context: SopsContext = { run, options, fonts, sopTitles: sopTitles(results), ...(previous ? { previous } : {}), report, outcome };
  const owners = new Map<string, string>();
  // Two SOPs at once: while ELK lays one out in its thread (a chart our layout leaves to it), the main thread composes and writes
  // the other. Each reports into its own record, passed on in the files' order.
  const inFlight: Promise<Recorded>[] = [];
  for (const result of results) {
    const own = recording(context);
    inFlight.push(renderOrSkip(own.context, result, owners).then(() => own.recorded));
    // A failure (an output error) is thrown where its SOP's turn comes; until then it is not "unhandled".
    inFlight[inFlight.length - 1]!.catch(() => {});
    while (inFlight.length > IN_FLIGHT) replay(context, await inFlight.shift()!);
  }
  while (inFlight.length > 0) replay(context, await inFlight.shift()!);
  return outcome;
}

/**
 * SOPs rendered at once. More ELK threads than one cost more than they give on two cores: each
 * warms ELK up again (a few seconds of CPU), measured with 100 SOPs.
 */
const IN_FLIGHT = 2;

let pdfWriterModule: Promise<typeof import('../render/pdf-writer.js')> | undefined;

/** The PDF writer, loaded once and only by a run that writes PDFs (pdfkit takes ~0.1–0.2 s to load). */
function pdfWriter(): Promise<typeof import('../render/pdf-writer.js')> {
  if (!pdfWriterModule) {
    pdfWriterModule = import('../render/pdf-writer.js');
    // Loaded ahead of its use: a failure is thrown where the PDF is written, not reported as unhandled here.
    pdfWriterModule.catch(() => {});
  }
  return pdfWriterModule;
}

async function renderOrSkip(context: SopsContext, result: FileResult, owners: Map<string, string>): Promise<void> {
  const { run } = context;
  const sop = result.sop;
  if (!sop || !drawable(sop)) return skip(context, undrawable(result), localize(PIPELINE_MESSAGES.notRendered, run.lang, { file: result.displayPath }));
  const other = owners.get(sop.id);
  if (other) return skip(context, undefined, localize(PIPELINE_MESSAGES.duplicateId, run.lang, { file: result.displayPath, id: sop.id, other }));
  owners.set(sop.id, result.displayPath);
  await renderSop(context, result, sop);
}

/** What one SOP's render reported, kept until the SOPs before it have been passed on. */
interface Recorded {
  events: { written?: string; notice?: string }[];
  outcome: RenderSopsResult;
}

function recording(context: SopsContext): { context: SopsContext; recorded: Recorded } {
  const recorded: Recorded = { events: [], outcome: { written: [], skipped: 0, blocked: [] } };
  const report: RenderReporter = { written: (file) => recorded.events.push({ written: file }), notice: (line) => recorded.events.push({ notice: line }) };
  return { context: { ...context, report, outcome: recorded.outcome }, recorded };
}

function replay(context: SopsContext, recorded: Recorded): void {
  for (const event of recorded.events) {
    if (event.written !== undefined) context.report.written(event.written);
    else context.report.notice(event.notice!);
  }
  context.outcome.written.push(...recorded.outcome.written);
  context.outcome.skipped += recorded.outcome.skipped;
  context.outcome.blocked.push(...recorded.outcome.blocked);
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

/** Reports an SOP not drawn for a render-error (beyond a limit, or a stage that failed). */
function renderFailed(context: SopsContext, result: FileResult, problem: RenderProblem): void {
  const { run } = context;
  skip(context, renderErrorResult(result, problem, run.lang), localize(PIPELINE_MESSAGES.notRendered, run.lang, { file: result.displayPath }));
}

/** Runs one stage of an SOP's render; a failure is reported as render-error and gives undefined. */
async function stage<T>(context: SopsContext, result: FileResult, name: RenderStage, work: () => T | Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    renderFailed(context, result, stageFailure(name, error));
    return undefined;
  }
}

/** Lays out, composes and writes one drawable SOP; a stage that fails is reported and the run goes on. */
async function renderSop(context: SopsContext, result: FileResult, sop: Sop): Promise<void> {
  const { run, options, fonts, report } = context;
  const limit = beyondLimits(sop);
  if (limit) return renderFailed(context, result, limit);
  const merged = compared(context, result, sop);
  if (merged === false) return;
  const drawn = stage(context, result, 'layout', () =>
    drawSop(run, sop, { fonts, sopTitles: context.sopTitles }, {
      chart: options.formats.has('svg') || options.formats.has('png'),
      ...(options.formats.has('pdf') ? { handbook: { page: options.page, tables: options.tables ?? false } } : {}),
      formsInline: options.formsInline ?? false,
      layout: options.layout ?? 'auto',
      ...(merged ? { compare: { merged, base: context.previous!.label } } : {}),
    }),
  );
  // The layout may be waiting for ELK's thread: pdfkit loads meanwhile.
  if (options.formats.has('pdf')) void pdfWriter();
  const drawing = await drawn;
  if (!drawing) return;
  if (drawing.glyphWarning) report.notice(`${result.displayPath}: ${drawing.glyphWarning}`);
  const shrunk = drawing.handbookChart && shrunkChartNotice(result.displayPath, drawing.handbookChart, context.run.lang);
  if (shrunk) report.notice(shrunk);

  const write = (file: string, content: string | Uint8Array) => {
    writeFileAtomic(file, content);
    context.outcome.written.push(file);
    report.written(file);
  };
  if (drawing.chart && options.formats.has('svg')) {
    const chart = drawing.chart;
    const written = await stage(context, result, 'svg', () => writeSvg(chart, { embedFont: options.embedFont ?? false }));
    if (!written) return;
    for (const warning of written.warnings) report.notice(`${result.displayPath}: ${warning}`);
    write(path.join(options.outDir, `${sop.id}.svg`), written.svg);
  }
  if (drawing.chart && options.formats.has('png')) {
    const chart = drawing.chart;
    const png = await stage(context, result, 'png', () => chartPng(chart, options.scale ?? 2, run.lang));
    if (!png) return;
    write(path.join(options.outDir, `${sop.id}.png`), png);
  }
  if (drawing.handbook) {
    const handbook = drawing.handbook;
    for (const warning of handbook.warnings) report.notice(`${result.displayPath}: ${warning}`);
    const { writePdf } = await pdfWriter();
    const pdf = await stage(context, result, 'pdf', () => writePdf(handbook.scene, { creator: options.creator, date: sourceDate() }));
    if (pdf) write(path.join(options.outDir, `${sop.id}.pdf`), pdf);
  }
}
