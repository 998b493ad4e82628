// What commands share: a usage error (exit 2) and the process's streams.

import path from 'node:path';
import { localize, type Lang } from '../i18n/lang.js';
import type { Env } from './color.js';
import { CLI_MESSAGES } from './messages.js';

/** Wrong words on the command line or an unusable config: printed, exit 2. */
export class UsageError extends Error {}

export interface CommandIO {
  cwd: string;
  /** Standard output is a terminal (colours). */
  isTTY: boolean;
  /** Standard error is a terminal (progress bars). */
  stderrIsTTY: boolean;
  stdout(text: string): void;
  /** Bytes to standard output (a PDF for `-o -`). */
  stdoutBytes(data: Uint8Array): void;
  stderr(text: string): void;
  /** All of standard input as UTF-8 text (`sop lint --stdin`). */
  readStdin(): Promise<string>;
  /** The environment (FORCE_COLOR, NO_COLOR, TERM). */
  env: Env;
  exitCode: number;
}

/** Discovery's onUnreadable for a command: a warning on standard error, the run goes on. */
export function warnUnreadable(io: CommandIO, lang: Lang): (folder: string, reason: string) => void {
  return (folder, reason) => {
    const shown = path.relative(io.cwd, folder).split(path.sep).join('/') || '.';
    io.stderr(`${localize(CLI_MESSAGES.unreadableFolder, lang, { folder: shown, reason })}\n`);
  };
}

/** `-o -`: the output goes to standard output, as ESLint and most tools read a lone dash. */
export const STDOUT_PATH = '-';

/** Names of standard output that are written as `-` is (opening them fails when it is a socket). */
const STDOUT_NAMES = new Set([STDOUT_PATH, '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/** The output goes to standard output: `-`, /dev/stdout and its other names. */
export function isStdoutPath(file: string): boolean {
  return STDOUT_NAMES.has(file);
}

export async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
