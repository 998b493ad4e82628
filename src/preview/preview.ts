// `sop preview`: the project read once, a server on 127.0.0.1, and a watcher that reads the
// project again when a file is saved and tells the open pages. Everything stays in memory.

import { localize, type Lang } from '../i18n/lang.js';
import { InputError } from '../pipeline/messages.js';
import { loadRenderFonts } from '../pipeline/render-fonts.js';
import type { PaperSize } from '../render/compose-handbook.js';
import { PreviewApp } from './app.js';
import { PREVIEW_MESSAGES } from './messages.js';
import { PreviewProject, type ProjectOptions } from './project.js';
import { PreviewServer } from './server.js';
import { FolderWatcher } from '../pipeline/folder-watcher.js';

export interface PreviewOptions extends ProjectOptions {
  /** 0: a free port. */
  port: number;
  fontFile?: string;
  page: PaperSize;
  formsInline: boolean;
  tables: boolean;
  /** The PDF's Creator entry. */
  creator: string;
  /** Called after each reload, with the new generation (tests, bench). */
  onReload?(generation: number): void;
}

export interface RunningPreview {
  url: string;
  lang: Lang;
  /** SOP files found at the start. */
  count: number;
  /** Stops watching and serving. */
  close(): Promise<void>;
}

/**
 * Starts the preview. Throws ConfigError, DiscoveryError or InputError (a font it cannot read, a
 * port it cannot listen on) when it cannot start; later errors are shown on the page.
 */
export async function startPreview(options: PreviewOptions): Promise<RunningPreview> {
  const project = new PreviewProject(options);
  project.refresh({ throwErrors: true });
  const run = project.run!;
  const fonts = loadRenderFonts(run, options.fontFile);
  const app = new PreviewApp(project, { fonts, page: options.page, formsInline: options.formsInline, tables: options.tables, creator: options.creator });
  const server = new PreviewServer(app);

  const watcher = new FolderWatcher(() => {
    project.refresh();
    watcher.watch(project.watchedFolders());
    app.drawings.keepOnly(new Set(project.sources.map((s) => s.result.filePath)));
    server.broadcast('change', { generation: project.generation });
    app.redrawRecent();
    options.onReload?.(project.generation);
  });
  watcher.watch(project.watchedFolders());

  let url: string;
  try {
    url = await server.listen(options.port);
  } catch (error) {
    watcher.close();
    await server.close();
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'EADDRINUSE' ? localize(PREVIEW_MESSAGES.portInUse, run.lang, { port: options.port }) : localize(PREVIEW_MESSAGES.cannotListen, run.lang, { detail: (error as Error).message });
    throw new InputError(message);
  }
  return {
    url,
    lang: run.lang,
    count: project.sources.length,
    close: async () => {
      watcher.close();
      await server.close();
    },
  };
}
