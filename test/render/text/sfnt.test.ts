import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontFace, fontFileBytes, loadFonts } from '../../../src/render/text/index.js';
import { compositeComponents, glyphBytes, horizontalMetric, readsGlyphs, seedLoca } from '../../../src/render/text/sfnt.js';

const require = createRequire(import.meta.url);
const { create } = require('fontkit') as typeof import('fontkit');

/** What fontkit 2 decodes of a glyph (the numbers sfnt.ts reads from the file). */
interface FontkitFont {
  numGlyphs: number;
  loca: { offsets: number[]; version: number };
  getGlyph(gid: number): {
    advanceWidth: number;
    _getMetrics(): { leftBearing: number };
    _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
  };
}

/** Liberation Sans (pdf.js's standard fonts, a dev dependency): a TrueType font with composite glyphs. */
const LIBERATION = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts', 'LiberationSans-Regular.ttf');

function expectAsFontkit(font: FontkitFont, step: number): number {
  let composites = 0;
  for (let gid = 0; gid < font.numGlyphs; gid += step) {
    const glyph = font.getGlyph(gid);
    const decoded = glyph._decode();
    const bytes = glyphBytes(font, gid)!;
    expect(bytes.length, `glyph ${gid}`).toBe(font.loca.offsets[gid + 1]! - font.loca.offsets[gid]!);
    expect(horizontalMetric(font, gid), `glyph ${gid}`).toEqual({ advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing });
    const want = decoded && decoded.numberOfContours < 0 ? decoded.components!.map((c) => ({ glyphID: c.glyphID, pos: c.pos })) : undefined;
    if (want) composites++;
    expect(compositeComponents(bytes), `glyph ${gid}`).toEqual(want);
  }
  return composites;
}

describe('sfnt tables read from the font file', () => {
  it('gives the bytes, metrics and components fontkit decodes (Liberation Sans: every glyph, composites among them)', () => {
    const font = create(fontFileBytes(LIBERATION)) as unknown as FontkitFont;
    expect(readsGlyphs(font)).toBe(true);
    expect(expectAsFontkit(font, 1)).toBeGreaterThan(100);
  });

  it('gives the bytes and metrics fontkit decodes (bundled Noto Sans TC, both faces: every 7th glyph)', () => {
    const fonts = loadFonts();
    for (const face of [fonts.regular, fonts.bold]) {
      const font = face.font as unknown as FontkitFont;
      expectAsFontkit(font, 7);
    }
  });

  it('reads past the long metrics as fontkit does: the last advance, the glyph’s own bearing', () => {
    // Liberation Sans with hhea.numberOfMetrics cut to 100: the rest of hmtx reads as bearings.
    const bytes = Uint8Array.from(fontFileBytes(LIBERATION));
    const font = create(Buffer.from(bytes.buffer)) as unknown as FontkitFont & { directory: { tables: Record<string, { offset: number }> } };
    new DataView(bytes.buffer).setUint16(font.directory.tables.hhea!.offset + 34, 100);
    const cut = create(Buffer.from(bytes.buffer)) as unknown as FontkitFont & { hhea: { numberOfMetrics: number } };
    expect(cut.hhea.numberOfMetrics).toBe(100);
    for (const gid of [0, 99, 100, 101, 300, cut.numGlyphs - 1]) {
      expect(horizontalMetric(cut, gid), `glyph ${gid}`).toEqual({ advance: cut.getGlyph(gid).advanceWidth, bearing: cut.getGlyph(gid)._getMetrics().leftBearing });
    }
  });

  it('seeds loca as fontkit decodes it (Liberation Sans: long offsets; both Noto faces), and leaves a decoded one alone', () => {
    const fonts = loadFonts();
    for (const file of [LIBERATION, fonts.regular.file, fonts.bold.file]) {
      const seeded = create(fontFileBytes(file)) as unknown as FontkitFont & { _tables: Record<string, unknown> };
      const before = Buffer.from(fontFileBytes(file));
      seedLoca(seeded);
      expect(Buffer.compare(fontFileBytes(file), before), 'the font file as read').toBe(0);
      const decoded = create(fontFileBytes(file)) as unknown as FontkitFont;
      // The offsets as fontkit reads them, by index (a long loca's are a typed array).
      const { offsets, ...rest } = seeded._tables.loca as { offsets: ArrayLike<number> };
      expect(rest).toEqual({ version: decoded.loca.version, _processed: decoded.loca.version === 0 ? true : undefined });
      expect(Array.from(offsets)).toEqual([...decoded.loca.offsets]);
      expect(Array.from(seeded.loca.offsets)).toEqual([...decoded.loca.offsets]);
      for (const gid of [0, 1, 2, decoded.numGlyphs - 1]) expect(seeded.loca.offsets[gid], `glyph ${gid}`).toBe(decoded.loca.offsets[gid]);
    }
    const font = create(fontFileBytes(LIBERATION)) as unknown as FontkitFont & { _tables: Record<string, unknown> };
    const loca = font.loca;
    seedLoca(font);
    expect(font._tables.loca).toBe(loca);
  });

  it('declines fonts whose table offsets are not the file’s (WOFF, no stream) and glyphs outside the table', () => {
    const font = fontFace(LIBERATION, 'regular').font as unknown as FontkitFont;
    expect(glyphBytes(font, font.numGlyphs + 5)).toBeUndefined();
    const copy = Uint8Array.from(fontFileBytes(LIBERATION));
    copy.set([0x77, 0x4f, 0x46, 0x46], 0); // 'wOFF'
    const fake = { stream: { buffer: copy }, directory: (font as unknown as { directory: unknown }).directory };
    expect(readsGlyphs(fake)).toBe(false);
    expect(horizontalMetric(fake, 1)).toBeUndefined();
    expect(readsGlyphs({})).toBe(false);
    expect(compositeComponents(new Uint8Array(0))).toBeUndefined();
  });
});
