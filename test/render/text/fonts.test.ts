import { describe, expect, it } from 'vitest';
import { bundledFontFiles, FontError, fontMetrics, loadFonts, measureText, missingGlyphs } from '../../../src/render/text/index.js';

describe('loadFonts', () => {
  it('loads the bundled Noto Sans TC regular and bold once per process', () => {
    const fonts = loadFonts();
    expect(fonts.family).toBe('Noto Sans TC');
    expect(fonts.bundled).toBe(true);
    expect(fonts.regular.file).toBe(bundledFontFiles().regular);
    expect(fonts.bold.file).toBe(bundledFontFiles().bold);
    expect(loadFonts()).toBe(fonts);
  });

  it('uses one custom font file for both weights', () => {
    const fonts = loadFonts(bundledFontFiles().bold);
    expect(fonts.bundled).toBe(false);
    expect(fonts.bold).toBe(fonts.regular);
  });

  it('throws FontError for a file that is not a font', () => {
    expect(() => loadFonts(new URL(import.meta.url).pathname)).toThrow(FontError);
  });
});

describe('measureText', () => {
  const font = loadFonts().regular;
  it('measures CJK characters at one em and scales with size', () => {
    expect(measureText(font, '是否', 10)).toBeCloseTo(20, 5);
    expect(measureText(font, '是否', 20)).toBeCloseTo(40, 5);
    expect(measureText(font, '', 10)).toBe(0);
  });
  it('measures Latin text narrower than CJK', () => {
    expect(measureText(font, 'abc', 10)).toBeLessThan(measureText(font, '甲乙丙', 10));
  });
  it('gives ascent and descent', () => {
    const m = fontMetrics(font, 10);
    expect(m.ascent).toBeGreaterThan(8);
    expect(m.descent).toBeGreaterThan(1);
  });
});

describe('missingGlyphs', () => {
  const font = loadFonts().regular;
  it('names each character the font cannot draw, once', () => {
    expect(missingGlyphs(font, '正常😀文字😀')).toEqual(['😀']);
  });
  it('ignores white space and control characters', () => {
    expect(missingGlyphs(font, '甲 乙\t丙\n\u0007')).toEqual([]);
  });
});
