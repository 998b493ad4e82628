// Issue 12, part A: reading never hangs or reads without bound, config stays inside the
// repository, globs survive symlink loops, an unreadable folder does not stop the run.

import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSopBytes } from '../../src/loader/load-sop.js';
import { MAX_FILE_BYTES } from '../../src/loader/parse-yaml.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const EXAMPLE = path.join(ROOT, 'examples/account-request.en.sop.yaml');
const temp = () => mkdtempSync(path.join(tmpdir(), 'sop-safe-in-'));

describe('reading is bounded and never blocks', () => {
  it('refuses /dev/zero (a device) with a clear finding instead of reading it', async () => {
    const { code, stdout } = await runCli(['lint', '/dev/zero', '--lang', 'en'], ROOT);
    expect(stdout).toContain('Not a regular file (a device, FIFO or socket); not read');
    expect(code).toBe(1);
  });

  it('refuses a FIFO without waiting for a writer', async () => {
    const dir = temp();
    const fifo = path.join(dir, 'pipe.sop.yaml');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const { code, stdout } = await runCli(['lint', fifo, '--lang', 'en'], dir);
    expect(stdout).toContain('pipe.sop.yaml');
    expect(stdout).toContain('Not a regular file');
    expect(code).toBe(1);
  });

  it('gives versions read from Git the size and UTF-8 checks of files on disk', () => {
    const options = { cwd: ROOT, hoursPerDay: 8 };
    const big = loadSopBytes(Buffer.alloc(MAX_FILE_BYTES + 1, 0x61), '/r/a.sop.yaml', 'HEAD:a.sop.yaml', options);
    expect(big.problems.map((p) => p.messageId)).toEqual(['tooLarge']);
    const latin1 = loadSopBytes(Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xe9]), '/r/a.sop.yaml', 'HEAD:a.sop.yaml', options);
    expect(latin1.problems.map((p) => p.messageId)).toEqual(['notUtf8']);
    const good = loadSopBytes(readFileSync(EXAMPLE), '/r/a.sop.yaml', 'HEAD:a.sop.yaml', options);
    expect(good.problems).toEqual([]);
  });
});

describe('config lookup stops at the repository root', () => {
  it('ignores a sop.config.yaml above the Git root, and --print-config says none applies', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'sop.config.yaml'), 'rules:\n  no-secrets: "off"\n');
    const repo = path.join(dir, 'repo');
    mkdirSync(path.join(repo, '.git'), { recursive: true });
    writeFileSync(path.join(repo, 'a.sop.yaml'), readFileSync(EXAMPLE, 'utf8').replace('text: Fill in the Account Request Form', 'text: "Fill in the Account Request Form, password: Chiayi#2009"'));
    const { stdout } = await runCli(['lint', 'a.sop.yaml', '--lang', 'en'], repo);
    expect(stdout).toContain('no-secrets');
    const printed = await runCli(['lint', '--print-config', 'a.sop.yaml', '--lang', 'en'], repo);
    expect(printed.stdout).toContain('configFile: null');
    expect(printed.stdout).toContain('configs outside the repository do not apply');
    // Inside the repository, the nearest config still applies and is named.
    writeFileSync(path.join(repo, 'sop.config.yaml'), 'rules:\n  no-secrets: "off"\n');
    const inside = await runCli(['lint', '--print-config', 'a.sop.yaml', '--lang', 'en'], repo);
    expect(inside.stdout).toContain(`configFile: ${path.join(repo, 'sop.config.yaml')}`);
  });
});

describe('folders: links and permissions', () => {
  it('a ** glob through a symlink loop ends, and a linked folder gives no false duplicate ids', async () => {
    const dir = temp();
    mkdirSync(path.join(dir, 'd'));
    cpSync(EXAMPLE, path.join(dir, 'd/a.sop.yaml'));
    symlinkSync('..', path.join(dir, 'd/loop'));
    symlinkSync('d', path.join(dir, 'current'));
    const { code, stdout } = await runCli(['lint', '**/*.sop.yaml', '--lang', 'en', '-f', 'json'], dir);
    const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(results.map((r) => path.relative(dir, r.filePath))).toEqual([path.join('current', 'a.sop.yaml')]);
    expect(results.flatMap((r) => r.messages.map((m) => m.ruleId))).not.toContain('unique-id');
    expect(code).toBe(0);
  });

  it('an unreadable subfolder is a warning; the other SOPs are still linted', () => {
    const dir = temp();
    chmodSync(dir, 0o755);
    mkdirSync(path.join(dir, 'open'));
    mkdirSync(path.join(dir, 'locked'));
    cpSync(EXAMPLE, path.join(dir, 'open/a.sop.yaml'));
    writeFileSync(path.join(dir, 'open/b.sop.yaml'), 'id: [unclosed\n');
    cpSync(EXAMPLE, path.join(dir, 'locked/c.sop.yaml'));
    chmodSync(path.join(dir, 'locked'), 0o000);
    // Root reads any folder: run as an unprivileged user there (setpriv), as the user would be.
    const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
    const [command, ...args] = [...asUser, 'node', path.join(ROOT, 'bin/sop.js'), 'lint', '.', '--lang', 'en'];
    const run = spawnSync(command!, args, { cwd: dir, encoding: 'utf8' });
    chmodSync(path.join(dir, 'locked'), 0o755);
    expect(run.stderr).toContain('Warning: cannot read the folder locked (EACCES)');
    expect(run.stdout).toContain('open/b.sop.yaml');
    expect(run.status).toBe(1);
  });
});
