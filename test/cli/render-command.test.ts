import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const SEED = 'test/fixtures/seed';
const BROKEN = 'test/fixtures/broken';

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'sop-render-'));
}

function firstSeeds(count: number): string[] {
  return readdirSync(path.join(ROOT, SEED))
    .filter((f) => f.endsWith('.sop.yaml'))
    .sort()
    .slice(0, count)
    .map((f) => `${SEED}/${f}`);
}

const SMALL = `sop: 1
id: small
title: 小流程
unit: 測試科
steps:
  - id: a
    kind: start
    text: 開始 😀
    owner: 服務中心
  - id: b
    text: 處理
    time: 2h
  - id: c
    kind: end
    text: 結束
legal: []
forms: []
`;

describe('sop render', () => {
  it('writes one <id>.svg per SOP, atomically, and lists what it wrote', async () => {
    const out = tempDir();
    const files = firstSeeds(2);
    const { code, stdout, stderr } = await runCli(['render', ...files, '-o', out, '--format', 'svg']);
    expect(stderr).not.toMatch(/internal error/);
    expect(code).toBe(0);
    const written = readdirSync(out).sort();
    expect(written).toHaveLength(2);
    expect(written.every((f) => f.endsWith('.svg'))).toBe(true);
    for (const f of written) {
      expect(stdout).toContain(f);
      expect(readFileSync(path.join(out, f), 'utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
    }
  });

  it('writes SVG and PDF by default', async () => {
    const out = tempDir();
    const [file] = firstSeeds(1);
    const { code, stderr } = await runCli(['render', file!, '-o', out]);
    expect(stderr).not.toMatch(/internal error/);
    expect(code).toBe(0);
    const written = readdirSync(out).sort();
    expect(written.map((f) => path.extname(f))).toEqual(['.pdf', '.svg']);
    const pdf = readFileSync(path.join(out, written[0]!));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('skips undrawable files with their findings, renders the rest, exits 1 and leaves no temp files', async () => {
    const out = tempDir();
    const [good] = firstSeeds(1);
    const { code, stdout, stderr } = await runCli(['render', BROKEN, good!, '-o', out, '--format', 'svg', '--lang', 'en']);
    expect(code).toBe(1);
    for (const rule of ['yaml', 'schema', 'unique-id', 'unknown-step']) expect(stdout).toContain(rule);
    expect(stdout).toContain('duplicate-step-id.sop.yaml');
    expect(stderr).toContain('not rendered');
    const written = readdirSync(out);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/\.svg$/);
    expect(written.some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('warns about characters the font has no glyph for', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'small.sop.yaml'), SMALL);
    const { code, stderr } = await runCli(['render', 'small.sop.yaml', '-o', 'out', '--format', 'svg'], dir);
    expect(code).toBe(0);
    expect(stderr).toContain('😀');
    expect(stderr).toContain('U+1F600');
    expect(existsSync(path.join(dir, 'out', 'small.svg'))).toBe(true);
  });

  it('renders byte-identical files on every run, in the chosen language and with the font embedded', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'small.sop.yaml'), SMALL);
    await runCli(['render', 'small.sop.yaml', '-o', 'a', '--format', 'svg', '--lang', 'en', '--embed-font'], dir);
    await runCli(['render', 'small.sop.yaml', '-o', 'b', '--format', 'svg', '--lang', 'en', '--embed-font'], dir);
    const a = readFileSync(path.join(dir, 'a', 'small.svg'), 'utf8');
    expect(readFileSync(path.join(dir, 'b', 'small.svg'), 'utf8')).toBe(a);
    expect(a).toContain('>Owner<');
    expect(a).toContain('>2h<');
    expect(a).toContain('@font-face');
  });

  it('lays a chart out with ELK on --layout elk, the same chart either way where ours draws it as ELK does', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'small.sop.yaml'), SMALL);
    for (const [out, layout] of [['auto', 'auto'], ['elk', 'elk']]) expect((await runCli(['render', 'small.sop.yaml', '-o', out!, '--format', 'svg', '--layout', layout!], dir)).code).toBe(0);
    // A chain of three: both draw one straight line of the same boxes.
    expect(readFileSync(path.join(dir, 'elk', 'small.svg'), 'utf8')).toBe(readFileSync(path.join(dir, 'auto', 'small.svg'), 'utf8'));
    const bad = await runCli(['render', 'small.sop.yaml', '-o', 'x', '--layout', 'dot'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('auto');
  });

  it('prints bilingual --help with examples', async () => {
    const { code, stdout } = await runCli(['render', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Examples / 範例');
    for (const option of ['--out-dir', '--format', '--lang', '--page', '--font', '--embed-font', '--forms', '--layout']) expect(stdout).toContain(option);
  });

  it('is a usage error (exit 2) without -o, with an unreadable font or an unknown path', async () => {
    const [file] = firstSeeds(1);
    expect((await runCli(['render', file!])).code).toBe(2);
    const badFont = await runCli(['render', file!, '-o', tempDir(), '--font', 'package.json']);
    expect(badFont.code).toBe(2);
    expect(badFont.stderr).toMatch(/font|字型/);
    expect((await runCli(['render', 'no/such/dir', '-o', tempDir()])).code).toBe(2);
    expect((await runCli(['render', file!, '-o', tempDir(), '--format', 'jpg'])).code).toBe(2);
  });
});
