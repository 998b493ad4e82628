import { createRequire } from 'node:module';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { layoutChart } from '../../src/render/layout/layout-chart.js';
import { composeSvg } from '../../src/render/compose-svg.js';
import type { Scene } from '../../src/render/scene.js';
import { formatNumber, writeSvg, xmlSafeText } from '../../src/render/svg-writer.js';
import { loadFonts } from '../../src/render/text/index.js';
import { chartFixtures, DEMO_SOP, fromText, generatedSop } from './chart-fixtures.js';

// sax as an independent, strict XML 1.0 parser.
interface SaxParser {
  onerror: (error: Error) => void;
  onopentag: (tag: { name: string; attributes: Record<string, string> }) => void;
  ontext: (text: string) => void;
  onclosetag: (name: string) => void;
  write(text: string): SaxParser;
  close(): void;
}
const sax = createRequire(import.meta.url)('sax') as { parser(strict: boolean, options?: object): SaxParser };

interface ParsedElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: ParsedElement[];
}

/** Parses XML strictly; throws on anything not well-formed. */
function parseXml(xml: string): ParsedElement {
  const parser = sax.parser(true, { xmlns: false });
  const root: ParsedElement = { name: '#document', attributes: {}, text: '', children: [] };
  const stack = [root];
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    const el = { name: tag.name, attributes: tag.attributes, text: '', children: [] };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  };
  parser.ontext = (text) => {
    stack[stack.length - 1]!.text += text;
  };
  parser.onclosetag = () => void stack.pop();
  parser.write(xml).close();
  return root.children[0]!;
}

function all(el: ParsedElement, name: string, out: ParsedElement[] = []): ParsedElement[] {
  if (el.name === name) out.push(el);
  for (const child of el.children) all(child, name, out);
  return out;
}

const fonts = loadFonts();

async function render(text: string, options: { embedFont?: boolean; lang?: 'zh-TW' | 'en' } = {}) {
  const sop = fromText(text, 'svg-test.sop.yaml');
  const lang = options.lang ?? 'zh-TW';
  const layout = await layoutChart(sop, { lang, fonts });
  return writeSvg(composeSvg(sop, layout, { lang, fonts }), { embedFont: options.embedFont });
}

