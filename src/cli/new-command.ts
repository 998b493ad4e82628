// `sop new <id>`: writes the skeleton of a new SOP, `<dir>/<id>.sop.yaml`, valid against the
// schema (lint will still ask for owners, times, legal basis …), and prints the next steps.

import { Command, Option } from 'commander';
import type { NewFlags } from './new-action.js';
import type { CommandIO } from './usage.js';

const EXAMPLES = `
Examples / 範例:
  $ sop new account-request --title 資訊系統帳號申請作業流程 --unit 企劃處資訊科
  $ sop new petition-online --dir sops/研考科     sops/研考科/petition-online.sop.yaml
  $ sop new account-request --lang en            the skeleton's comments in English`;

export function newCommand(io: CommandIO): Command {
  return new Command('new')
    .description('建立新 SOP 檔案的骨架 / write the skeleton of a new SOP')
    .argument('<id>', 'SOP 編號（小寫英文、數字、連字號） / the SOP id: lowercase letters, digits, hyphens')
    .option('--title <title>', '項目（SOP 名稱） / the SOP\'s name')
    .option('--unit <unit>', '單位 / the owning unit')
    .option('--dir <folder>', '放置的資料夾 / the folder to write into', 'sops')
    .option('--force', '覆寫已存在的檔案 / overwrite an existing file')
    .addOption(new Option('--lang <lang>', '訊息與範本的語言（預設依設定檔）/ language of messages and of the skeleton (default: the config\'s)').choices(['zh-TW', 'en']))
    .addHelpText('after', EXAMPLES)
    .action(async (id: string, flags: NewFlags) => (await import('./new-action.js')).newAction(io, id, flags));
}
