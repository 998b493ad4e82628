// `sop init`: starts an SOP repository in the current folder — sop.config.yaml, an example
// SOP that lints clean with it, and a GitHub Actions workflow. Refuses to overwrite (every
// file is checked before the first is written, so nothing is left half-done) unless --force.

import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { localize, type Lang } from '../i18n/lang.js';
import { initFiles } from '../scaffold/templates.js';
import { CLI_MESSAGES } from './messages.js';
import { REPO_MESSAGES } from './repo-messages.js';
import { UsageError, type CommandIO } from './usage.js';

/** Every file to a temporary name first, then all renamed: a failure leaves none of them. */
function writeAllOrNothing(files: { file: string; content: string }[]): void {
  const temps: string[] = [];
  try {
    for (const { file, content } of files) {
      mkdirSync(path.dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
      temps.push(temp);
      writeFileSync(temp, content);
    }
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true });
    throw error;
  }
  files.forEach(({ file }, i) => renameSync(temps[i]!, file));
}

const EXAMPLES = `
Examples / 範例:
  $ sop init             sop.config.yaml, sops/example.sop.yaml, .github/workflows/sop.yml
  $ sop init --force     overwrite them
  $ sop lint             then check: the example lints clean`;

export function initCommand(io: CommandIO): Command {
  return new Command('init')
    .description('在目前資料夾建立 SOP 儲存庫的設定檔、範例與 CI 流程 / start an SOP repository here: config, example SOP and CI workflow')
    .option('--force', '覆寫已存在的檔案 / overwrite existing files')
    .addOption(new Option('--lang <lang>', 'language of messages').choices(['zh-TW', 'en']))
    .addHelpText('after', EXAMPLES)
    .action((flags: { force?: boolean; lang?: Lang }) => {
      const lang: Lang = flags.lang ?? 'zh-TW';
      const files = initFiles();
      const existing = files.filter((f) => existsSync(path.join(io.cwd, f.path)));
      if (existing.length > 0 && !flags.force) {
        throw new UsageError(localize(REPO_MESSAGES.exists, lang, { files: existing.map((f) => f.path).join(', ') }));
      }
      try {
        writeAllOrNothing(files.map((f) => ({ file: path.join(io.cwd, f.path), content: f.content })));
      } catch (error) {
        throw new UsageError(localize(CLI_MESSAGES.cannotWrite, lang, { file: io.cwd, detail: (error as Error).message }));
      }
      io.stdout(`${localize(REPO_MESSAGES.wrote, lang)}\n${files.map((f) => `  ${f.path}\n`).join('')}\n${localize(REPO_MESSAGES.initNext, lang)}\n`);
    });
}
