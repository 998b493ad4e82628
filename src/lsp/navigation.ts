// Go to definition and find references: a step id ↔ the `next` and `branches` that point to it,
// an SOP's id ↔ the `sop:` references to it in the workspace's other files, a note of `notes`
// ↔ its marks (`notes: [1]`, (註1)).

import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location } from 'vscode-languageserver/node';
import type { WorkspaceIndex } from './workspace-index.js';
import { documentSymbols, occurrenceAt, type DocumentSymbols, type Occurrence } from './yaml-symbols.js';

/** The document a request is about, with what the workspace knows. */
export interface NavigationContext {
  document: TextDocument;
  file: string;
  symbols: DocumentSymbols;
  index: WorkspaceIndex;
  /** The URI to report for a file (an open document's own URI, or a file: URI). */
  uriOf(file: string): string;
}

function locationIn(document: TextDocument, occurrence: Occurrence): Location {
  return { uri: document.uri, range: { start: document.positionAt(occurrence.start), end: document.positionAt(occurrence.end) } };
}

/** Other files of the workspace that may mention an SOP id, with their symbols. */
function* otherFiles(context: NavigationContext, sopId: string): Iterable<{ document: TextDocument; symbols: DocumentSymbols }> {
  for (const entry of context.index.entries()) {
    if (entry.file.file === context.file || !entry.file.text.includes(sopId)) continue;
    const document = TextDocument.create(context.uriOf(entry.file.file), 'yaml', 0, entry.file.text);
    yield { document, symbols: documentSymbols(entry.file.text) };
  }
}

function sameName(a: Occurrence, b: Occurrence): boolean {
  return a.kind === b.kind && a.name === b.name;
}

export function definition(context: NavigationContext, offset: number): Location[] {
  const at = occurrenceAt(context.symbols, offset);
  if (!at) return [];
  if (at.kind !== 'sop') {
    return context.symbols.occurrences.filter((o) => o.definition && sameName(o, at)).map((o) => locationIn(context.document, o));
  }
  if (at.definition) return [locationIn(context.document, at)];
  const found: Location[] = [];
  for (const other of otherFiles(context, at.name)) {
    const own = other.symbols.occurrences.find((o) => o.definition && sameName(o, at));
    if (own) found.push(locationIn(other.document, own));
  }
  return found;
}

export function references(context: NavigationContext, offset: number, includeDeclaration: boolean): Location[] {
  const at = occurrenceAt(context.symbols, offset);
  if (!at) return [];
  const wanted = (o: Occurrence) => sameName(o, at) && (includeDeclaration || !o.definition);
  const found = context.symbols.occurrences.filter(wanted).map((o) => locationIn(context.document, o));
  if (at.kind === 'sop') {
    for (const other of otherFiles(context, at.name)) {
      // The referenced SOP's own `id:` in its file is the declaration.
      for (const o of other.symbols.occurrences.filter(wanted)) found.push(locationIn(other.document, o));
    }
  }
  return found;
}
