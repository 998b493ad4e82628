// `sop preview` as a command: its usage errors, a port already taken, SIGTERM, and that its
// machinery (server, ELK, fonts) is not loaded by the other commands.

import { cpSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startPreviewProcess } from '../helpers/preview-process.js';
import { ROOT, runBin, runCli } from '../helpers/run-cli.js';
import { startupFiles } from '../helpers/startup-files.js';

describe('sop preview', () => {
  it('is loaded only when it runs: start-up reads none of it', () => {
    const files = startupFiles();
    expect(files).toContain('cli/preview-command.ts');
    expect(files.filter((f) => f.startsWith('preview/'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('render/'))).toEqual([]);
  });

  it('says what is wrong with its arguments', async () => {
    const badPort = await runCli(['preview', '--port', '70000', '--lang', 'en'], path.join(ROOT, 'examples'));
    expect([badPort.code, badPort.stderr]).toEqual([2, 'sop: --port takes a whole number from 0 to 65535, not "70000"\n']);
    const noPath = await runCli(['preview', 'no-such-folder'], path.join(ROOT, 'examples'));
    expect(noPath.code).toBe(2);
    expect(noPath.stderr).toContain('找不到路徑或沒有符合的檔案');
    const help = await runCli(['preview', '--help']);
    expect(help.stdout).toContain('127.0.0.1');
  });

  it('says so when the port is taken, and stops on SIGTERM with exit code 0', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-preview-cli-'));
    cpSync(path.join(ROOT, 'examples'), dir, { recursive: true });
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const refused = runBin(['preview', '--port', String(port), '--lang', 'en'], dir);
      expect([refused.code, refused.stderr]).toEqual([2, `sop: Port ${port} is in use; choose another (--port) or leave it out for a free one\n`]);
    } finally {
      taken.close();
    }
    const preview = await startPreviewProcess(['--lang', 'en'], dir);
    expect(preview.output().stdout).toMatch(/^SOP preview: http:\/\/127\.0\.0\.1:\d+\/\n\(5 SOPs; /);
    expect(await preview.stop('SIGTERM')).toBe(0);
    expect(preview.output().stderr).toBe('SOP preview stopped\n');
  });
});
