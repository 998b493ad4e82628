// `sop lsp`: the Language Server for editors, over stdio. The server (and vscode-languageserver)
// is loaded only when this command runs, so that `sop lint` does not pay for it.

import { Command } from 'commander';
import { packageVersion } from './package-version.js';
import type { CommandIO } from './usage.js';

const HELP = `
Editors start it; it reads and writes LSP messages on standard input and output.
編輯器會自動啟動它，經由標準輸入輸出交換 LSP 訊息。

  VS Code: editors/vscode/ · Neovim and other editors: README.md, "Editors"
  Initialization options: { "lang": "zh-TW" | "en", "schemaDiagnostics": true | false, "debounceMs": 150 }`;

export function lspCommand(_io: CommandIO): Command {
  return new Command('lsp')
    .description('編輯器用的語言伺服器（LSP，經由標準輸入輸出）/ Language Server for editors, over stdio')
    .option('--stdio', '經由標準輸入輸出（預設，也是唯一的方式）/ over stdin and stdout (the default and only transport)')
    .option('--clientProcessId <pid>', '編輯器的行程代號：編輯器結束時伺服器隨之結束 / the editor\'s process id: the server ends when it does')
    .addHelpText('after', HELP)
    .action(async () => {
      const { startServer } = await import('../lsp/server.js');
      startServer(process.stdin, process.stdout, packageVersion());
    });
}
