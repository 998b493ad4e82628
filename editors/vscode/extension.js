// The SOP extension: starts `sop lsp` (the project's own, from node_modules/.bin, else the one
// on PATH) for *.sop.yaml, *.sop.yml and sop.config.yaml. Everything else is the server's.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

const YAML_EXTENSION = 'redhat.vscode-yaml';
let client;

/** The `sop` program: the setting, the first workspace folder that has it installed, or PATH. */
function sopCommand() {
  const configured = vscode.workspace.getConfiguration('sop').get('path');
  if (configured) return configured;
  const names = process.platform === 'win32' ? ['sop.cmd', 'sop'] : ['sop'];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    for (const name of names) {
      const candidate = path.join(folder.uri.fsPath, 'node_modules', '.bin', name);
      if (fs.existsSync(candidate)) return candidate;
    }
  }
  return 'sop';
}

/** The server's settings (README.md, "Editors"), from the extension's. */
function serverSettings() {
  const config = vscode.workspace.getConfiguration('sop');
  const schema = config.get('schemaDiagnostics');
  return {
    lang: config.get('lang') || undefined,
    schemaDiagnostics: schema === 'auto' ? vscode.extensions.getExtension(YAML_EXTENSION) === undefined : schema === 'on',
  };
}

function createClient() {
  const command = sopCommand();
  const serverOptions = {
    command,
    args: ['lsp'],
    transport: TransportKind.stdio,
    // A .cmd shim (Windows) only runs through a shell.
    options: { shell: process.platform === 'win32' && command.endsWith('.cmd') },
  };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', pattern: '**/*.sop.{yaml,yml}' },
      { scheme: 'file', pattern: '**/sop.config.{yaml,yml}' },
    ],
    initializationOptions: serverSettings(),
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.sop.yaml,*.sop.yml,sop.config.yaml,sop.config.yml}'),
    },
  };
  return new LanguageClient('sop', 'SOP', serverOptions, clientOptions);
}

async function restart() {
  if (client) await client.stop();
  client = createClient();
  await client.start();
}

/**
 * Placeholder for the preview. `sop preview` (a local page with the chart and its findings,
 * reloading as files are saved) comes in a later version; this command will then start
 * `sop preview <file>`, read the address it prints, and open it beside the editor
 * (vscode.ViewColumn.Beside). Until then it says so.
 */
async function openPreview() {
  const chinese = vscode.env.language.toLowerCase().startsWith('zh');
  const message = chinese
    ? 'SOP 流程圖預覽（sop preview）尚未推出；目前請用 `sop render <檔案> -o out` 產生 SVG 或 PDF。'
    : 'The SOP preview (`sop preview`) is not available yet; for now run `sop render <file> -o out` for SVG or PDF.';
  await vscode.window.showInformationMessage(message);
}

async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('sop.openPreview', openPreview),
    vscode.commands.registerCommand('sop.restartServer', restart),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('sop.path')) void restart();
      else if (event.affectsConfiguration('sop') && client) {
        void client.sendNotification('workspace/didChangeConfiguration', { settings: { sop: serverSettings() } });
      }
    }),
    vscode.extensions.onDidChange(() => {
      if (client) void client.sendNotification('workspace/didChangeConfiguration', { settings: { sop: serverSettings() } });
    }),
  );
  await restart();
}

async function deactivate() {
  if (client) await client.stop();
}

module.exports = { activate, deactivate };
