// What commands share: a usage error (exit 2) and the process's streams.

import type { Env } from './color.js';

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

/** `-o -`: the output goes to standard output, as ESLint and most tools read a lone dash. */
export const STDOUT_PATH = '-';

export async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
