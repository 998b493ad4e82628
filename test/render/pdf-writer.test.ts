import { describe, expect, it } from 'vitest';
import { writePdf } from '../../src/render/pdf-writer.js';
import { edgeItems } from '../../src/render/layout/edge-items.js';
import type { Scene } from '../../src/render/scene.js';
import { bundledFontFiles } from '../../src/render/text/index.js';
import { inspectPdf, pageContents } from './pdf-inspect.js';

const files = bundledFontFiles();
const fonts = { regular: files.regular, bold: files.bold, family: 'Noto Sans TC' };

/** A hand-made scene with every primitive. */
function sampleScene(): Scene {
  return {
    title: '人民陳情案件管制作業流程',
    description: '測試用場景',
    lang: 'zh-TW',
    fonts,
    pages: [
      {
        width: 595.28,
        height: 841.89,
        items: [
          {
            kind: 'group',
            id: 'receive',
            role: 'step',
            data: { 'data-step-id': 'receive' },
            bounds: { x: 50, y: 50, width: 200, height: 40 },
            items: [
              { kind: 'rect', box: { x: 50, y: 50, width: 200, height: 40 }, radius: 20, fill: '#ffffff', stroke: { color: '#000000', width: 1 } },
              { kind: 'text', text: '線上系統受理陳情', x: 150, y: 75, anchor: 'middle', size: 12, weight: 'regular', color: '#000000', width: 96, role: 'label' },
            ],
          },
          edgeItems([{ x: 150, y: 90 }, { x: 150, y: 150 }], { color: '#000000', width: 1 }),
          {
            kind: 'path',
            commands: [{ op: 'M', x: 300, y: 90 }, { op: 'C', x1: 350, y1: 90, x2: 350, y2: 150, x: 300, y: 150 }, { op: 'Z' }],
            fill: 'none',
            stroke: { color: '#333333', width: 0.75, dash: [3, 2] },
          },
          { kind: 'circle', center: { x: 150, y: 170 }, radius: 10, fill: '#ffffff', stroke: { color: '#000000', width: 1 } },
          { kind: 'text', text: 'A', x: 150, y: 174, anchor: 'middle', size: 10, weight: 'bold', color: '#000000', width: 6.5, role: 'connector' },
          { kind: 'text', text: '結案', x: 400, y: 300, anchor: 'end', size: 10, weight: 'bold', color: '#000000', width: 20 },
        ],
      },
      { width: 1190.55, height: 841.89, items: [{ kind: 'text', text: 'Page 2 of 2', x: 100, y: 100, anchor: 'start', size: 9, weight: 'regular', color: '#000000', width: 45 }] },
    ],
  };
}

describe('writePdf', () => {
  it('writes one page per scene page with the page sizes', async () => {
    const facts = await inspectPdf(await writePdf(sampleScene()));
    expect(facts.pageCount).toBe(2);
    expect(facts.pageSizes[0]!.width).toBeCloseTo(595.28, 1);
    expect(facts.pageSizes[0]!.height).toBeCloseTo(841.89, 1);
    expect(facts.pageSizes[1]!.width).toBeCloseTo(1190.55, 1);
  });

  it('sets Title and Lang', async () => {
    const facts = await inspectPdf(await writePdf(sampleScene()));
    expect(facts.title).toBe('人民陳情案件管制作業流程');
    expect(facts.lang).toBe('zh-TW');
  });

  it('embeds subset fonts, each once', async () => {
    const facts = await inspectPdf(await writePdf(sampleScene()));
    expect(facts.baseFonts).toHaveLength(2);
    for (const name of facts.baseFonts) expect(name).toMatch(/^[A-Z]{6}\+NotoSansTC-(Regular|Bold)$/);
    expect(facts.embedded.every(Boolean)).toBe(true);
    expect(facts.toUnicode.every(Boolean)).toBe(true);
  });

  it('registers a font used for both weights only once', async () => {
    const scene = sampleScene();
    scene.fonts = { regular: files.regular, bold: files.regular, family: 'Noto Sans TC' };
    const facts = await inspectPdf(await writePdf(scene));
    expect(facts.baseFonts).toHaveLength(1);
  });

  it('is byte-identical across runs with the same date', async () => {
    const date = new Date(Date.UTC(2025, 5, 1));
    const a = await writePdf(sampleScene(), { date });
    const b = await writePdf(sampleScene(), { date });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('dates the document with the date given, else now', async () => {
    const before = Date.now();
    const written = await inspectPdf(await writePdf(sampleScene()));
    // PDF dates have whole seconds.
    expect(written.creationDate!.getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(written.creationDate!.getTime()).toBeLessThanOrEqual(Date.now());
    const facts = await inspectPdf(await writePdf(sampleScene(), { date: new Date(Date.UTC(2024, 0, 2)) }));
    expect(facts.creationDate?.toISOString()).toBe('2024-01-02T00:00:00.000Z');
  });

  it('draws text as text at the baseline, shifted by the measured width for middle/end anchors', async () => {
    const [first] = await pageContents(await writePdf(sampleScene()));
    // Text objects: BT … Tm … Tj/TJ … ET. pdfkit flips y: baseline y in PDF space = height − y.
    const matrices = [...first!.matchAll(/1 0 0 1 ([\d.]+) ([\d.]+) Tm/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(matrices).toHaveLength(3);
    expect(matrices[0]![0]).toBeCloseTo(150 - 48, 2); // middle: x − width / 2
    expect(matrices[0]![1]).toBeCloseTo(841.89 - 75, 2); // at the baseline, no ascent added
    expect(matrices[2]![0]).toBeCloseTo(400 - 20, 2); // end: x − width
  });

  it('draws the arrowhead the scene holds (an edge group) and dashes where asked', async () => {
    const [first] = await pageContents(await writePdf(sampleScene()));
    expect(first).toMatch(/\[3 2\] 0 d/);
    // The shaft stops inside the head; the head is a closed triangle with its tip at the end
    // point (150, 150), filled and stroked (B).
    expect(first).toMatch(/150 90 m\s+150 146\.5 l/);
    expect(first).toMatch(/150 150 m\s+147\.2 143 l\s+152\.8 143 l\s+h[^Q]*\bB\b/);
  });

  it('writes an empty scene as a valid document', async () => {
    const scene = sampleScene();
    scene.pages = [{ width: 200, height: 100, items: [] }];
    const facts = await inspectPdf(await writePdf(scene));
    expect(facts.pageCount).toBe(1);
  });
});
