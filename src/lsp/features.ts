// The requests on an SOP document: code actions, definition, references, hover, completion,
// and the command that puts the cursor after an inserted suppression comment.

import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../i18n/lang.js';
import { codeActions, MOVE_CURSOR_COMMAND } from './code-actions.js';
import { completions } from './completion.js';
import { fileOfUri, isSopFile, uriOfFile } from './documents.js';
import { hover } from './hover.js';
import { definition, references, type NavigationContext } from './navigation.js';
import type { Session } from './session.js';
import { documentSymbols, type DocumentSymbols } from './yaml-symbols.js';

interface OpenSop extends NavigationContext {
  lang: Lang;
}

export function registerFeatures(connection: Connection, documents: TextDocuments<TextDocument>, current: () => Session): void {
  let cached: { uri: string; version: number; symbols: DocumentSymbols } | undefined;

  /** The open SOP a request is about, with its symbols (cached per version) and language. */
  const openSop = (uri: string): OpenSop | undefined => {
    const document = documents.get(uri);
    const file = fileOfUri(uri);
    if (!document || !file || !isSopFile(file)) return undefined;
    if (!cached || cached.uri !== uri || cached.version !== document.version) {
      cached = { uri, version: document.version, symbols: documentSymbols(document.getText()) };
    }
    const { settings, workspaces } = current();
    const index = workspaces.forFile(file);
    const lang = settings.lang ?? index.configFor(file)?.lang ?? settings.clientLang;
    const openUris = new Map(documents.all().map((d) => [fileOfUri(d.uri), d.uri]));
    return { document, file, symbols: cached.symbols, index, lang, uriOf: (other) => openUris.get(other) ?? uriOfFile(other) };
  };

  connection.onCodeAction(({ textDocument, range, context }) => {
    const sop = openSop(textDocument.uri);
    if (!sop) return [];
    const findings = current().linter.findings(textDocument.uri, sop.document.version) ?? [];
    return codeActions(sop.document, findings, range, context.only, sop.lang);
  });

  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    if (command !== MOVE_CURSOR_COMMAND || !current().canShowDocument || !args) return;
    const [uri, line, character] = args as [string, number, number];
    const at = { line, character };
    await connection.window.showDocument({ uri, selection: { start: at, end: at }, takeFocus: true });
  });

  connection.onDefinition(({ textDocument, position }) => {
    const sop = openSop(textDocument.uri);
    return sop ? definition(sop, sop.document.offsetAt(position)) : null;
  });

  connection.onReferences(({ textDocument, position, context }) => {
    const sop = openSop(textDocument.uri);
    return sop ? references(sop, sop.document.offsetAt(position), context.includeDeclaration) : null;
  });

  connection.onHover(({ textDocument, position }) => {
    const sop = openSop(textDocument.uri);
    return sop ? (hover(sop.document, sop.symbols, sop.document.offsetAt(position), sop.index, sop.lang) ?? null) : null;
  });

  connection.onCompletion(({ textDocument, position }) => {
    const sop = openSop(textDocument.uri);
    if (!sop) return [];
    return completions({
      text: sop.document.getText(),
      offset: sop.document.offsetAt(position),
      symbols: sop.symbols,
      config: sop.index.configFor(sop.file),
      sops: () => [...sop.index.entries()].flatMap((e) => (e.file.sop ? [{ id: e.file.sop.id, title: e.file.sop.title }] : [])),
      lang: sop.lang,
    });
  });
}
