import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePdf } from '../../src/render/pdf-writer.js';
import { PDFDocument, wellFormed } from '../../src/render/pdfkit-module.js';
import { edgeItems } from '../../src/render/layout/edge-items.js';
import type { Scene } from '../../src/render/scene.js';
import { bundledFontFiles } from '../../src/render/text/index.js';
import { inspectPdf, pageContents } from './pdf-inspect.js';

const files = bundledFontFiles();
const fonts = { regular: files.regular, bold: files.bold, family: 'Noto Sans TC' };
const require = createRequire(import.meta.url);
const LIBERATION = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts', 'LiberationSans-Regular.ttf');
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

/** The scene's text drawn the way the writer drew it before it wrote text objects itself: pdfkit's text(), each item in q…Q. */
function pdfkitText(scene: Scene): Promise<Uint8Array> {
  const doc = new PDFDocument({ autoFirstPage: false, compress: true, font: null as unknown as string });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
  doc.registerFont('F1', scene.fonts.regular);
  doc.registerFont('F2', scene.fonts.bold);
  for (const page of scene.pages) {
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    for (const t of page.items) {
      if (t.kind !== 'text') continue;
      doc.save();
      doc.font(t.weight === 'bold' ? 'F2' : 'F1').fontSize(t.size);
      doc.fillColor(t.color);
      const x = t.anchor === 'middle' ? t.x - t.width / 2 : t.anchor === 'end' ? t.x - t.width : t.x;
      doc.text(wellFormed(t.text), x, t.y, { lineBreak: false, baseline: 'alphabetic' });
      doc.restore();
    }
  }
  doc.end();
  return done;
}

/**
 * What a content stream shows: each TJ array with the fill colour, font and size it is shown in
 * and where its first glyph lands on the page (the text matrix times the current transformation,
 * rounded to 1/1000 pt), and whether a text matrix of its own placed it (a mark's offset).
 */