describe('writeSvg', () => {
  it('writes well-formed, byte-identical SVG for every fixture', async () => {
    for (const { name, sop } of chartFixtures()) {
      const layout = await layoutChart(sop, { lang: 'zh-TW', fonts });
      const first = writeSvg(composeSvg(sop, layout, { lang: 'zh-TW', fonts })).svg;
      const again = writeSvg(composeSvg(sop, await layoutChart(sop, { lang: 'zh-TW', fonts }), { lang: 'zh-TW', fonts })).svg;
      expect(again, name).toBe(first);
      const svg = parseXml(first);
      expect(svg.name, name).toBe('svg');
      expect(all(svg, 'g').filter((g) => g.attributes['data-step-id']).length, name).toBe(new Set(sop.steps.map((s) => s.id)).size);
    }
  });

  it('is a standalone document: title, desc, language, font family with the bundled font first', async () => {
    const { svg } = await render(DEMO_SOP);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    const root = parseXml(svg);
    expect(root.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(root.attributes['xml:lang']).toBe('zh-TW');
    expect(root.attributes.viewBox).toMatch(/^0 0 [\d.]+ [\d.]+$/);
    expect(root.attributes['font-family']!.startsWith("'Noto Sans TC', ")).toBe(true);
    expect(root.attributes['font-family']!.endsWith('sans-serif')).toBe(true);
    expect(all(root, 'title')[0]!.text).toBe('公文陳核與修正作業流程（示範）');
    expect(all(root, 'desc')[0]!.text).toContain('公文陳核與修正作業流程（示範）');
  });

  it('keeps text as text: every label is searchable in the file', async () => {
    const { svg } = await render(DEMO_SOP);
    const texts = all(parseXml(svg), 'text').map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['主辦', '協辦', '服務中心', '註1', '核可', '駁回', '修正']));
    const steps = all(parseXml(svg), 'g').filter((g) => g.attributes['data-step-id']);
    expect(steps.map((g) => g.attributes.id)).toContain('step-review');
    const review = steps.find((g) => g.attributes['data-step-id'] === 'review')!;
    expect(all(review, 'text').map((t) => t.text).join('')).toContain('主管審核是否核可');
  });

  it('escapes markup characters and drops what XML 1.0 cannot hold', async () => {
    const nasty = DEMO_SOP.replace('title: 公文陳核與修正作業流程（示範）', 'title: "A <b>&amp; \\"q\\" \'s\' ]]> \\u0007bell\\u0000 \\uFFFE end"').replace('text: 收到承辦案件', 'text: "x < y && z > \\u001b w"');
    const { svg } = await render(nasty);
    const root = parseXml(svg);
    expect(all(root, 'title')[0]!.text).toBe('A <b>&amp; "q" \'s\' ]]> bell \ufffd end');
    expect(all(root, 'text').map((t) => t.text).join('\n')).toContain('x < y && z >  w');
    expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('embeds a subset of the font as a data URL that is a working TrueType font', async () => {
    const { svg, warnings } = await render(DEMO_SOP, { embedFont: true });
    expect(warnings).toEqual([]);
    const css = all(parseXml(svg), 'style')[0]!.text;
    const urls = [...css.matchAll(/url\(data:font\/ttf;base64,([A-Za-z0-9+/=]+)\)/g)].map((m) => m[1]!);
    expect(urls).toHaveLength(2);
    expect(css).toContain("font-family: 'Noto Sans TC'; font-weight: bold");
    const font = create(Buffer.from(urls[0]!, 'base64'));
    if ('fonts' in font) throw new Error('a collection');
    for (const ch of '服務中心主管審核是否核可') expect(font.hasGlyphForCodePoint(ch.codePointAt(0)!), ch).toBe(true);
    expect(font.hasGlyphForCodePoint('龘'.codePointAt(0)!)).toBe(false);
    expect(font.numGlyphs).toBeLessThan(400);
    expect(font.layout('主管').advanceWidth).toBe(2000);
    const plain = await render(DEMO_SOP);
    expect(plain.svg.length).toBeLessThan(svg.length);
    expect(plain.svg).not.toContain('@font-face');
  });

  it('renders a generated 200-step SOP', async () => {
    const sop = generatedSop(200);
    const layout = await layoutChart(sop, { lang: 'zh-TW', fonts });
    const { svg } = writeSvg(composeSvg(sop, layout, { lang: 'zh-TW', fonts }));
    expect(all(parseXml(svg), 'g').filter((g) => g.attributes['data-step-id'])).toHaveLength(200);
  });

  it('refuses a scene without pages', () => {
    const scene: Scene = { title: 't', description: 'd', lang: 'en', pages: [], fonts: { regular: '', bold: '', family: 'x' } };
    expect(() => writeSvg(scene)).toThrow(/no page/);
  });

  it('keeps every attribute value and text well-formed, whatever the scene holds', () => {
    const hostile = 'a"b\'c<d>&e]]>\u0000\u0007\t\n\r\ud800 \ufffe\u{1F600}';
    const text = { kind: 'text', text: hostile, x: 1, y: 2, anchor: 'middle', size: 9, weight: 'bold', width: 10, color: hostile } as const;
    const scene: Scene = {
      title: hostile,
      description: hostile,
      lang: hostile,
      fonts: { regular: '', bold: '', family: hostile },
      pages: [
        {
          width: 100,
          height: 50,
          items: [
            { kind: 'group', id: hostile, role: hostile, data: { 'data-step-id': hostile, kind: hostile }, items: [text] },
            { kind: 'rect', box: { x: 0, y: 0, width: 1, height: 1 }, fill: hostile, stroke: { color: hostile, width: 1, dash: [2, 1] } },
            { kind: 'circle', center: { x: 1, y: 1 }, radius: 1, fill: hostile },
          ],
        },
      ],
    };
    const { svg } = writeSvg(scene);
    const safe = 'a"b\'c<d>&e]]>   \ufffd \ufffd\u{1F600}';
    const root = parseXml(svg);
    expect(root.attributes['xml:lang']).toBe(safe);
    expect(all(root, 'title')[0]!.text).toBe(safe);
    const group = all(root, 'g')[0]!;
    expect([group.attributes.id, group.attributes.class, group.attributes['data-step-id'], group.attributes['data-kind']]).toEqual([safe, safe, safe, safe]);
    const drawn = all(root, 'text')[0]!;
    expect([drawn.text, drawn.attributes.fill, drawn.attributes['xml:space']]).toEqual([safe, safe, 'preserve']);
    expect(all(root, 'rect').map((r) => r.attributes.stroke)).toContain(safe);
    expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('escapes each character XML cannot take as it is, also alone in an otherwise plain value', () => {
    // Values without any such character are written unchanged; each of them must still be caught by itself.
    const characters = ['"', '<', '>', '&', '\u0000', '\u0007', '\u001f', '\u007f', '\t', '\n', '\r', '\ud800', '\udc00', '\ufffe', '\uffff'];
    for (const ch of characters) {
      const value = `a${ch}b`;
      const scene: Scene = {
        title: value,
        description: 'd',
        lang: 'en',
        fonts: { regular: '', bold: '', family: 'x' },
        pages: [{ width: 1, height: 1, items: [{ kind: 'group', id: value, items: [{ kind: 'text', text: value, x: 0, y: 0, anchor: 'start', size: 9, weight: 'regular', width: 1, color: value }] }] }],
      };
      const root = parseXml(writeSvg(scene).svg);
      const expected = `a${xmlSafeText(ch)}b`;
      const drawn = all(root, 'text')[0]!;
      expect([all(root, 'title')[0]!.text, all(root, 'g')[0]!.attributes.id, drawn.text, drawn.attributes.fill], JSON.stringify(ch)).toEqual([expected, expected, expected, expected]);
    }
  });

  it('refuses an attribute name that is not a name (never written half-formed)', () => {
    const scene: Scene = { title: 't', description: 'd', lang: 'en', fonts: { regular: '', bold: '', family: 'x' }, pages: [{ width: 1, height: 1, items: [{ kind: 'group', data: { 'data-a b="c"': 'x' }, items: [] }] }] };
    expect(() => writeSvg(scene)).toThrow(/not an attribute name/);
  });
});

describe('formatNumber and xmlSafeText', () => {
  it('writes at most two decimals and never -0', () => {
    expect(formatNumber(1.23456)).toBe('1.23');
    expect(formatNumber(-0.001)).toBe('0');
    expect(formatNumber(10)).toBe('10');
  });
  it('keeps pairs of surrogates and replaces lone ones', () => {
    expect(xmlSafeText('a😀b')).toBe('a😀b');
    expect(xmlSafeText('a\ud800b\udc00')).toBe('a\ufffdb\ufffd');
    expect(xmlSafeText('tab\there\nnl')).toBe('tab here nl');
  });
  it('gives XML 1.0 characters only, for every UTF-16 code unit', () => {
    const legal = /^(?:[\t\n\r\u0020-\ud7ff\ue000-\ufffd]|[\ud800-\udbff][\udc00-\udfff])*$/;
    for (let unit = 0; unit <= 0xffff; unit++) {
      const safe = xmlSafeText(`a${String.fromCharCode(unit)}b`);
      if (!legal.test(safe) || /[\t\n\r\u007f]/.test(safe)) expect.fail(`U+${unit.toString(16)} gives ${JSON.stringify(safe)}`);
    }
  });
});
