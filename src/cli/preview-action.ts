// The work of `sop preview`, loaded only when the command runs (preview-command.ts defines its options and help).

import { localize, type Lang } from '../i18n/lang.js';
import { PREVIEW_MESSAGES } from '../preview/messages.js';
import { elkCodeCacheFile } from '../package-info.js';
import { packageVersion } from './package-version.js';
import { renderUsageError } from './render-output.js';
import { stopSignal } from './stop-signal.js';
import { UsageError, type CommandIO } from './usage.js';

function parsePort(value: string, lang: Lang): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(localize(PREVIEW_MESSAGES.badPort, lang, { value }));
  return port;
}

export interface PreviewFlags {
  port: string;
  lang?: Lang;
  config?: string;
  font?: string;
  page: 'A4' | 'A3' | 'letter';
  forms: 'column' | 'inline';
  tables?: boolean;
}

/** `sop preview [paths…]` with its flags. */
export async function previewAction(io: CommandIO, paths: string[], flags: PreviewFlags): Promise<void> {
  const lang: Lang = flags.lang ?? 'zh-TW';
  const port = parsePort(flags.port, lang);
  const stopped = stopSignal();
  // ELK's thread compiles from the build's code cache, as in sop render, when a chart first needs it.
  (await import('../render/layout/elk-thread.js')).useLayoutCodeCache(elkCodeCacheFile());
  const { startPreview } = await import('../preview/preview.js');
  let preview;
  try {
    preview = await startPreview({
      cwd: io.cwd,
      paths,
      lang: flags.lang,
      configFile: flags.config,
      port,
      fontFile: flags.font,
      page: flags.page,
      formsInline: flags.forms === 'inline',
      tables: flags.tables ?? false,
      creator: `sop ${packageVersion()}`,
    });
  } catch (error) {
    throw renderUsageError(error, lang);
  }
  io.stdout(`${localize(PREVIEW_MESSAGES.listening, preview.lang, { url: preview.url, count: preview.count })}\n`);
  await stopped;
  await preview.close();
  io.stderr(`${localize(PREVIEW_MESSAGES.stopped, preview.lang)}\n`);
}
