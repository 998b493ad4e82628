// `sop lsp`: the Language Server over stdio. Serves *.sop.yaml / *.sop.yml (findings as you
// type, fixes, navigation, completion, hover) and sop.config.yaml (its errors); any other file
// is left to other servers. Loaded only by the `lsp` command.

import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { registerFeatures } from './features.js';
import { fileOfUri, isConfigFile, isSopFile } from './documents.js';
import { Linter } from './linter.js';
import { FIX_ALL_KIND, MOVE_CURSOR_COMMAND } from './code-actions.js';
import { initialSettings, mergeSettings } from './settings.js';
import { Workspaces } from './workspaces.js';
import type { Session } from './session.js';

function workspaceRoots(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  const roots = uris.flatMap((uri) => fileOfUri(uri) ?? []);
  if (roots.length === 0 && params.rootPath) roots.push(params.rootPath);
  return roots;
}

function capabilities(version: string): InitializeResult {
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      executeCommandProvider: { commands: [MOVE_CURSOR_COMMAND] },
      definitionProvider: true,
      referencesProvider: true,
      hoverProvider: true,
      completionProvider: { triggerCharacters: [' ', ':', '[', ','] },
    },
    serverInfo: { name: 'sop', version },
  };
}

/** Keeps the index and the diagnostics current as documents open, change, close and are saved. */
function trackDocuments(session: Session, reindex: () => Promise<void>): void {
  const { documents, linter } = session;
  const opening = new Set<string>();
  documents.onDidOpen(({ document }) => {
    opening.add(document.uri);
    linter.changed(document.uri, true);
  });
  documents.onDidChangeContent(({ document }) => {
    // Fired on open too: that one is linted at once, not after the debounce.
    if (!opening.delete(document.uri)) linter.changed(document.uri, false);
  });
  documents.onDidClose(({ document }) => linter.closed(document.uri));
  documents.onDidSave(({ document }) => {
    const file = fileOfUri(document.uri);
    if (file && isConfigFile(file)) void reindex();
  });
  session.connection.onDidChangeWatchedFiles(({ changes }) => {
    let configsOrFilesChanged = false;
    let seenByOthers = false;
    for (const change of changes) {
      const file = fileOfUri(change.uri);
      if (!file) continue;
      if (isConfigFile(file) || change.type !== FileChangeType.Changed) configsOrFilesChanged = true;
      else if (isSopFile(file)) seenByOthers = session.workspaces.forFile(file).fileChanged(file, true) || seenByOthers;
    }
    if (configsOrFilesChanged) void reindex();
    else if (seenByOthers) linter.relintAll();
  });
  session.connection.onDidChangeConfiguration(({ settings }) => {
    const section = settings && typeof settings === 'object' ? (settings as Record<string, unknown>).sop : undefined;
    session.settings = mergeSettings(session.settings, section);
    linter.relintAll();
  });
}

/** Starts the server on the given streams (stdin/stdout); it ends the process on `exit`. */
export function startServer(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, version: string): void {
  const connection = createConnection(ProposedFeatures.all, input, output);
  const documents = new TextDocuments(TextDocument);
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  let session: Session | undefined;
  let watchFiles = false;

  connection.onInitialize((params) => {
    const settings = initialSettings(params.locale, params.initializationOptions);
    const langNow = () => (session?.settings ?? settings).lang ?? (session?.settings ?? settings).clientLang;
    const workspaces = new Workspaces(workspaceRoots(params), langNow);
    const linter = new Linter(
      {
        documents,
        workspaces,
        settings: () => current().settings,
        publish: (uri, diagnostics, documentVersion) => void connection.sendDiagnostics({ uri, diagnostics, version: documentVersion }),
        log: (message) => connection.console.error(message),
      },
      ready,
    );
    session = { connection, documents, settings, workspaces, linter, canShowDocument: params.capabilities.window?.showDocument?.support === true };
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    trackDocuments(session, reindex);
    return capabilities(version);
  });
  const current = (): Session => session!;
  const reindex = async () => {
    await ready;
    await current().workspaces.indexAll();
    current().linter.relintAll();
    current().linter.publishConfigs();
  };

  connection.onInitialized(async () => {
    if (watchFiles) {
      const watchers = ['**/*.sop.{yaml,yml}', '**/sop.config.{yaml,yml}'].map((globPattern) => ({ globPattern }));
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    }
    try {
      await current().workspaces.indexAll();
    } catch (error) {
      connection.console.error(`sop lsp: indexing the workspace failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    markReady();
    current().linter.publishConfigs();
  });
  registerFeatures(connection, documents, current);
  documents.listen(connection);
  connection.listen();
}
