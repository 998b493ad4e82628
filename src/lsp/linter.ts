// When to lint and what to publish: an opened document at once, a changed one after a quiet
// time (the debounce), every open SOP again when what other files see of a file changed
// (its id, title, unit or a rule's cross-file facts), and the config files' own errors.

import type { Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigError, loadConfigFile } from '../config/load-config.js';
import type { Finding } from '../engine/types.js';
import type { Lang } from '../i18n/lang.js';
import { configProblems, type ConfigProblem } from './config-errors.js';
import { brokenConfigDiagnostic, configDiagnostics, SCHEMA_RULE_IDS, toDiagnostic } from './diagnostics.js';
import { fileOfUri, isConfigFile, isSopFile, uriOfFile } from './documents.js';
import type { ServerSettings } from './settings.js';
import type { Workspaces } from './workspaces.js';

export interface LintHost {
  documents: TextDocuments<TextDocument>;
  workspaces: Workspaces;
  settings(): ServerSettings;
  publish(uri: string, diagnostics: Diagnostic[], version?: number): void;
  log(message: string): void;
}

export class Linter {
  private timer?: NodeJS.Timeout;
  /** Open SOPs whose text changed since they were last linted. */
  private readonly pending = new Set<string>();
  private readonly findingsByUri = new Map<string, { version: number; findings: Finding[] }>();
  /** Config files that have diagnostics now (to clear them once fixed). */
  private configUris = new Set<string>();

  constructor(
    private readonly host: LintHost,
    /** Resolves once the workspace is indexed. */
    private readonly ready: Promise<void>,
  ) {}

  /** A document was opened (lint at once) or changed (lint after the debounce). */
  changed(uri: string, immediately: boolean): void {
    const file = fileOfUri(uri);
    if (!file) return;
    if (isConfigFile(file)) {
      if (immediately) void this.ready.then(() => this.publishConfigs());
      return;
    }
    if (!isSopFile(file)) return;
    this.pending.add(uri);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), immediately ? 0 : this.host.settings().debounceMs);
  }

  /** A document was closed: back to its text on disk, and its diagnostics cleared. */
  closed(uri: string): void {
    const file = fileOfUri(uri);
    if (!file || !isSopFile(file)) return;
    this.pending.delete(uri);
    this.findingsByUri.delete(uri);
    this.host.publish(uri, []);
    void this.ready.then(() => {
      if (this.host.workspaces.forFile(file).setText(file, undefined)) this.lintOpen(this.openSops());
    });
  }

  /** Lint every open SOP again (the configs or the settings changed). */
  relintAll(): void {
    for (const uri of this.openSops()) this.pending.add(uri);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), 0);
  }

  /** The findings last published for this version of the document. */
  findings(uri: string, version: number): Finding[] | undefined {
    const last = this.findingsByUri.get(uri);
    return last && last.version === version ? last.findings : undefined;
  }

  private openSops(): string[] {
    return this.host.documents.all().flatMap((doc) => {
      const file = fileOfUri(doc.uri);
      return file && isSopFile(file) ? [doc.uri] : [];
    });
  }

  private async run(): Promise<void> {
    await this.ready;
    const uris = [...this.pending];
    this.pending.clear();
    let seenByOthers = false;
    for (const uri of uris) {
      const document = this.host.documents.get(uri);
      const file = fileOfUri(uri);
      if (!document || !file) continue;
      seenByOthers = this.host.workspaces.forFile(file).setText(file, document.getText()) || seenByOthers;
    }
    this.lintOpen(seenByOthers ? this.openSops() : uris);
  }

  private lintOpen(uris: string[]): void {
    for (const uri of uris) {
      try {
        this.lintOne(uri);
      } catch (error) {
        this.host.log(`sop lsp: cannot lint ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }
  }

  private lintOne(uri: string): void {
    const document = this.host.documents.get(uri);
    const file = fileOfUri(uri);
    if (!document || !file) return;
    const index = this.host.workspaces.forFile(file);
    if (!index.has(file)) index.setText(file, document.getText());
    const settings = this.host.settings();
    const configError = index.configErrorOf(file);
    if (configError) {
      this.findingsByUri.delete(uri);
      const lang = settings.lang ?? settings.clientLang;
      this.host.publish(uri, [brokenConfigDiagnostic(configProblems(configError), configError.message, index.root, lang)], document.version);
      return;
    }
    const result = index.check(file, (config) => settings.lang ?? config.lang ?? settings.clientLang);
    const findings = (result?.findings ?? []).filter((f) => settings.schemaDiagnostics || !SCHEMA_RULE_IDS.has(f.ruleId));
    this.findingsByUri.set(uri, { version: document.version, findings });
    this.host.publish(uri, findings.map(toDiagnostic), document.version);
  }

  /** Every broken config's problems in its own file; configs fixed since are cleared. */
  publishConfigs(): void {
    const byFile = new Map<string, ConfigProblem[]>();
    for (const index of this.host.workspaces.all()) {
      for (const error of index.configErrors()) {
        for (const problem of configProblems(error)) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
      }
    }
    const openUris = new Map(this.host.documents.all().map((doc) => [fileOfUri(doc.uri), doc.uri]));
    const lang = this.host.settings().lang ?? this.host.settings().clientLang;
    for (const file of openUris.keys()) {
      // An open config that no SOP uses yet is checked on its own.
      if (file && isConfigFile(file) && !byFile.has(file)) {
        const error = configErrorOfFile(file, lang);
        if (error) byFile.set(file, configProblems(error, file));
      }
    }
    const published = new Set<string>();
    for (const [file, problems] of byFile) {
      const uri = openUris.get(file) ?? uriOfFile(file);
      published.add(uri);
      this.host.publish(uri, configDiagnostics(dedupe(problems)));
    }
    for (const [file, uri] of openUris) if (file && isConfigFile(file) && !published.has(uri)) this.host.publish(uri, []);
    for (const uri of this.configUris) if (!published.has(uri)) this.host.publish(uri, []);
    this.configUris = published;
  }
}

function configErrorOfFile(file: string, lang: Lang): ConfigError | undefined {
  try {
    loadConfigFile(file, lang);
    return undefined;
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
}

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
