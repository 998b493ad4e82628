// The work of `sop render`, loaded only when the command runs (render-command.ts defines its options
// and help): the flags checked, then one render (or --watch: a render on every change) of each SOP to
// its own files, or the handbook (render-handbook.ts).

import path from 'node:path';
import { localize, type Lang } from '../i18n/lang.js';
import { findSopFiles, openRun } from '../pipeline/render-run.js';
import { CLI_MESSAGES } from './messages.js';
import { packageVersion } from './package-version.js';
import { renderHandbookAction } from './render-handbook.js';
import { parseFormats, parseScale, prepareLayout, printUndrawable, RENDER_MESSAGES, renderUsageError, type RenderFlags } from './render-output.js';
import { useColor } from './color.js';
import type { RenderFormat } from '../pipeline/render-sops.js';
import { STDOUT_PATH, UsageError, warnUnreadable, type CommandIO } from './usage.js';

/** `sop render [paths…]` with its flags. */
export async function renderCommandAction(io: CommandIO, paths: string[], flags: RenderFlags): Promise<void> {
  const lang: Lang = flags.lang ?? 'zh-TW';
  if (flags.handbook !== undefined && flags.compare !== undefined) throw new UsageError(localize(RENDER_MESSAGES.notWithHandbook, lang));
  if (flags.handbook !== undefined && flags.format !== 'both' && flags.format !== 'pdf') throw new UsageError(localize(RENDER_MESSAGES.handbookFormat, lang, { format: flags.format }));
  if (flags.handbook === undefined && flags.outDir === STDOUT_PATH) throw new UsageError(localize(RENDER_MESSAGES.outDirStdout, lang));
  const formats = parseFormats(flags.format, lang);
  const scale = parseScale(flags.scale, lang);
  const render = () => (flags.handbook !== undefined ? renderHandbookAction(io, paths, flags) : renderAction(io, paths, flags, { formats, scale }));
  if (!flags.watch) return render();
  const { watchRenders } = await import('./render-watch.js');
  return watchRenders(io, { lang, paths: flags.handbook !== undefined ? [flags.handbook] : paths, configFile: flags.config }, render);
}

/** One render of the SOPs under `paths`, each to its own files. */
async function renderAction(io: CommandIO, paths: string[], flags: RenderFlags, output: { formats: Set<RenderFormat>; scale: number }): Promise<void> {
  let lang: Lang = flags.lang ?? 'zh-TW';
  try {
    const run = openRun({ cwd: io.cwd, lang: flags.lang, configFile: flags.config });
    lang = run.lang;
    const files = findSopFiles(run, paths, warnUnreadable(io, lang));
    if (files.length === 0) throw new UsageError(localize(CLI_MESSAGES.noFiles, lang, { where: paths.join(' ') || io.cwd }));
    // The rendering machinery (ELK, fontkit, pdfkit) loads only when a render runs; ELK's thread
    // starts when a chart first needs it (--layout elk: first, to load beside the rest and the lint).
    await prepareLayout(flags.layout);
    const { renderSops } = await import('../pipeline/render-sops.js');
    const outcome = await renderSops(
      run,
      files,
      {
        outDir: path.resolve(io.cwd, flags.outDir),
        ...output,
        page: flags.page,
        fontFile: flags.font,
        embedFont: flags.embedFont ?? false,
        formsInline: flags.forms === 'inline',
        layout: flags.layout,
        tables: flags.tables ?? false,
        compare: flags.compare,
        creator: `sop ${packageVersion()}`,
      },
      { written: (file) => io.stdout(`${path.relative(io.cwd, file) || file}\n`), notice: (line) => io.stderr(`${line}\n`) },
    );
    await printUndrawable(io, outcome.blocked, lang, { toStderr: false, color: useColor({ flag: flags.color, terminal: io.isTTY, env: io.env }) });
    if (outcome.skipped > 0) {
      io.stderr(`${localize(RENDER_MESSAGES.summary, lang, { written: outcome.written.length, skipped: outcome.skipped })}\n`);
      io.exitCode = 1;
    }
  } catch (error) {
    throw renderUsageError(error, lang);
  }
}
