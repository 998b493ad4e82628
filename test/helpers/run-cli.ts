// Runs the CLI in process (fast) or as a real process (bin/sop.js, as CI and users do).

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** The environment the command sees (default: this process's, with NO_COLOR and FORCE_COLOR removed). */
  env?: Record<string, string | undefined>;
  /** Standard input (`--stdin`). */
  stdin?: string;
  /** Standard output is a terminal. */
  isTTY?: boolean;
}

export interface CliBytesResult extends CliResult {
  /** Everything written to standard output, text and bytes, in order. */
  bytes: Buffer;
}

export async function runCli(args: string[], cwd = ROOT, options: CliOptions = {}): Promise<CliResult> {
  const { code, stdout, stderr } = await runCliBytes(args, cwd, options);
  return { code, stdout, stderr };
}

/** runCli, with standard output also as bytes (a PDF written with `-o -`). */
export async function runCliBytes(args: string[], cwd = ROOT, options: CliOptions = {}): Promise<CliBytesResult> {
  let stdout = '';
  let stderr = '';
  const chunks: Buffer[] = [];
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...env } = process.env;
  const code = await main(['node', 'sop', ...args], {
    cwd,
    isTTY: options.isTTY ?? false,
    stderrIsTTY: false,
    stdout: (t) => {
      stdout += t;
      chunks.push(Buffer.from(t));
    },
    stdoutBytes: (data) => void chunks.push(Buffer.from(data)),
    stderr: (t) => void (stderr += t),
    readStdin: () => Promise.resolve(options.stdin ?? ''),
    env: options.env ?? env,
  });
  return { code, stdout, stderr, bytes: Buffer.concat(chunks) };
}

/** The real entry point, as `node bin/sop.js …` (needs `npm run build`, which `npm test` runs first). */
export function runBin(args: string[], cwd = ROOT, env: Record<string, string> = {}, input?: string): CliResult {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/sop.js'), ...args], {
    cwd,
    encoding: 'utf8',
    input,
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
