// The work of `sop init`, loaded only when the command runs (init-command.ts defines its options and help).

import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { localize, type Lang } from '../i18n/lang.js';
import type { CiHost } from '../scaffold/ci-hosts.js';
import { initFiles, PACKAGE_NAME } from '../scaffold/templates.js';
import { CLI_MESSAGES } from './messages.js';
import { REPO_MESSAGES } from './repo-messages.js';
import { UsageError, type CommandIO } from './usage.js';

export interface InitFlags {
  ci: CiHost;
  force?: boolean;
  lang?: Lang;
}

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

export function initAction(io: CommandIO, flags: InitFlags): void {
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
}
