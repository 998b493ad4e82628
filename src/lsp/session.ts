// What the server's handlers share once the client has said who it is (its own file, so that the
// server and the feature handlers need not import each other).

import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Linter } from './linter.js';
import type { ServerSettings } from './settings.js';
import type { Workspaces } from './workspaces.js';

/** Everything the handlers share once the client has said who it is. */
export interface Session {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  settings: ServerSettings;
  workspaces: Workspaces;
  linter: Linter;
  canShowDocument: boolean;
}
