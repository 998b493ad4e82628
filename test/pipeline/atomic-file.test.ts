import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtomicFile, OutputError, writeFileAtomic } from '../../src/pipeline/atomic-file.js';

const temp = () => mkdtempSync(path.join(tmpdir(), 'sop-atomic-'));

describe('writeFileAtomic', () => {
  it('writes the file (creating its folder) and leaves no temp file', () => {
    const dir = temp();
    const file = path.join(dir, 'out', 'a.txt');
    writeFileAtomic(file, '甲乙');
    writeFileAtomic(path.join(dir, 'out', 'b.bin'), new Uint8Array([1, 2, 3]));
    expect(readFileSync(file, 'utf8')).toBe('甲乙');
    expect([...readFileSync(path.join(dir, 'out', 'b.bin'))]).toEqual([1, 2, 3]);
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['a.txt', 'b.bin']);
  });

  it('fails with OutputError on a folder, and leaves the folder as it was', () => {
    const dir = temp();
    mkdirSync(path.join(dir, 'taken'));
    const attempt = () => writeFileAtomic(path.join(dir, 'taken'), 'x');
    expect(attempt).toThrow(OutputError);
    expect(attempt).toThrow(/is a folder/);
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readdirSync(path.join(dir, 'taken'))).toEqual([]);
  });
});

describe('AtomicFile', () => {
  it('shows nothing at the target until commit, then all the chunks', () => {
    const dir = temp();
    const file = path.join(dir, 'book.pdf');
    writeFileSync(file, 'old');
    const out = new AtomicFile(file);
    out.write(new Uint8Array(Buffer.from('new ')));
    out.write(new Uint8Array(Buffer.from('book')));
    expect(readFileSync(file, 'utf8')).toBe('old');
    out.commit();
    expect(readFileSync(file, 'utf8')).toBe('new book');
    expect(readdirSync(dir)).toEqual(['book.pdf']);
  });

  it('leaves the target as it was when abandoned', () => {
    const dir = temp();
    const file = path.join(dir, 'book.pdf');
    writeFileSync(file, 'old');
    const out = new AtomicFile(file);
    out.write(new Uint8Array([1, 2]));
    out.abandon();
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['book.pdf']);
  });
});
