// The SOP extension: starts `sop lsp` (the project's own, from node_modules/.bin, else the one
// on PATH) for *.sop.yaml, *.sop.yml and sop.config.yaml, and `sop preview` beside the editor on
// request. Everything else is the servers'.
'use strict';

const { spawn } = require('node:child_process');
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

/** Running `sop preview` processes, one per workspace folder: folder path → { child, url }. */
const previews = new Map();
const PREVIEW_URL = /http:\/\/127\.0\.0\.1:\d+\//;

function chinese() {
  return vscode.env.language.toLowerCase().startsWith('zh');
}

/** Starts `sop preview` in the folder; resolves to its URL once it prints it. */
function startPreview(folder) {
  const command = sopCommand();
  const lang = vscode.workspace.getConfiguration('sop').get('lang');
  const child = spawn(command, ['preview', ...(lang ? ['--lang', lang] : [])], {
    cwd: folder,
    shell: process.platform === 'win32' && command.endsWith('.cmd'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (text) => {
      stdout += text;
      const url = PREVIEW_URL.exec(stdout)?.[0];
      if (url && !previews.has(folder)) {
        previews.set(folder, { child, url });
        resolve(url);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (text) => (stderr += text));
    child.on('error', (error) => reject(error));
    child.on('exit', (code) => {
      if (previews.get(folder)?.child === child) previews.delete(folder);
      reject(new Error(stderr.trim() || `sop preview exited with code ${code}`));
    });
  });
}

/** Opens beside the editor: Simple Browser's API when it has one (it takes a column), else `simpleBrowser.show`. */
async function openBeside(url) {
  const uri = await vscode.env.asExternalUri(vscode.Uri.parse(url));
  try {
    await vscode.commands.executeCommand('simpleBrowser.api.open', uri, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
  } catch {
    await vscode.commands.executeCommand('simpleBrowser.show', uri.toString(true));
  }
}

/**
 * `SOP: Open Preview to the Side`: starts `sop preview` for the workspace folder of the file in
 * the editor (once; later calls reuse it) and opens its page beside the editor at that file.
 */
async function openPreview() {
  const document = vscode.window.activeTextEditor?.document;
  const workspace = (document && vscode.workspace.getWorkspaceFolder(document.uri)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!workspace) {
    await vscode.window.showWarningMessage(chinese() ? '請先開啟含有 SOP 檔案的資料夾。' : 'Open a folder with SOP files first.');
    return;
  }
  const folder = workspace.uri.fsPath;
  let url = previews.get(folder)?.url;
  try {
    if (!url) url = await startPreview(folder);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    await vscode.window.showErrorMessage(chinese() ? `無法啟動 sop preview：${detail}` : `Cannot start sop preview: ${detail}`);
    return;
  }
  const file = document && document.uri.scheme === 'file' ? path.relative(folder, document.uri.fsPath).split(path.sep).join('/') : '';
  await openBeside(/\.sop\.ya?ml$/.test(file) ? `${url}#file=${encodeURIComponent(file)}` : url);
}

/** Stops the previews (SIGTERM: they close their server and exit); resolves when they have, or after 3 s. */
function stopPreviews() {
  const children = [...previews.values()].map((preview) => preview.child);
  previews.clear();
  return Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(resolve, 3000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill();
        }),
    ),
  );
}

async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('sop.openPreview', openPreview),
    vscode.commands.registerCommand('sop.restartServer', restart),
    vscode.workspace.onDidChangeConfiguration((event) => {
      // The next preview starts with the new program and language.
      if (event.affectsConfiguration('sop.path') || event.affectsConfiguration('sop.lang')) void stopPreviews();
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
  await stopPreviews();
  if (client) await client.stop();
}

module.exports = { activate, deactivate };
