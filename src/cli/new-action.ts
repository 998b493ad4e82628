// The work of `sop new`, loaded only when the command runs (new-command.ts defines its options and help).

import { existsSync } from 'node:fs';
import path from 'node:path';
import { findConfigFile, loadConfigFile } from '../config/load-config.js';
import { localize, type Lang } from '../i18n/lang.js';
import { newSopTemplate, SCHEMA_DIR } from '../scaffold/templates.js';
import { writeFileAtomic } from '../pipeline/atomic-file.js';
import { CLI_MESSAGES } from './messages.js';
import { REPO_MESSAGES } from './repo-messages.js';
import { UsageError, type CommandIO } from './usage.js';

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** The config's `lang`, if it has one and loads (a broken config is lint's to report). */
function configLang(configFile: string | undefined): Lang | undefined {
  if (!configFile) return undefined;
  try {
    return loadConfigFile(configFile, 'zh-TW').lang;
  } catch {
    return undefined;
  }
}

export interface NewFlags {
  title?: string;
  unit?: string;
  dir: string;
  force?: boolean;
  lang?: Lang;
}

/** `sop new <id>` with its flags. */
export function newAction(io: CommandIO, id: string, flags: NewFlags): void {
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
}