function glyphsShown(content: string): { at: string; font: string; fill: string; shown: string; offset: boolean }[] {
  type Matrix = [number, number, number, number, number, number];
  const times = (a: Matrix, b: Matrix): Matrix => [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3], a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3], a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]];
  let state = { ctm: [1, 0, 0, 1, 0, 0] as Matrix, fill: '', font: '' };
  const stack: (typeof state)[] = [];
  let tm: Matrix = [1, 0, 0, 1, 0, 0];
  let matrices = 0;
  const out: ReturnType<typeof glyphsShown> = [];
  for (const line of content.split('\n')) {
    const op = line.trim();
    const n = op.split(' ').slice(0, -1).map(Number);
    if (op === 'q') stack.push({ ...state, ctm: [...state.ctm] as Matrix });
    else if (op === 'Q') state = stack.pop()!;
    else if (op.endsWith(' cm')) state.ctm = times(n as Matrix, state.ctm);
    else if (op === 'BT') matrices = 0;
    else if (op.endsWith(' Tm')) {
      tm = n as Matrix;
      matrices++;
    } else if (op.endsWith(' scn')) state.fill = op;
    else if (op.endsWith(' Tf')) state.font = op;
    else if (op.endsWith(' TJ')) {
      const m = times(tm, state.ctm);
      out.push({ at: `${m.map((v) => Math.round(v * 1000) / 1000).join(' ')}`, font: state.font, fill: state.fill, shown: op, offset: matrices > 1 });
    }
  }
  return out;
}

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
    // Text objects: BT … Tm … TJ … ET, in the page's y-down space (pdfkit's page flip): the text
    // matrix flips the glyphs upright, its y is the baseline's.
    const matrices = [...first!.matchAll(/1 0 0 -1 ([\d.]+) ([\d.]+) Tm/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(matrices).toHaveLength(3);
    expect(matrices[0]![0]).toBeCloseTo(150 - 48, 2); // middle: x − width / 2
    expect(matrices[0]![1]).toBeCloseTo(75, 2); // at the baseline, no ascent added
    expect(matrices[2]![0]).toBeCloseTo(400 - 20, 2); // end: x − width
  });

  it('sets the fill colour and the font of text only when they change on the page', async () => {
    const text = (t: string, y: number, color: string, weight: 'regular' | 'bold' = 'regular', size = 10) =>
      ({ kind: 'text', text: t, x: 50, y, anchor: 'start', size, weight, color, width: 10 * t.length }) as const;
    const scene = sampleScene();
    scene.pages = [
      {
        width: 300,
        height: 300,
        items: [
          text('一', 20, '#000000'),
          // A shape between sets its own colours inside q…Q: the text after it needs none.
          { kind: 'rect', box: { x: 10, y: 30, width: 100, height: 20 }, fill: '#ff0000', stroke: { color: '#00ff00', width: 1 } },
          text('二', 60, '#000000'),
          text('三', 80, '#0000ff'),
          text('四', 100, '#0000ff', 'bold'),
          text('五', 120, '#0000ff', 'bold', 12),
        ],
      },
    ];
    const [content] = await pageContents(await writePdf(scene));
    const objects = content!.split('BT').slice(1).map((o) => o.slice(0, o.indexOf('ET')));
    expect(objects).toHaveLength(5);
    const fills = objects.map((o) => /([\d.]+ [\d.]+ [\d.]+) scn/.exec(o)?.[1]);
    expect(fills).toEqual(['0 0 0', undefined, '0 0 1', undefined, undefined]);
    const fontsSet = objects.map((o) => /\/(F\d+) ([\d.]+) Tf/.exec(o)?.slice(1).join(' '));
    expect(fontsSet).toEqual(['F1 10', undefined, undefined, 'F2 10', 'F2 12']);
    // Text is not wrapped in graphics states of its own any more: q…Q are the rectangle's.
    expect(content!.match(/^q$/gm)).toHaveLength(1);
  });

  it('puts every glyph where pdfkit\'s text() puts it: runs, kerning, marks and their offsets', async () => {
    const faces: { regular: string; bold: string; family: string }[] = [fonts, { regular: LIBERATION, bold: LIBERATION, family: 'Liberation Sans' }];
    // A face whose shaping gives marks x and y offsets (GPOS mark positioning): Debian's fonts-dejavu-core.
    expect(existsSync(DEJAVU) || !process.env.CI, `${DEJAVU} (fonts-dejavu-core) must be installed where CI is set`).toBe(true);
    if (existsSync(DEJAVU)) faces.push({ regular: DEJAVU, bold: DEJAVU, family: 'DejaVu Sans' });
    const strings = ['線上系統受理陳情', 'AV Wa To', 'か\u3099が', 'e\u0301x q\u0303y a\u0323\u0302 x\u0308y', '<&"\'>', 'ab\uD800cd', '１２：３０（一）'];
    let offsets = 0;
    for (const face of faces) {
      const items = strings.map(
        (t, i) =>
          ({ kind: 'text', text: t, x: 40 + 3.7 * i, y: 30 + 21.3 * i, anchor: (['start', 'middle', 'end'] as const)[i % 3], size: 9 + i, weight: i % 2 ? 'bold' : 'regular', color: i % 2 ? '#336699' : '#000000', width: 50 + i }) as const,
      );
      const scene: Scene = { ...sampleScene(), fonts: face, pages: [{ width: 400, height: 300, items }] };
      const [ours] = await pageContents(await writePdf(scene, { date: new Date(0) }));
      const [theirs] = await pageContents(await pdfkitText(scene));
      const shown = glyphsShown(ours!);
      offsets += shown.filter((g) => g.offset).length;
      expect(shown.map(({ offset, ...g }) => g), face.family).toEqual(glyphsShown(theirs!).map(({ offset, ...g }) => g));
    }
    if (existsSync(DEJAVU)) expect(offsets, 'marks drawn at their own offsets').toBeGreaterThan(0);
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
