import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../../helpers/run-cli.js';
import { createRequire } from 'node:module';
import type { Font } from 'fontkit';
import { fontDataDir } from '../../../src/package-info.js';
import { bundledFontFiles, fontFingerprint, loadFonts, readCodePointTable, writeCodePointTable } from '../../../src/render/text/index.js';
import { shapedWidth } from '../../../src/render/text/measure.js';
import { CODE_POINT_TABLE_FORMAT, codePointTable, hasGlyph, plainRun, plainWidth, useCodePointTable } from '../../../src/render/text/plain-advances.js';

const { create } = createRequire(import.meta.url)('fontkit') as typeof import('fontkit');

/** Every string value of a parsed YAML document. */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

/** The text of the examples and the seed and real fixtures: each string, its lines, and its prefixes of up to 12 characters. */
function fixtureTexts(): string[] {
  const texts = new Set<string>();
  for (const dir of ['examples', 'test/fixtures/seed', 'test/fixtures/real']) {
    for (const file of readdirSync(path.join(ROOT, dir)).filter((f) => /\.sop\.ya?ml$/.test(f))) {
      for (const text of stringsOf(parse(readFileSync(path.join(ROOT, dir, file), 'utf8')))) {
        texts.add(text);
        for (const line of text.split('\n')) texts.add(line);
        const chars = [...text];
        for (let n = 1; n <= Math.min(12, chars.length); n++) texts.add(chars.slice(0, n).join(''));
      }
    }
  }
  return [...texts].filter((t) => t.length > 0);
}

const HOSTILE = [
  'AV', 'To', 'Ta', 'fi', 'ffi', 'WAVE', 'L’', '1,234', '12', '1⁄2', 'e\u0301', 'é', '\u0301',
  '甲\u200b乙', '甲\u00ad乙', '甲\u2060乙', '葛\u{e0100}', '葛\ufe00', '\ufeff', '한국어', '한', 'مرحبا', 'שלום', 'हिन्दी', 'ไทย',
  '😀', '\ud800', 'd1', '1d', '甲1', '1\u20442', '甲1\u20442', '第173條', '𠀀', '𠀀1', '甲\udc00乙', '「」', '（）', '，。、', 'ぁあぃい', 'カタカナ', 'ㄅㄆㄇ', '…', '——', '——甲', '〳〵', '甲\t乙', ' ',
];

describe('plainWidth', () => {
  const fonts = loadFonts();
  for (const face of [fonts.regular, fonts.bold]) {
    it(`gives the shaped width wherever it gives one (${face.weight}: every fixture string, hostile ones)`, () => {
      let plain = 0;
      const texts = [...fixtureTexts(), ...HOSTILE];
      for (const text of texts) {
        const width = plainWidth(face.font, text);
        if (width === undefined) continue;
        plain++;
        expect([text, width]).toEqual([text, shapedWidth(face, text)]);
      }
      // Most of a Chinese SOP's strings need no shaping.
      expect(plain).toBeGreaterThan(texts.length / 2);
    });
  }

  it('shapes strings whose glyphs a lookup may change, and marks, ignorables and complex scripts', () => {
    const font = fonts.regular.font;
    for (const text of ['AV', 'To', 'fi', '1\u20442', 'e\u0301', '甲\u200b乙', '甲\u00ad乙', '葛\u{e0100}', '한', 'مرحبا', 'हिन्दी', 'ぁ']) expect(plainWidth(font, text), text).toBeUndefined();
  });

  it('reads a string in its script: digits are plain among ideographs, not in Latin text (whose default language localises them)', () => {
    const face = fonts.regular;
    // A string's script is its first letter's: '甲d1' is read as Han, 'd1' and '1d' as Latin.
    for (const text of ['1', '12', '甲1', '第173條', '98年7月', '1甲', 'd', '甲d1', '第 3 頁／共 3 頁']) {
      expect(plainWidth(face.font, text), text).toBeDefined();
      expect(plainWidth(face.font, text), text).toBe(shapedWidth(face, text));
    }
    for (const text of ['d1', '1d']) expect(plainWidth(face.font, text), text).toBeUndefined();
  });

  it('sums plain CJK text without shaping it', () => {
    const font = fonts.regular.font;
    expect(plainWidth(font, '申請案件，送主管核定。')).toBe(11 * font.unitsPerEm);
  });
});

