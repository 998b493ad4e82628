// `sop init`: starts an SOP repository in the current folder — sop.config.yaml, an example
// SOP that lints clean with it, and a CI configuration (GitHub Actions, or GitLab CI/CD with
// `--ci gitlab`). Refuses to overwrite (every file is checked before the first is written, so
// nothing is left half-done) unless --force. The CI installs sop with `npm ci`: when this
// folder's package.json does not list the package yet, init says how to add it.

import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { localize, type Lang } from '../i18n/lang.js';
import { CI_HOSTS, type CiHost } from '../scaffold/ci-templates.js';
import { initFiles, PACKAGE_NAME } from '../scaffold/templates.js';
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

/** Whether `dir`'s package.json lists the sop package, as the generated CI's `npm ci` needs. */
function listsPackage(dir: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    return [manifest.dependencies, manifest.devDependencies].some((deps) => deps !== undefined && PACKAGE_NAME in deps);
  } catch {
    return false;
  }
}

const CI_NAMES: Record<CiHost, string> = { github: 'GitHub Actions', gitlab: 'GitLab CI/CD' };

const EXAMPLES = `
Examples / 範例:
  $ sop init             sop.config.yaml, sops/example.sop.yaml, .github/workflows/sop.yml
  $ sop init --ci gitlab the same with .gitlab-ci.yml instead of the GitHub workflow
  $ sop init --lang en   the config, example and CI comments in English
  $ sop init --force     overwrite them
  $ sop lint             then check: the example lints clean`;

export function initCommand(io: CommandIO): Command {
  return new Command('init')
    .description('在目前資料夾建立 SOP 儲存庫的設定檔、範例與 CI 流程 / start an SOP repository here: config, example SOP and CI workflow')
    .addOption(new Option('--ci <host>', 'CI 設定的平台 / where the CI runs').choices(CI_HOSTS).default('github'))
    .option('--force', '覆寫已存在的檔案 / overwrite existing files')
    .addOption(new Option('--lang <lang>', '訊息與檔案的語言（en：英文範本）/ language of messages and of the files written (en: English templates)').choices(['zh-TW', 'en']))
    .addHelpText('after', EXAMPLES)
    .action((flags: { ci: CiHost; force?: boolean; lang?: Lang }) => {
      const lang: Lang = flags.lang ?? 'zh-TW';
      const files = initFiles(flags.ci, lang);
      const existing = files.filter((f) => existsSync(path.join(io.cwd, f.path)));
      if (existing.length > 0 && !flags.force) {
        throw new UsageError(localize(REPO_MESSAGES.exists, lang, { files: existing.map((f) => f.path).join(', ') }));
      }
      try {
        writeAllOrNothing(files.map((f) => ({ file: path.join(io.cwd, f.path), content: f.content })));
      } catch (error) {
        throw new UsageError(localize(CLI_MESSAGES.cannotWrite, lang, { file: io.cwd, detail: (error as Error).message }));
      }
      io.stdout(`${localize(REPO_MESSAGES.wrote, lang)}\n${files.map((f) => `  ${f.path}\n`).join('')}\n${localize(REPO_MESSAGES.initNext, lang, { ci: CI_NAMES[flags.ci] })}\n`);
      if (!listsPackage(io.cwd)) io.stderr(`${localize(REPO_MESSAGES.initInstall, lang, { name: PACKAGE_NAME })}\n`);
    });
}
