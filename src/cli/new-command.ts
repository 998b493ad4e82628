// `sop new <id>`: writes the skeleton of a new SOP, `<dir>/<id>.sop.yaml`, valid against the
// schema (lint will still ask for owners, times, legal basis …), and prints the next steps.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { findConfigFile, loadConfigFile } from '../config/load-config.js';
import { localize, type Lang } from '../i18n/lang.js';
import { newSopTemplate, SCHEMA_DIR } from '../scaffold/templates.js';
import { writeFileAtomic } from '../pipeline/atomic-file.js';
import { CLI_MESSAGES } from './messages.js';
import { REPO_MESSAGES } from './repo-messages.js';
import { UsageError, type CommandIO } from './usage.js';

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

const EXAMPLES = `
Examples / 範例:
  $ sop new account-request --title 資訊系統帳號申請作業流程 --unit 企劃處資訊科
  $ sop new petition-online --dir sops/研考科     sops/研考科/petition-online.sop.yaml
  $ sop new account-request --lang en            the skeleton's comments in English`;

/** The config's `lang`, if it has one and loads (a broken config is lint's to report). */
function configLang(configFile: string | undefined): Lang | undefined {
  if (!configFile) return undefined;
  try {
    return loadConfigFile(configFile, 'zh-TW').lang;
  } catch {
    return undefined;
  }
}

interface NewFlags {
  title?: string;
  unit?: string;
  dir: string;
  force?: boolean;
  lang?: Lang;
}

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
    .action((id: string, flags: NewFlags) => {
      const folder = path.resolve(io.cwd, flags.dir);
      // The modeline points at the schema installed at the repository root (where the config is).
      const configFile = findConfigFile(folder);
      const lang: Lang = flags.lang ?? configLang(configFile) ?? 'zh-TW';
      if (!ID_PATTERN.test(id)) throw new UsageError(localize(REPO_MESSAGES.badId, lang, { id }));
      const file = path.join(folder, `${id}.sop.yaml`);
      const shown = path.relative(io.cwd, file).split(path.sep).join('/') || file;
      if (existsSync(file) && !flags.force) throw new UsageError(localize(REPO_MESSAGES.exists, lang, { files: shown }));
      const root = configFile ? path.dirname(configFile) : io.cwd;
      const schemaPath = path.relative(folder, path.join(root, SCHEMA_DIR, 'sop.schema.json')).split(path.sep).join('/');
      try {
        writeFileAtomic(file, newSopTemplate({ id, title: flags.title, unit: flags.unit, schemaPath, lang }));
      } catch (error) {
        throw new UsageError(localize(CLI_MESSAGES.cannotWrite, lang, { file: shown, detail: (error as Error).message }));
      }
      io.stdout(`${localize(REPO_MESSAGES.wrote, lang)}\n  ${shown}\n\n${localize(REPO_MESSAGES.newNext, lang, { file: shown })}\n`);
    });
}
