import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { loadFonts, reuseGlyphData } from '../../../src/render/text/index.js';

/** A subset of `font` holding the glyphs of `text`, made by fontkit alone or with the glyph data and encoder of glyph-data.ts. */
function subsetBytes(font: Font, text: string, ours: boolean): Uint8Array {
  const subset = font.createSubset() as unknown as { includeGlyph(glyph: unknown): number; encode(): Uint8Array };
  if (ours) reuseGlyphData(subset);
  for (const ch of text) subset.includeGlyph(font.glyphForCodePoint(ch.codePointAt(0)!));
  return Uint8Array.from(subset.encode());
}

const TEXTS = ['申請案件，送主管核定。', '承辦人收文後於三日內完成審查 (ABC-123) fi ﬁ é ñ Å', '第1條 依《行政程序法》辦理；逾期 30 日者…', ''];

describe('font subsets encoded without restructure', () => {
  const fonts = loadFonts();
  for (const face of [fonts.regular, fonts.bold]) {
    it(`gives fontkit's bytes, for the first subset of the font and the ones after it (${face.weight})`, () => {
      // Twice round: the first subset of a font is checked against fontkit, the later ones are not.
      for (const text of [...TEXTS, ...TEXTS]) expect(Buffer.from(subsetBytes(face.font, text, true)).equals(Buffer.from(subsetBytes(face.font, text, false)))).toBe(true);
    });
  }
});
