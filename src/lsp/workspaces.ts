// The workspace folders of the editor, each indexed on its own like `sop lint` run in it; a file
// opened outside every folder gets an index of its own folder with only the open files in it.

import path from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { WorkspaceIndex } from './workspace-index.js';

function contains(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

export class Workspaces {
  /** Deepest folder first, so that a nested folder wins. */
  private readonly folders: WorkspaceIndex[];
  private readonly loose = new Map<string, WorkspaceIndex>();

  constructor(
    roots: string[],
    private readonly lang: () => Lang,
  ) {
    this.folders = [...new Set(roots.map((r) => path.resolve(r)))]
      .sort((a, b) => b.length - a.length)
      .map((root) => new WorkspaceIndex(root, lang, true));
  }

  async indexAll(): Promise<void> {
    for (const index of this.all()) await index.indexAll();
  }

  /** The index a file belongs to. */
  forFile(file: string): WorkspaceIndex {
    const folder = this.folders.find((index) => contains(index.root, file));
    if (folder) return folder;
    const directory = path.dirname(file);
    let index = this.loose.get(directory);
    if (!index) {
      index = new WorkspaceIndex(directory, this.lang, false);
      this.loose.set(directory, index);
    }
    return index;
  }

  all(): WorkspaceIndex[] {
    return [...this.folders, ...this.loose.values()];
  }
}