describe('code point tables', () => {
  /** A bundled face parsed anew (not the process's shared one), so that a table given to it stays in this test. */
  function freshFont(file: string): Font {
    return create(readFileSync(file)) as Font;
  }

  it('measures with a table as by reading the font: widths, runs and glyphs (both bundled faces)', () => {
    const files = bundledFontFiles();
    for (const file of [files.regular, files.bold]) {
      const read = freshFont(file);
      const tabled = freshFont(file);
      useCodePointTable(tabled, codePointTable(freshFont(file))!);
      const scale = 1000 / read.unitsPerEm;
      let plain = 0;
      for (const text of [...fixtureTexts(), ...HOSTILE]) {
        expect([text, plainWidth(tabled, text)]).toEqual([text, plainWidth(read, text)]);
        const run = plainRun(tabled, text, scale);
        const want = plainRun(read, text, scale);
        if (!want) continue;
        plain++;
        expect(run!.glyphs.map((g) => [g.id, g.codePoints, g.advanceWidth])).toEqual(want.glyphs.map((g) => [g.id, g.codePoints, g.advanceWidth]));
        expect(run!.positions).toEqual(want.positions);
      }
      expect(plain).toBeGreaterThan(100);
      for (let cp = 0; cp < 0x10000; cp += 97) expect([cp, hasGlyph(tabled, cp)]).toEqual([cp, read.hasGlyphForCodePoint(cp)]);
      expect(hasGlyph(tabled, 0x20000)).toBe(read.hasGlyphForCodePoint(0x20000));
    }
  });

  it('is what the build wrote for the bundled faces (dist/font-data), and reads back from its bytes', () => {
    const index = JSON.parse(readFileSync(path.join(fontDataDir(), 'index.json'), 'utf8')) as { codePointFormat: string; codePointTables: string[] };
    expect(index.codePointFormat).toBe(CODE_POINT_TABLE_FORMAT);
    const files = bundledFontFiles();
    for (const file of [files.regular, files.bold]) {
      const font = freshFont(file);
      const key = fontFingerprint(font)!;
      expect(index.codePointTables).toContain(key);
      const table = codePointTable(font)!;
      expect(readCodePointTable(readFileSync(path.join(fontDataDir(), `code-points-${key}.bin`)))).toEqual(table);
      expect(readCodePointTable(writeCodePointTable(table))).toEqual(table);
    }
    expect(readCodePointTable(new Uint8Array(10))).toBeUndefined();
  });

  it('leaves to shaping the code points whose flags or script a table does not know (a damaged file)', () => {
    const file = bundledFontFiles().regular;
    const good = codePointTable(freshFont(file))!;
    const text = '申請人';
    const want = plainWidth(freshFont(file), text);
    expect(want).toBeDefined();
    const withGood = freshFont(file);
    useCodePointTable(withGood, readCodePointTable(writeCodePointTable(good))!);
    expect(plainWidth(withGood, text)).toBe(want);
    const cp = '申'.codePointAt(0)!;
    // Damage a reading that trusts the file would not notice: a flag beyond the scripts beside the right ones, a script 32 places on (1 << script wraps around).
    for (const damage of [(t: typeof good) => (t.plain[cp] = t.plain[cp]! | 0x80), (t: typeof good) => (t.scripts[cp] = t.scripts[cp]! + 32)]) {
      const table = readCodePointTable(writeCodePointTable(good))!;
      damage(table);
      const font = freshFont(file);
      useCodePointTable(font, table);
      expect(plainWidth(font, text)).toBeUndefined();
      expect(plainWidth(font, '請人')).toBe(plainWidth(withGood, '請人'));
      expect(plainWidth(font, '請人')).toBeDefined();
    }
  });
});

describe('plainRun', () => {
  it("gives the run pdfkit's layoutRun makes from fontkit's layout, wherever it gives one", () => {
    const font = loadFonts().regular.font;
    const scale = 1000 / font.unitsPerEm;
    let plain = 0;
    for (const text of [...fixtureTexts(), ...HOSTILE]) {
      const run = plainRun(font, text, scale);
      if (!run) continue;
      plain++;
      // pdfkit 0.17 EmbeddedFont.layoutRun.
      const shaped = font.layout(text);
      const positions = shaped.positions.map((p, i) => ({ xAdvance: p.xAdvance * scale, yAdvance: p.yAdvance * scale, xOffset: p.xOffset * scale, yOffset: p.yOffset * scale, advanceWidth: shaped.glyphs[i]!.advanceWidth * scale }));
      expect(run.glyphs.map((g) => g.id)).toEqual(shaped.glyphs.map((g) => g.id));
      expect(run.glyphs.every((g, i) => g === shaped.glyphs[i])).toBe(true);
      expect(run.positions).toEqual(positions);
      expect(run.advanceWidth).toBe(positions.reduce((sum, p) => sum + p.xAdvance, 0));
    }
    expect(plain).toBeGreaterThan(100);
  });
});
