// `sop render --watch`: renders once, then again whenever an SOP file or a sop.config.yaml in the
// watched folders changes (a burst of saves settles first), until Ctrl-C or SIGTERM: then the
// watchers close and it exits 0. A render that fails (a config that does not load, no SOP files
// yet, a file it cannot write) is printed like any usage error and the watch goes on.

import { localize, type Lang } from '../i18n/lang.js';
import { FolderWatcher, watchedFolders } from '../pipeline/folder-watcher.js';
import { findSopFiles, openRun } from '../pipeline/render-run.js';
import { RENDER_MESSAGES } from './render-output.js';
import { stopSignal } from './stop-signal.js';
import { UsageError, type CommandIO } from './usage.js';

export interface WatchOptions {
  lang: Lang;
  /** The paths the render reads (for --handbook: its folder). */
  paths: string[];
  configFile?: string;
  /** How long a burst of changes must be quiet before rendering (ms). */
  settleMs?: number;
}

/** The SOP files the render would read now, for the folders to watch; none when the paths or the config do not work (yet). */
function currentFiles(io: CommandIO, options: WatchOptions): string[] {
  try {
    return findSopFiles(openRun({ cwd: io.cwd, lang: options.lang, configFile: options.configFile }), options.paths);
  } catch {
    return [];
  }
}

/** Runs `render` now and after every change until the process is stopped. */
export async function watchRenders(io: CommandIO, options: WatchOptions, render: () => Promise<void>): Promise<void> {
  const stopped = stopSignal();
  /** The render loop while it runs. */
  let running: Promise<void> | undefined;
  let pending = false;
  let closed = false;

  const once = async () => {
    io.exitCode = 0;
    try {
      await render();
    } catch (error) {
      // The watch survives what a single render would exit for.
      const message = error instanceof UsageError ? error.message : localize(RENDER_MESSAGES.watchFailed, options.lang, { detail: (error as Error).message });
      io.stderr(`sop: ${message}\n`);
    }
  };
  const watcher = new FolderWatcher(() => void cycle(true), options.settleMs ?? 200);
  // Watched before each render too, so that a save during a render is not missed (it renders again after).
  const watchNow = () => watcher.watch(watchedFolders({ cwd: io.cwd, paths: options.paths, configFile: options.configFile }, currentFiles(io, options)));
  function cycle(changed: boolean): Promise<void> {
    if (running) {
      pending = true;
      return running;
    }
    running = loop(changed).finally(() => (running = undefined));
    return running;
  }
  async function loop(changed: boolean): Promise<void> {
    do {
      pending = false;
      if (changed) io.stderr(`${localize(RENDER_MESSAGES.changed, options.lang)}\n`);
      await once();
      if (closed) break;
      // A new file or folder may have come, or a config: watch what applies now.
      watchNow();
      io.stderr(`${localize(RENDER_MESSAGES.watching, options.lang, { folders: watcher.folders.length })}\n`);
      changed = true;
    } while (pending);
  }

  watchNow();
  await cycle(false);
  await stopped;
  closed = true;
  watcher.close();
  // A render under way finishes (its files are written whole or not at all).
  await running;
  io.exitCode = 0;
  io.stderr(`${localize(RENDER_MESSAGES.watchStopped, options.lang)}\n`);
}
