import { describe, expect, it } from 'vitest';
import { builtModule, runModuleProbe } from '../../helpers/module-probe.js';
import { ROOT } from '../../helpers/run-cli.js';
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

describe('the WOFF2 decoder fontkit loads', () => {
  // In a process of its own, as a render runs: no other test has loaded fontkit or brotli there.
  it('loads only when a font needs it, and then decodes', () => {
    const fontsModule = builtModule('dist/render/text/fonts.js');
    const ran = runModuleProbe(
      `import { createRequire } from 'node:module';
      import { brotliCompressSync } from 'node:zlib';
      const { loadFonts } = await import(${JSON.stringify(fontsModule)});
      const fontkitRequire = createRequire(createRequire(import.meta.url).resolve('fontkit', { paths: [${JSON.stringify(ROOT)}] }));
      const decoder = fontkitRequire.resolve('brotli/dec/decode.js');
      const width = loadFonts().regular.font.layout('是否 SOP').advanceWidth;
      const loadedBefore = decoder in fontkitRequire.cache;
      const text = Buffer.from('表單 form '.repeat(50));
      const decoded = Buffer.from(fontkitRequire('brotli/decompress.js')(brotliCompressSync(text), text.length));
      console.log(JSON.stringify({ width, loadedBefore, loadedAfter: decoder in fontkitRequire.cache, same: decoded.equals(text) }));`,
    );
    expect(ran.stderr).toBe('');
    expect(JSON.parse(ran.stdout)).toEqual({ width: expect.any(Number), loadedBefore: false, loadedAfter: true, same: true });
  });
});

describe('the Unicode tries fontkit builds', () => {
  // In a process of its own, as a render runs: no other test has loaded fontkit there.
  it('builds each trie when it is first read: none when fonts load, the script trie when text is shaped', () => {
    const fontsModule = builtModule('dist/render/text/fonts.js');
    const ran = runModuleProbe(
      `import { createRequire } from 'node:module';
      const fontkitRequire = createRequire(createRequire(import.meta.url).resolve('fontkit', { paths: [${JSON.stringify(ROOT)}] }));
      // Each trie is inflated twice (unicode-trie's format): count the calls.
      const inflate = fontkitRequire.resolve('tiny-inflate');
      const realInflate = fontkitRequire(inflate);
      let calls = 0;
      fontkitRequire.cache[inflate].exports = (...args) => (calls++, realInflate(...args));
      const { loadFonts } = await import(${JSON.stringify(fontsModule)});
      const font = loadFonts().regular.font;
      const afterLoad = calls;
      const run = font.layout('是否 SOP 123');
      console.log(JSON.stringify({ afterLoad, afterShaping: calls, glyphs: run.glyphs.length, width: run.advanceWidth, script: run.script }));`,
    );
    expect(ran.stderr).toBe('');
    expect(JSON.parse(ran.stdout)).toEqual({ afterLoad: 0, afterShaping: 2, glyphs: 10, width: expect.any(Number), script: 'hani' });
  });
});
