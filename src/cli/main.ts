// The `sop` program: a thin shell of commands over the library.

import { Command, CommanderError } from 'commander';
import { LanguageNeeded, localizeCommand, runLanguage } from './commander-i18n.js';
import { packageVersion } from './package-version.js';
import { lintCommand } from './lint-command.js';
import { renderCommand } from './render-command.js';
import { initCommand } from './init-command.js';
import { newCommand } from './new-command.js';
import { reportCommand } from './report-command.js';
import { diffCommand } from './diff-command.js';
import { lspCommand } from './lsp-command.js';
import { previewCommand } from './preview-command.js';
import type { Lang } from '../i18n/lang.js';
import { readProcessStdin, UsageError, type CommandIO } from './usage.js';

const EXAMPLES = `
Examples / 範例:
  $ sop lint                          lint every *.sop.yaml under the current folder
  $ sop lint examples --format json   ESLint-compatible JSON
  $ sop lint --help                   all lint options

Docs: README.md, docs/format.md, docs/rules/`;

/** The program and its commands, speaking `lang` when commander needs a word. Each command loads its code when it runs. */
function program(context: CommandIO, lang: () => Lang): Command {
  const program = new Command('sop')
    .description('SOP as code: 標準作業流程的檢查與繪製 / lint and render standard operating procedures')
    .version(packageVersion(), '-v, --version', '顯示版本 / print the version')
    .helpCommand('help [command]', '顯示命令的說明 / display help for a command')
    .addHelpText('after', EXAMPLES);
  program.addCommand(lintCommand(context));
  program.addCommand(renderCommand(context));
  program.addCommand(initCommand(context));
  program.addCommand(newCommand(context));
  program.addCommand(reportCommand(context));
  program.addCommand(diffCommand(context));
  program.addCommand(lspCommand(context));
  program.addCommand(previewCommand(context));
  for (const command of [program, ...program.commands]) {
    command.exitOverride();
    localizeCommand(command, context, lang);
  }
  return program;
}

/** Runs the CLI; resolves to the exit code (0 ok, 1 findings, 2 usage or internal error). */
export async function main(argv: string[], io: Partial<CommandIO> = {}): Promise<number> {
  const context: CommandIO = {
    cwd: io.cwd ?? process.cwd(),
    isTTY: io.isTTY ?? Boolean(process.stdout.isTTY),
    stderrIsTTY: io.stderrIsTTY ?? Boolean(process.stderr.isTTY),
    stdout: io.stdout ?? ((text) => void process.stdout.write(text)),
    stdoutBytes: io.stdoutBytes ?? ((data) => void process.stdout.write(data)),
    stderr: io.stderr ?? ((text) => void process.stderr.write(text)),
    readStdin: io.readStdin ?? readProcessStdin,
    env: io.env ?? process.env,
    exitCode: 0,
  };
  const lang = runLanguage(argv, context.cwd);
  try {
    try {
      await program(context, lang).parseAsync(argv);
    } catch (error) {
      // commander needed a word in the config's language before it wrote anything: parse again with it.
      if (!(error instanceof LanguageNeeded)) throw error;
      await lang.load();
      await program(context, lang).parseAsync(argv);
    }
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every other commander error is a usage error.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      context.stderr(`sop: ${error.message}\n`);
      return 2;
    }
    const detail = error instanceof Error ? (process.env.SOP_DEBUG ? (error.stack ?? error.message) : error.message) : String(error);
    context.stderr(`sop: internal error: ${detail} (set SOP_DEBUG=1 for details)\n`);
    return 2;
  }
}
