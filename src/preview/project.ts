// The SOPs the preview shows, as they are on disk now: the run (config), the files found under
// the paths, and each file's text, findings and step lines (pipeline/read-sops.ts). Refreshed on
// every change; a config or a path that stops working keeps the last result and says why.

import { ConfigError } from '../config/load-config.js';
import { allRuleMetas } from '../engine/lint.js';
import { docsUrl } from '../engine/docs-url.js';
import type { Lang } from '../i18n/lang.js';
import { DiscoveryError } from '../loader/discover.js';
import { watchedFolders } from '../pipeline/folder-watcher.js';
import { readSops, type SopSource } from '../pipeline/read-sops.js';
import { findSopFiles, openRun, type RenderRun } from '../pipeline/render-run.js';

export interface ProjectOptions {
  cwd: string;
  /** Files, folders or globs (none: as `sop render` with no paths). */
  paths: string[];
  lang?: Lang;
  configFile?: string;
}

/** One SOP in the page's list. */
export interface SopEntry {
  file: string;
  id?: string;
  title?: string;
  counts: { error: number; warn: number; info: number };
  /** Loaded (parsed and valid); an unloaded file shows its errors. */
  loaded: boolean;
}

export class PreviewProject {
  /** Counts the refreshes: the page asks again when it changes. */
  generation = 0;
  run?: RenderRun;
  sources: SopSource[] = [];
  sopTitles = new Map<string, string>();
  /** Why the last refresh failed (a config or path error), in the run's language. */
  error?: string;
  /** The last title of each file (absolute path), shown while the file does not load. */
  private readonly titles = new Map<string, string>();
  private readonly docsPages = new Map(allRuleMetas().map((meta) => [meta.id, docsUrl(meta.docs.page)]));

  constructor(readonly options: ProjectOptions) {}

  get lang(): Lang {
    return this.run?.lang ?? this.options.lang ?? 'zh-TW';
  }

  /**
   * Reads the config and every file again. A config or path error is kept in `error` (and the
   * last result with it), or thrown with `throwErrors` (at the start, when there is no last result).
   */
  refresh(options: { throwErrors?: boolean } = {}): void {
    try {
      const run = openRun({ cwd: this.options.cwd, lang: this.options.lang, configFile: this.options.configFile });
      const read = readSops(run, findSopFiles(run, this.options.paths));
      this.run = run;
      this.sources = read.sources;
      this.sopTitles = read.sopTitles;
      for (const { result } of read.sources) if (result.sop) this.titles.set(result.filePath, result.sop.title);
      this.error = undefined;
    } catch (error) {
      if (options.throwErrors || !(error instanceof ConfigError || error instanceof DiscoveryError)) throw error;
      this.error = error.message;
    }
    this.generation++;
  }

  /** The file shown as `file` (its path from the working folder). */
  source(file: string): SopSource | undefined {
    return this.sources.find((s) => s.result.displayPath === file);
  }

  entries(): SopEntry[] {
    return this.sources.map(({ result }) => {
      const counts = { error: 0, warn: 0, info: 0 };
      for (const finding of result.findings) counts[finding.severity]++;
      return { file: result.displayPath, id: result.sop?.id, title: this.titles.get(result.filePath), counts, loaded: result.sop !== undefined };
    });
  }

  /** The docs page of a rule. */
  docsUrl(ruleId: string): string | undefined {
    return this.docsPages.get(ruleId);
  }

  /** The folders to watch (see pipeline/folder-watcher.ts). */
  watchedFolders(): string[] {
    return watchedFolders(this.options, this.sources.map((s) => s.result.filePath));
  }
}
