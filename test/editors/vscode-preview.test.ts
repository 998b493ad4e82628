// The VS Code extension's `SOP: Open Preview to the Side`, run against a stand-in of the `vscode`
// API (the extension is plain CommonJS): it starts the real `sop preview` in the workspace folder
// once, opens the page beside the editor at the file being edited, and stops it on deactivate.

import { cpSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

interface Extension {
  activate(context: { subscriptions: unknown[] }): Promise<void>;
  deactivate(): Promise<void>;
}

const BESIDE = -2;
const dir = mkdtempSync(path.join(tmpdir(), 'sop-vscode-'));
cpSync(path.join(ROOT, 'examples'), dir, { recursive: true });
const folder = { uri: { fsPath: dir, scheme: 'file' } };
const editing = { uri: { fsPath: path.join(dir, 'petition-online.sop.yaml'), scheme: 'file' } };

const commands = new Map<string, (...args: unknown[]) => unknown>();
const executed: unknown[][] = [];
const messages: string[] = [];
const disposable = { dispose: () => undefined };
const vscode = {
  ViewColumn: { Beside: BESIDE },
  Uri: { parse: (text: string) => ({ text, toString: () => text }) },
  env: { language: 'en', asExternalUri: async (uri: unknown) => uri },
  workspace: {
    workspaceFolders: [folder],
    getWorkspaceFolder: () => folder,
    getConfiguration: () => ({ get: (key: string) => ({ path: path.join(ROOT, 'bin/sop.js'), lang: 'en', schemaDiagnostics: 'auto' })[key] }),
    createFileSystemWatcher: () => disposable,
    onDidChangeConfiguration: () => disposable,
  },
  window: {
    activeTextEditor: { document: editing },
    showErrorMessage: async (text: string) => void messages.push(text),
    showWarningMessage: async (text: string) => void messages.push(text),
    showInformationMessage: async (text: string) => void messages.push(text),
  },
  commands: {
    registerCommand: (name: string, handler: (...args: unknown[]) => unknown) => (commands.set(name, handler), disposable),
    executeCommand: async (...args: unknown[]) => void executed.push(args),
  },
  extensions: { getExtension: () => undefined, onDidChange: () => disposable },
};
class LanguageClient {
  async start() {}
  async stop() {}
  async sendNotification() {}
}

/** Loads extension.js with the stand-ins for `vscode` and `vscode-languageclient/node`. */
function loadExtension(): Extension {
  const require = createRequire(import.meta.url);
  const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = Module._load;
  Module._load = (request: string, ...rest: unknown[]) => {
    if (request === 'vscode') return vscode;
    if (request === 'vscode-languageclient/node') return { LanguageClient, TransportKind: { stdio: 0 } };
    return load(request, ...rest);
  };
  try {
    return require(path.join(ROOT, 'editors/vscode/extension.js')) as Extension;
  } finally {
    Module._load = load;
  }
}

describe('VS Code: SOP: Open Preview to the Side', () => {
  const extension = loadExtension();
  afterAll(() => extension.deactivate());

  it('starts sop preview for the workspace once and opens it beside the editor at the edited SOP', async () => {
    await extension.activate({ subscriptions: [] });
    await commands.get('sop.openPreview')!();
    expect(messages).toEqual([]);
    expect(executed).toHaveLength(1);
    const [command, uri, options] = executed[0]!;
    expect(command).toBe('simpleBrowser.api.open');
    expect(options).toEqual({ viewColumn: BESIDE, preserveFocus: true });
    const url = String(uri);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#file=petition-online\.sop\.yaml$/);
    const list = (await (await fetch(new URL('/api/sops', url))).json()) as { sops: { file: string }[] };
    expect(list.sops.map((s) => s.file)).toContain('petition-online.sop.yaml');

    await commands.get('sop.openPreview')!();
    expect(String(executed[1]![1])).toBe(url);

    await extension.deactivate();
    await expect(fetch(new URL('/api/sops', url))).rejects.toThrow();
  });
});
