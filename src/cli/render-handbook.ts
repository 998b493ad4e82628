// `sop render --handbook <folder> -o <file.pdf>`: the whole handbook in one PDF (`-o -`: on
// standard output, written to a temporary file first so that a failed book prints nothing). SOPs
// that cannot be drawn are listed on standard error with their findings and left out (exit 1, the
// book is written without them); a folder without SOP files is a usage error (exit 2, nothing written).

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { localize, type Lang } from '../i18n/lang.js';
import { findSopFiles, openRun } from '../pipeline/render-run.js';
import { CLI_MESSAGES } from './messages.js';
import { packageVersion } from './package-version.js';
import { ProgressBar } from './progress-bar.js';
import { prepareLayout, printUndrawable, RENDER_MESSAGES, renderUsageError, type RenderFlags } from './render-output.js';
import { isStdoutPath, STDOUT_PATH, UsageError, warnUnreadable, type CommandIO } from './usage.js';

export async function renderHandbookAction(io: CommandIO, paths: string[], flags: RenderFlags): Promise<void> {
  let lang: Lang = flags.lang ?? 'zh-TW';
  const folder = flags.handbook!;
  const toStream = isStdoutPath(flags.outDir);
  const temporary = toStream ? mkdtempSync(path.join(tmpdir(), 'sop-handbook-')) : undefined;
  const out = temporary ? path.join(temporary, 'handbook.pdf') : path.resolve(io.cwd, flags.outDir);
  let bar: ProgressBar | undefined;
  try {
    const run = openRun({ cwd: io.cwd, lang: flags.lang, configFile: flags.config });
    lang = run.lang;
    if (paths.length > 0) throw new UsageError(localize(RENDER_MESSAGES.handbookPaths, lang, { paths: paths.join(' ') }));
    const files = findSopFiles(run, [folder], warnUnreadable(io, lang));
    if (files.length === 0) throw new UsageError(localize(CLI_MESSAGES.noFiles, lang, { where: folder }));
    await prepareLayout(flags.layout);
    const { loadRenderFonts } = await import('../pipeline/render-fonts.js');
    const fonts = loadRenderFonts(run, flags.font);
    const { renderHandbook } = await import('../pipeline/handbook.js');
    // The bar goes to standard error: it shows when that is a terminal, whatever stdout is.
    bar = !flags.quiet && io.stderrIsTTY ? new ProgressBar(io.stderr, lang, process.stderr.columns || 80) : undefined;
    const result = await renderHandbook(files, {
      cwd: io.cwd,
      page: flags.page,
      lang: flags.lang,
      fonts,
      title: flags.title,
      tables: flags.tables ?? false,
      configFile: flags.config,
      formsInline: flags.forms === 'inline',
      layout: flags.layout,
      out,
      creator: `sop ${packageVersion()}`,
      onProgress: bar ? (p) => bar!.update(p) : undefined,
    });
    bar?.clear();
    lang = result.lang;
    for (const warning of result.warnings) io.stderr(warning.file ? `${warning.file}: ${warning.message}\n` : `${warning.message}\n`);
    for (const file of result.skipped) io.stderr(`${localize(RENDER_MESSAGES.notInBook, lang, { file: file.displayPath })}\n`);
    await printUndrawable(io, result.skipped, lang, { toStderr: true, color: false });
    const shown = toStream ? STDOUT_PATH : path.relative(io.cwd, out) || out;
    if (!result.written) {
      io.stderr(`${localize(RENDER_MESSAGES.noneDrawable, lang)}\n`);
      io.exitCode = 1;
      return;
    }
    if (toStream) io.stdoutBytes(readFileSync(out));
    else io.stdout(`${shown}\n`);
    if (result.skipped.length > 0) {
      io.stderr(`${localize(RENDER_MESSAGES.bookSummary, lang, { file: shown, pages: result.pages, sops: result.entries.length, skipped: result.skipped.length })}\n`);
      io.exitCode = 1;
    }
  } catch (error) {
    bar?.clear();
    throw renderUsageError(error, lang);
  } finally {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
}
