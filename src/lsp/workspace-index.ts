// Every SOP of a workspace folder, loaded once and kept current: open documents by their
// unsaved text, the others as on disk. Linting one file then costs its own parse and its rules;
// the other files are only their summaries in the project index (cross-file checks), exactly
// the set `sop lint` would read when run in the folder with no paths.

import { isDeepStrictEqual } from 'node:util';
import { ConfigError, ConfigResolver } from '../config/load-config.js';
import type { ResolvedConfig } from '../config/types.js';
import { buildProjectIndex, checkLoaded, loadSources, summarize, type LoadedEntry } from '../engine/lint.js';
import type { FileResult, ProjectIndex, SopSummary } from '../engine/types.js';
import type { Lang } from '../i18n/lang.js';
import { discoverFiles } from '../loader/discover.js';

interface IndexedFile {
  entry?: LoadedEntry;
  summary?: SopSummary;
  /** Why the file could not be loaded: its config is broken. */
  configError?: ConfigError;
}

/** How many files are loaded between two turns of the event loop while indexing. */
const INDEX_BATCH = 20;

export class WorkspaceIndex {
  private resolver: ConfigResolver;
  private files = new Map<string, IndexedFile>();
  /** Unsaved text of open documents. */
  private readonly texts = new Map<string, string>();
  private project?: ProjectIndex;
  /** Config errors met while discovering (the folder's own config). */
  private discoveryError?: ConfigError;

  constructor(
    /** The folder: the working directory of `sop lint` (display paths, discovery). */
    readonly root: string,
    /** Language of config error messages. */
    private readonly lang: () => Lang,
    /** Whether to find the folder's SOPs (false: only the files opened). */
    private readonly discover: boolean,
  ) {
    this.resolver = new ConfigResolver(root, lang());
  }

  /**
   * Finds and loads every SOP of the folder; yields to the event loop between batches. The new
   * index replaces the old one when complete, so that checks meanwhile see a whole workspace.
   */
  async indexAll(): Promise<void> {
    const resolver = new ConfigResolver(this.root, this.lang());
    const found = new Set(this.texts.keys());
    let discoveryError: ConfigError | undefined;
    if (this.discover) {
      const discovered = this.discoverFiles(resolver);
      discoveryError = discovered.error;
      for (const file of discovered.files) found.add(file);
    }
    const files = new Map<string, IndexedFile>();
    let count = 0;
    for (const file of found) {
      files.set(file, this.loadWith(resolver, file));
      if (++count % INDEX_BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    this.resolver = resolver;
    this.files = files;
    this.discoveryError = discoveryError;
    this.project = undefined;
  }

  /** The SOPs `sop lint` would find in the folder with no paths. */
  private discoverFiles(resolver: ConfigResolver): { files: string[]; error?: ConfigError } {
    let config: ResolvedConfig | undefined;
    let error: ConfigError | undefined;
    try {
      config = resolver.forCwd();
    } catch (thrown) {
      if (!(thrown instanceof ConfigError)) throw thrown;
      error = thrown;
    }
    try {
      // Every SOP the config's include globs name, also above a workspace opened on a subfolder (cross-file checks).
      const options = { cwd: this.root, include: config?.include, exclude: config?.exclude, configRoot: config?.root, everywhere: true };
      return { files: discoverFiles([], options), error };
    } catch {
      return { files: [], error };
    }
  }

  private loadWith(resolver: ConfigResolver, file: string): IndexedFile {
    try {
      const config = resolver.forFile(file);
      const [entry] = loadSources([{ file, text: this.texts.get(file) }], { cwd: this.root, config });
      return { entry, summary: entry?.file.sop ? summarize(entry.file.sop, entry.config) : undefined };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      return { configError: error };
    }
  }

  /** (Re)loads one file from its unsaved text or from disk; true when its summary changed. */
  private load(file: string): boolean {
    const before = this.files.get(file)?.summary;
    const indexed = this.loadWith(this.resolver, file);
    this.files.set(file, indexed);
    const changed = !isDeepStrictEqual(before, indexed.summary);
    if (changed) this.project = undefined;
    return changed;
  }

  /** A document's unsaved text (undefined: closed, read it from disk); true when what other files see of it changed. */
  setText(file: string, text: string | undefined): boolean {
    if (text === undefined) this.texts.delete(file);
    else this.texts.set(file, text);
    return this.load(file);
  }

  /** A file created, changed or deleted on disk. */
  fileChanged(file: string, exists: boolean): boolean {
    if (this.texts.has(file)) return false;
    if (!exists) {
      const had = this.files.get(file)?.summary !== undefined;
      this.files.delete(file);
      if (had) this.project = undefined;
      return had;
    }
    return this.load(file);
  }

  has(file: string): boolean {
    return this.files.has(file);
  }

  entry(file: string): LoadedEntry | undefined {
    return this.files.get(file)?.entry;
  }

  /** Every loaded SOP with its summary (for navigation across files). */
  *entries(): Iterable<LoadedEntry> {
    for (const indexed of this.files.values()) if (indexed.entry) yield indexed.entry;
  }

  /** The config of a file, if it loads. */
  configFor(file: string): ResolvedConfig | undefined {
    try {
      return this.resolver.forFile(file);
    } catch {
      return undefined;
    }
  }

  /** Every config error met (one per broken config file). */
  configErrors(): ConfigError[] {
    const errors = new Map<string, ConfigError>();
    if (this.discoveryError) errors.set(this.discoveryError.message, this.discoveryError);
    for (const indexed of this.files.values()) if (indexed.configError) errors.set(indexed.configError.message, indexed.configError);
    return [...errors.values()];
  }

  configErrorOf(file: string): ConfigError | undefined {
    return this.files.get(file)?.configError;
  }

  private projectIndex(): ProjectIndex {
    this.project ??= buildProjectIndex([...this.files.values()].flatMap((f) => (f.summary ? [f.summary] : [])));
    return this.project;
  }

  /** Lints one indexed file as `sop lint` would in this folder; `lang` forces the language (like --lang). */
  check(file: string, lang: (config: ResolvedConfig) => Lang): FileResult | undefined {
    const entry = this.files.get(file)?.entry;
    if (!entry) return undefined;
    return checkLoaded([entry], this.projectIndex(), { cwd: this.root }, lang(entry.config))[0];
  }
}
