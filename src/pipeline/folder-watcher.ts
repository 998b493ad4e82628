// Watches folders (not files: editors often save by writing a new file and renaming it over the
// old one, which a watch on the file would lose) and calls back once a burst of changes to YAML
// files, or to the folders themselves, has settled. Shared by `sop preview` and `sop render
// --watch`, with the folders to watch for a set of SOP files (watchedFolders).

import { statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { findConfigFile } from '../config/load-config.js';

/** Names whose change may matter: YAML files, and names without an extension (new folders). */
const RELEVANT = /\.ya?ml$|^[^.]+$/i;

export class FolderWatcher {
  private readonly watchers = new Map<string, FSWatcher>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly onChange: () => void,
    private readonly settleMs = 60,
  ) {}

  /** Watches exactly these folders from now on (new ones added, others closed). */
  watch(folders: Iterable<string>): void {
    const wanted = new Set(folders);
    for (const [folder, watcher] of this.watchers) {
      if (wanted.has(folder)) continue;
      watcher.close();
      this.watchers.delete(folder);
    }
    for (const folder of wanted) {
      if (this.watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, { persistent: true }, (_event, name) => {
          if (name === null || RELEVANT.test(String(name))) this.changed();
        });
        // A folder that goes away: forget it; the next refresh says what is watched.
        watcher.on('error', () => {
          watcher.close();
          if (this.watchers.get(folder) === watcher) this.watchers.delete(folder);
          this.changed();
        });
        this.watchers.set(folder, watcher);
      } catch {
        // Gone between discovery and now: nothing to watch.
      }
    }
  }

  get folders(): string[] {
    return [...this.watchers.keys()];
  }

  close(): void {
    clearTimeout(this.timer);
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }

  private changed(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(this.onChange, this.settleMs);
  }
}

/** A path's folder: itself when it is one. */
function folderOf(file: string): string {
  try {
    return statSync(file).isDirectory() ? file : path.dirname(file);
  } catch {
    return path.dirname(file);
  }
}

/**
 * The folders to watch for the SOP files found under `paths` (files, folders, globs; none: the
 * working folder): each file's folder and the folders above it up to the folder it was found
 * from (so that a new file or subfolder is seen), and the folders of the configs that apply.
 */
export function watchedFolders(options: { cwd: string; paths: readonly string[]; configFile?: string }, files: readonly string[]): string[] {
  const { cwd, paths, configFile } = options;
  const roots = (paths.length > 0 ? paths : ['.']).map((p) => path.resolve(cwd, p.replace(/[*?[{].*$/, '') || '.'));
  const folders = new Set<string>(roots.map(folderOf));
  const under = (folder: string) => roots.some((root) => folder === root || folder.startsWith(root + path.sep));
  for (const file of files) {
    let folder = path.dirname(file);
    while (!folders.has(folder)) {
      folders.add(folder);
      const parent = path.dirname(folder);
      if (parent === folder || !under(parent)) break;
      folder = parent;
    }
  }
  const configs = configFile ? [path.resolve(cwd, configFile)] : [...folders].map(findConfigFile);
  for (const config of configs) if (config) folders.add(path.dirname(config));
  return [...folders].sort();
}
