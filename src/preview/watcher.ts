// Watches folders (not files: editors often save by writing a new file and renaming it over the
// old one, which a watch on the file would lose) and calls back once a burst of changes to YAML
// files, or to the folders themselves, has settled.

import { watch, type FSWatcher } from 'node:fs';

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
