// `sop init`: starts an SOP repository in the current folder — sop.config.yaml, an example
// SOP that lints clean with it, and a CI configuration (GitHub Actions, or GitLab CI/CD with
// `--ci gitlab`). Refuses to overwrite (every file is checked before the first is written, so
// nothing is left half-done) unless --force. The CI installs sop with `npm ci`: when this
// folder's package.json does not list the package yet, init says how to add it.

import { Command, Option } from 'commander';
import { CI_HOSTS } from '../scaffold/ci-hosts.js';
import type { InitFlags } from './init-action.js';
import type { CommandIO } from './usage.js';

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
    .action(async (flags: InitFlags) => (await import('./init-action.js')).initAction(io, flags));
}
