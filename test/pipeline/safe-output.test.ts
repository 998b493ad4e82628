// Issue 12, part A: writing respects what is at the output path (links, devices, hard links,
// mode, owner), refuses to overwrite a change made meanwhile, and leaves no temp file on a signal.

import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtomicFile, ChangedOnDiskError, writeFileAtomic } from '../../src/pipeline/atomic-file.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const temp = () => mkdtempSync(path.join(tmpdir(), 'sop-safe-out-'));
const BIN = path.join(ROOT, 'bin/sop.js');

describe('writing respects what is at the output path', () => {
  it('writes through a symbolic link to its target and keeps the link (also a dangling one)', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'real.txt'), 'old');
    symlinkSync('real.txt', path.join(dir, 'out.txt'));
    writeFileAtomic(path.join(dir, 'out.txt'), 'new');
    expect(lstatSync(path.join(dir, 'out.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'real.txt'), 'utf8')).toBe('new');
    symlinkSync('later.txt', path.join(dir, 'dangling.txt'));
    writeFileAtomic(path.join(dir, 'dangling.txt'), 'made');
    expect(readlinkSync(path.join(dir, 'dangling.txt'))).toBe('later.txt');
    expect(readFileSync(path.join(dir, 'later.txt'), 'utf8')).toBe('made');
    expect(readdirSync(dir).sort()).toEqual(['dangling.txt', 'later.txt', 'out.txt', 'real.txt']);
  });

  it('streams to a FIFO instead of replacing it with a regular file', () => {
    const dir = temp();
    const fifo = path.join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // A reader on the other end (cat), the CLI writing its report into the FIFO.
    const reader = spawnSync('sh', ['-c', `cat "${fifo}" & node "${BIN}" lint "${path.join(ROOT, 'test/fixtures/fix')}" --lang en -o "${fifo}"; wait`], { encoding: 'utf8' });
    expect(reader.stdout).toContain('term-consistency');
    expect(reader.status).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['pipe']);
  });

  it('streams to /dev/stdout (a pipe here) and /dev/null without touching them', () => {
    const run = spawnSync('node', [BIN, 'lint', path.join(ROOT, 'test/fixtures/fix'), '--lang', 'en', '-o', '/dev/stdout'], { encoding: 'utf8' });
    expect(run.stdout).toContain('term-consistency');
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
    const quiet = spawnSync('node', [BIN, 'lint', path.join(ROOT, 'test/fixtures/fix'), '-o', '/dev/null'], { encoding: 'utf8' });
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).toBe('');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('keeps a hard-linked file one file (same inode), its mode and its owner', () => {
    const dir = temp();
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, 'old');
    linkSync(file, path.join(dir, 'b.txt'));
    chmodSync(file, 0o640);
    const inode = statSync(file).ino;
    writeFileAtomic(file, 'new');
    expect(statSync(file).ino).toBe(inode);
    expect(readFileSync(path.join(dir, 'b.txt'), 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    const single = path.join(dir, 'c.txt');
    writeFileSync(single, 'old');
    chmodSync(single, 0o600);
    writeFileAtomic(single, 'new');
    expect(statSync(single).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('refuses to write a file that changed on disk since it was read, keeping the other change', () => {
    const dir = temp();
    const file = path.join(dir, 'a.sop.yaml');
    writeFileSync(file, 'as read');
    const out = new AtomicFile(file, { expected: 'as read' });
    out.write(Buffer.from('fixed'));
    writeFileSync(file, 'edited meanwhile'); // another process (an editor) saves meanwhile
    expect(() => out.commit()).toThrow(ChangedOnDiskError);
    expect(readFileSync(file, 'utf8')).toBe('edited meanwhile');
    expect(readdirSync(dir)).toEqual(['a.sop.yaml']);
    writeFileAtomic(file, 'fixed', { expected: 'edited meanwhile' });
    expect(readFileSync(file, 'utf8')).toBe('fixed');
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ])('removes the temp file on %s and exits %i', (signal, code) => {
    const dir = temp();
    const script = `import('${path.join(ROOT, 'dist/pipeline/atomic-file.js')}').then((m) => {
      const out = new m.AtomicFile(${JSON.stringify(path.join(dir, 'handbook.pdf'))});
      out.write(Buffer.from('%PDF-1.3 half'));
      process.kill(process.pid, '${signal}');
      setTimeout(() => {}, 5000);
    });`;
    const run = spawnSync('node', ['-e', script]);
    expect(run.status).toBe(code);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('sop lint --fix keeps what is there', () => {
  const FIXTURE = path.join(ROOT, 'test/fixtures/fix');

  it('fixes a symlinked SOP in its real file, keeps the link, hard links and mode', async () => {
    const dir = temp();
    const real = path.join(dir, 'real');
    mkdirSync(real);
    cpSync(path.join(FIXTURE, 'account.sop.yaml'), path.join(real, 'account.sop.yaml'));
    cpSync(path.join(FIXTURE, 'sop.config.yaml'), path.join(dir, 'sop.config.yaml'));
    const work = path.join(dir, 'work');
    mkdirSync(work);
    symlinkSync(path.join(real, 'account.sop.yaml'), path.join(work, 'account.sop.yaml'));
    linkSync(path.join(real, 'account.sop.yaml'), path.join(dir, 'hardlink.yaml'));
    chmodSync(path.join(real, 'account.sop.yaml'), 0o640);
    const before = readFileSync(path.join(real, 'account.sop.yaml'), 'utf8');
    const { stderr } = await runCli(['lint', '--fix', '--lang', 'en', '-c', path.join(dir, 'sop.config.yaml'), 'account.sop.yaml'], work);
    expect(stderr).toMatch(/Fixed \d+ problem\(s\) in 1 file\(s\)/);
    const after = readFileSync(path.join(real, 'account.sop.yaml'), 'utf8');
    expect(after).not.toBe(before);
    expect(lstatSync(path.join(work, 'account.sop.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'hardlink.yaml'), 'utf8')).toBe(after);
    expect(statSync(path.join(real, 'account.sop.yaml')).mode & 0o777).toBe(0o640);
    expect(readdirSync(real)).toEqual(['account.sop.yaml']);
  });
});
