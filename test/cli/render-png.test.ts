import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../src/render/text/index.js';
import { chartPng } from '../../src/pipeline/png-output.js';
import { pngFontSubsets, writePng } from '../../src/render/png-writer.js';
import type { Scene } from '../../src/render/scene.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'sop-png-'));
}

/** Width and height from a PNG's IHDR chunk (after checking the signature). */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const buffer = Buffer.from(bytes);
  expect(buffer.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(buffer.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** The SVG's size in points, from its root element. */
function svgSize(svg: string): { width: number; height: number } {
  const match = /<svg[^>]* width="([\d.]+)pt" height="([\d.]+)pt"/.exec(svg);
  expect(match).not.toBeNull();
  return { width: Number(match![1]), height: Number(match![2]) };
}

const EXAMPLES = readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.sop.yaml')).sort();

describe('sop render --format png', () => {
  it('writes a PNG of every example, its size the SVG size in points times the scale', async () => {
    const out = tempDir();
    const result = await runCli(['render', 'examples', '-o', out, '--format', 'svg,png']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const ids = EXAMPLES.map((f) => /^id: (.+)$/m.exec(readFileSync(path.join(ROOT, 'examples', f), 'utf8'))![1]!.trim());
    expect(readdirSync(out).sort()).toEqual(ids.flatMap((id) => [`${id}.png`, `${id}.svg`]).sort());
    for (const id of ids) {
      const svg = svgSize(readFileSync(path.join(out, `${id}.svg`), 'utf8'));
      const png = pngSize(readFileSync(path.join(out, `${id}.png`)));
      expect(Math.abs(png.width - svg.width * 2), id).toBeLessThan(1);
      expect(Math.abs(png.height - svg.height * 2), id).toBeLessThan(1);
    }
  }, 120_000);

  it('scales by --scale and writes only the PNG when only png is asked for', async () => {
    const out = tempDir();
    const result = await runCli(['render', 'examples/petition-overdue-tracking.sop.yaml', '-o', out, '--format', 'png', '--scale', '1.5']);
    expect(result.code).toBe(0);
    expect(readdirSync(out)).toEqual(['petition-overdue-tracking.png']);
    const svgOut = tempDir();
    await runCli(['render', 'examples/petition-overdue-tracking.sop.yaml', '-o', svgOut, '--format', 'svg']);
    const svg = svgSize(readFileSync(path.join(svgOut, 'petition-overdue-tracking.svg'), 'utf8'));
    const png = pngSize(readFileSync(path.join(out, 'petition-overdue-tracking.png')));
    expect(Math.abs(png.width - svg.width * 1.5)).toBeLessThan(1);
    expect(Math.abs(png.height - svg.height * 1.5)).toBeLessThan(1);
  }, 60_000);

  it('refuses an unknown format, a bad scale and png with --handbook, in the user\'s language', async () => {
    const out = tempDir();
    const jpg = await runCli(['render', 'examples', '-o', out, '--format', 'svg,jpg']);
    expect(jpg.code).toBe(2);
    expect(jpg.stderr).toContain('--format 不認得「jpg」');
    const scale = await runCli(['render', 'examples', '-o', out, '--format', 'png', '--scale', '0', '--lang', 'en']);
    expect(scale.code).toBe(2);
    expect(scale.stderr).toBe('sop: --scale takes a number above 0 and at most 8 (pixels per point), not "0"\n');
    const book = await runCli(['render', '--handbook', 'examples', '-o', path.join(out, 'book.pdf'), '--format', 'png', '--lang', 'en']);
    expect(book.code).toBe(2);
    expect(book.stderr).toContain('--handbook writes one PDF; --format png does not apply');
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('PNG writer', () => {
  const fonts = loadFonts();
  const scene: Scene = {
    title: 't',
    description: 'd',
    lang: 'zh-TW',
    fonts: { regular: fonts.regular.file, bold: fonts.bold.file, family: fonts.family },
    pages: [
      {
        width: 120,
        height: 40,
        items: [
          { kind: 'text', text: '受理陳情', x: 4, y: 16, anchor: 'start', size: 12, weight: 'regular', color: '#000000', width: 48 },
          { kind: 'text', text: '結案', x: 4, y: 34, anchor: 'start', size: 12, weight: 'bold', color: '#000000', width: 24 },
        ],
      },
    ],
  };

  it('gives resvg a subset of each face holding the glyphs that face prints', () => {
    const subsets = pngFontSubsets(scene);
    expect(subsets).toHaveLength(2);
    const [regular, bold] = subsets.map((s) => {
      expect('bytes' in s).toBe(true);
      const font = create(Buffer.from((s as { bytes: Uint8Array }).bytes));
      return 'fonts' in font ? font.fonts[0]! : font;
    });
    for (const c of '受理陳情') expect(regular!.hasGlyphForCodePoint(c.codePointAt(0)!)).toBe(true);
    for (const c of '結案') expect(bold!.hasGlyphForCodePoint(c.codePointAt(0)!)).toBe(true);
    expect(regular!.familyName).toBe(fonts.family);
  });

  it('draws the text with the fonts it is given (without them the text is missing)', async () => {
    const withFonts = await chartPng(scene, 2, 'en');
    const without = writePng(scene, { scale: 2, fontFiles: [] });
    expect(pngSize(withFonts)).toEqual({ width: 240, height: 80 });
    expect(Buffer.from(withFonts).equals(Buffer.from(without))).toBe(false);
    expect(withFonts.length).toBeGreaterThan(without.length + 500);
  }, 60_000);
});
