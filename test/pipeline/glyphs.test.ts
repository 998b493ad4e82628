import { describe, expect, it } from 'vitest';
import { glyphWarning } from '../../src/pipeline/glyphs.js';
import type { Page, TextItem } from '../../src/render/scene.js';
import { loadFonts } from '../../src/render/text/index.js';

const fonts = loadFonts();
const text = (value: string, weight: TextItem['weight'] = 'regular'): TextItem => ({ kind: 'text', text: value, x: 0, y: 0, anchor: 'start', size: 10, weight, color: '#000000', width: 10 });
const page = (...items: TextItem[]): Page => ({ width: 100, height: 100, items: [{ kind: 'group', items }] });

describe('glyphWarning', () => {
  it('says nothing when the fonts draw every character the pages print', () => {
    expect(glyphWarning(fonts, [page(text('受理陳情'), text('結案', 'bold'))], 'zh-TW')).toBeUndefined();
  });

  it('names each missing character once, with its code point, in the run language', () => {
    const pages = [page(text('開始 😀')), page(text('😀'), text('🜁', 'bold'))];
    expect(glyphWarning(fonts, pages, 'en')).toBe('the font NotoSansTC_400Regular.ttf has no glyph for these characters, which will print blank: 😀 (U+1F600) 🜁 (U+1F701)');
    expect(glyphWarning(fonts, pages, 'zh-TW')).toBe('字型 NotoSansTC_400Regular.ttf 缺少這些字元的字形，將印成空白：😀 (U+1F600) 🜁 (U+1F701)');
  });
});
