import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { loadFonts, reuseGlyphData } from '../../../src/render/text/index.js';
import { builtModule, runModuleProbe } from '../../helpers/module-probe.js';

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

describe('fonts the build found encoded the same both ways', () => {
  // In a process of its own, as a cold render: no subset of the fonts has been encoded there yet.
  it("encodes a bundled font's first subset directly, without fontkit's encoder, once a render's fonts are loaded", () => {
    const text = builtModule('dist/render/text/index.js');
    const renderFonts = builtModule('dist/pipeline/render-fonts.js');
    const ran = runModuleProbe(
      `const { reuseGlyphData } = await import(${JSON.stringify(text)});
      const { loadRenderFonts } = await import(${JSON.stringify(renderFonts)});
      const fontkitEncodes = (font) => {
        const subset = font.createSubset();
        let calls = 0;
        const fontkitEncode = subset.encode;
        subset.encode = function () { calls++; return fontkitEncode.call(this); };
        reuseGlyphData(subset);
        for (const ch of '申請案件 SOP-1') subset.includeGlyph(font.glyphForCodePoint(ch.codePointAt(0)));
        return subset.encode().length > 0 ? calls : -1;
      };
      const fonts = loadRenderFonts({ cwd: process.cwd(), lang: 'zh-TW' });
      console.log(JSON.stringify({ regular: fontkitEncodes(fonts.regular.font), bold: fontkitEncodes(fonts.bold.font) }));`,
    );
    expect(ran.stderr).toBe('');
    expect(JSON.parse(ran.stdout)).toEqual({ regular: 0, bold: 0 });
  });
});
