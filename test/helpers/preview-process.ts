// `sop preview` as a real process (node bin/sop.js preview …): started, its URL read from what it
// prints, and stopped by a signal as a terminal or an editor would.

import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './run-cli.js';

export interface PreviewProcess {
  child: ChildProcess;
  url: string;
  output(): { stdout: string; stderr: string };
  /** Sends the signal; resolves to the exit code (null: killed by the signal). */
  stop(signal: NodeJS.Signals): Promise<number | null>;
}

/** Starts `sop preview` with these arguments in `cwd`; rejects with what it printed if it exits or prints no URL within 30 s. */
export function startPreviewProcess(args: string[], cwd: string): Promise<PreviewProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/sop.js'), 'preview', ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`sop preview printed no URL in 30 s:\n${stdout}\n${stderr}`));
    }, 30_000);
    const check = () => {
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout)?.[0];
      if (!url) return;
      clearTimeout(timer);
      child.stdout!.off('data', check);
      resolve({
        child,
        url,
        output: () => ({ stdout, stderr }),
        stop: (signal) => {
          child.kill(signal);
          return exited;
        },
      });
    };
    child.stdout!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`sop preview exited (${code}) before printing its URL:\n${stdout}\n${stderr}`));
    });
  });
}
