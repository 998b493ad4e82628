// The PDF writer: draws a Scene with pdfkit, one PDF page per scene page. Like the SVG writer it
// adds no geometry: every box, path, circle and text line is placed by the composer; text is drawn
// at its baseline with the composer's measured width (for middle/end anchors). The fonts the text
// was measured with are embedded as subsets. The creation date is the one given (the pipeline's:
// SOURCE_DATE_EPOCH when set, else the time of the run), else now; pdfkit derives the document /ID from the info dictionary, so with
// SOURCE_DATE_EPOCH (or a given date) the same scene always gives the same bytes.
import { PDFDocument, wellFormed } from './pdfkit-module.js';
import type { Page, Paint, PathCommand, Scene, SceneItem, TextItem } from './scene.js';
import type { Font } from 'fontkit';
import { fontFileBytes, fontkitFont, plainRun, reuseGlyphData } from './text/index.js';

export interface PdfWriteOptions {
  /** Creation and modification date; default: now (the pipeline passes SOURCE_DATE_EPOCH's: pipeline/source-date.ts). */
  date?: Date;
  /** The Creator entry (the program that made the document). */
  creator?: string;
}

type Doc = PDFKit.PDFDocument;


function isPainted(color: string | undefined): color is string {
  return color !== undefined && color !== 'none' && color !== 'transparent' && color !== '';
}

function tracePath(doc: Doc, commands: PathCommand[]): void {
  for (const c of commands) {
    switch (c.op) {
      case 'M':
        doc.moveTo(c.x, c.y);
        break;
      case 'L':
        doc.lineTo(c.x, c.y);
        break;
      case 'C':
        doc.bezierCurveTo(c.x1, c.y1, c.x2, c.y2, c.x, c.y);
        break;
      case 'Z':
        doc.closePath();
        break;
    }
  }
}

/** Fills and/or strokes the current path with the item's paint. */
function paint(doc: Doc, p: Paint): void {
  const fill = isPainted(p.fill) ? p.fill : undefined;
  const stroke = p.stroke && isPainted(p.stroke.color) && p.stroke.width > 0 ? p.stroke : undefined;
  if (stroke) {
    doc.lineWidth(stroke.width);
    const dash = stroke.dash?.filter((d) => Number.isFinite(d) && d > 0);
    if (dash && dash.length > 0) doc.dash(dash as unknown as number, {});
    else doc.undash();
  }
  if (fill && stroke) doc.fillAndStroke(fill, stroke.color);
  else if (fill) doc.fill(fill);
  else if (stroke) doc.stroke(stroke.color);
}

/** Whether the item shows at all (an unpainted shape is skipped: a PDF path must be painted). */
function hasPaint(p: Paint): boolean {
  return isPainted(p.fill) || (p.stroke !== undefined && isPainted(p.stroke.color) && p.stroke.width > 0);
}

/**
 * What the font sharing below relies on in pdfkit 0.17 (FontsMixin): the document's open fonts by
 * registered and PostScript name, its font counter (the /F1, /F2 … resource names), and the
 * EmbeddedFont a font() call opened.
 */
interface PdfkitFontState {
  _fontFamilies: Record<string, unknown>;
  _fontCount: number;
  _font: EmbeddedFont;
}

/** pdfkit's EmbeddedFont: one face in one document, with its shaped strings by text. */
interface EmbeddedFont {
  font: SharedFace['font'];
  constructor: SharedFace['Embedded'];
  layoutCache?: Record<string, unknown>;
  /** The fontkit subset of the glyphs the document draws. */
  subset?: unknown;
  /** font units → 1/1000 em. */
  scale: number;
  /** A string shaped with fontkit, its positions scaled. */
  layoutRun?: (text: string, features?: unknown) => unknown;
}

/**
 * A font file as fontkit parsed it, pdfkit's class that embeds it in one document, and the
 * strings shaped with it (pdfkit keeps them per document; its runs are not changed once made).
 */
interface SharedFace {
  font: { postscriptName: string };
  Embedded: new (doc: Doc, font: SharedFace['font'], id: string) => EmbeddedFont;
  shaped: Record<string, unknown>;
}

/** Shaped strings kept per face before the cache starts again (a long preview or watch session). */
const MAX_SHAPED = 20_000;

/**
 * Font files parsed once per process. pdfkit parses a registered font anew for every document
 * (fontkit decodes its tables again, and its glyphs, for each: about 9 ms per CJK face, more in a
 * cold process), apart from the font the text was measured with; here every document embeds the measuring
 * fontkit font (fonts.ts), through the object pdfkit's font() would have made (same resource
 * name, same subset): the same bytes. The strings it shaped are shared too.
 */
const sharedFaces = new Map<string, SharedFace>();

let embeddedFontClass: SharedFace['Embedded'] | undefined;

/**
 * A font for the probe below: the face cut down to its .notdef glyph (a few hundred bytes, which
 * pdfkit parses in a fraction of the time it takes to parse the whole face: 10–20 ms less in a
 * cold `sop render`); the whole file where fontkit cannot cut it (a CFF face's subset is not a font file).
 */
function probeFontBytes(font: Font, file: string): Uint8Array {
  try {
    if (!('glyf' in (font as unknown as { directory: { tables: object } }).directory.tables)) return fontFileBytes(file);
    return font.createSubset().encode();
  } catch {
    return fontFileBytes(file);
  }
}

/** pdfkit's EmbeddedFont class (not exported): the class of a font opened in a document made for that, once per process. */
function embeddedFont(font: Font, file: string): SharedFace['Embedded'] {
  if (!embeddedFontClass) {
    const probe = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
    probe.registerFont('probe', probeFontBytes(font, file) as Buffer);
    embeddedFontClass = (probe.font('probe') as unknown as PdfkitFontState)._font.constructor;
  }
  return embeddedFontClass;
}

function sharedFace(file: string): SharedFace {
  let face = sharedFaces.get(file);
  if (!face) {
    const font = fontkitFont(file);
    face = { font: font as unknown as SharedFace['font'], Embedded: embeddedFont(font, file), shaped: Object.create(null) as Record<string, unknown> };
    sharedFaces.set(file, face);
  }
  return face;
}

/** The embedded font laying out a string that shaping cannot change without shaping it (plain-advances.ts: the same run). */
function plainRuns(embedded: EmbeddedFont, face: SharedFace): void {
  const shape = embedded.layoutRun;
  if (typeof shape !== 'function' || typeof embedded.scale !== 'number') return;
  const font = face.font as unknown as Font;
  embedded.layoutRun = (text, features) => (features === undefined && plainRun(font, text, embedded.scale)) || shape.call(embedded, text, features);
}

/** Opens `name` in `doc` with the face parsed before, as pdfkit's font() would (its first call for the name). */
function openShared(doc: Doc, name: string, face: SharedFace): void {
  const state = doc as unknown as PdfkitFontState;
  // Another pdfkit than the one this was written for: pdfkit opens the font itself.
  if (typeof state._fontCount !== 'number' || typeof state._fontFamilies !== 'object') return;
  // pdfkit reuses a face open under the same PostScript name; that case is left to pdfkit itself.
  if (state._fontFamilies[face.font.postscriptName]) return;
  const embedded = new face.Embedded(doc, face.font, `F${++state._fontCount}`);
  reuseGlyphData(embedded.subset);
  plainRuns(embedded, face);
  if (embedded.layoutCache) {
    if (Object.keys(face.shaped).length > MAX_SHAPED) face.shaped = Object.create(null) as Record<string, unknown>;
    embedded.layoutCache = face.shaped;
  }
  state._fontFamilies[name] = embedded;
  state._fontFamilies[face.font.postscriptName] = embedded;
}

class FontSet {
  private readonly names = new Map<string, string>();
  constructor(private readonly doc: Doc) {}

  /** The registered name for a font file, registering it (and opening it) on first use. */
  nameFor(path: string): string {
    let name = this.names.get(path);
    if (!name) {
      name = `F${this.names.size + 1}`;
      this.doc.registerFont(name, fontFileBytes(path));
      this.names.set(path, name);
      openShared(this.doc, name, sharedFace(path));
    }
    return name;
  }
}

/** pdfkit 0.17's PDFReference: a stream's chunks, each written as `Buffer.from(chunk + '\n', 'binary')` (an operator or two). */
interface PdfkitStream {
  write(chunk: unknown): void;
  finalize(): void;
}

/**
 * The current page's content stream keeps the operators written to it as strings and makes one
 * buffer of them when they are written out (or before a chunk that is not a string): pdfkit makes
 * a buffer of every operator, some 20 per text item. The same bytes: each string still ends with
 * a newline, in a one-byte-per-character encoding.
 */
function batchPageContent(doc: Doc): void {
  const content = (doc as unknown as { page?: { content?: Partial<PdfkitStream> } }).page?.content;
  // Another pdfkit than the one this was written for: its content is left as it is.
  if (typeof content?.write !== 'function' || typeof content.finalize !== 'function') return;
  const stream = content as PdfkitStream;
  const write = stream.write.bind(stream);
  const finalize = stream.finalize.bind(stream);
  const pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    write(pending.join('\n'));
    pending.length = 0;
  };
  stream.write = (chunk) => {
    if (typeof chunk === 'string') pending.push(chunk);
    else {
      flush();
      write(chunk);
    }
  };
  stream.finalize = () => {
    flush();
    finalize();
  };
}

/** pdfkit 0.17's EmbeddedFont as the text below uses it: its resource name, its page resource, and a string as glyphs. */
interface TextFont {
  id: string;
  ref(): unknown;
  /** The string's glyphs (hex glyph ids in the document's subset) and their positions in 1/1000 em. */
  encode(text: string, features?: unknown): [string[], GlyphPosition[]];
}

interface GlyphPosition {
  xAdvance: number;
  yOffset: number;
  xOffset: number;
  advanceWidth: number;
}

/** pdfkit's document state the text below reads: the current font and size, and the page's font resources. */
interface PdfkitTextState {
  _font?: Partial<TextFont>;
  _fontSize: number;
  page: { fonts: Record<string, unknown> };
}

/** A number as pdfkit writes it in a content stream (PDFObject.number: rounded to 6 decimals). */
function pdfNumber(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`unsupported number: ${n}`);
}

/**
 * What the page's content has set outside any q…Q: text is drawn at the page's level (shapes
 * within q…Q), so its fill colour and font stay set for the next text on the page.
 */
class PageText {
  color: string | undefined;
  font: string | undefined;
  size: number | undefined;
}

/**
 * A text item as one text object: `BT`, the fill colour and `Tf` when they change, a text matrix
 * that puts the baseline at the item's y in the page's y-down space (`1 0 0 -1 x y Tm`: the
 * glyphs upright), the glyphs (`TJ`, with the adjustments and offsets the font's shaping gives,
 * as pdfkit's text() writes them), `ET`. pdfkit's text() wraps each item in two graphics states
 * and a second flip, and sets colour and font every time: some 12 operators per item instead of
 * 4–6, and most of the writer's time. Anything else (another pdfkit, a line break in the text)
 * goes through text() inside q…Q as before.
 */
function drawText(doc: Doc, fonts: FontSet, scene: Scene, t: TextItem, page: PageText): void {
  if (t.text.length === 0) return;
  const path = t.weight === 'bold' ? scene.fonts.bold : scene.fonts.regular;
  doc.font(fonts.nameFor(path)).fontSize(t.size);
  const x = t.anchor === 'middle' ? t.x - t.width / 2 : t.anchor === 'end' ? t.x - t.width : t.x;
  const color = isPainted(t.color) ? t.color : '#000000';
  const text = wellFormed(t.text);
  const state = doc as unknown as PdfkitTextState;
  const font = state._font;
  if (typeof font?.encode !== 'function' || typeof font.ref !== 'function' || typeof font.id !== 'string' || text.includes('\n')) {
    doc.save();
    doc.fillColor(color);
    doc.text(text, x, t.y, { lineBreak: false, baseline: 'alphabetic' });
    doc.restore();
    return;
  }
  const size = state._fontSize;
  if (state.page.fonts[font.id] == null) state.page.fonts[font.id] = font.ref();
  doc.addContent('BT');
  if (page.color !== color) {
    doc.fillColor(color);
    page.color = color;
  }
  if (page.font !== font.id || page.size !== size) {
    doc.addContent(`/${font.id} ${pdfNumber(size)} Tf`);
    page.font = font.id;
    page.size = size;
  }
  doc.addContent(`1 0 0 -1 ${pdfNumber(x)} ${pdfNumber(t.y)} Tm`);
  const [encoded, positions] = font.encode(text, undefined);
  const scale = size / 1000;
  // Runs of glyphs in TJ arrays, each run followed by the adjustment its last glyph's advance
  // differs from its width by; a glyph with an offset gets its own text matrix (y offsets point
  // up, the page's y down).
  const commands: string[] = [];
  let last = 0;
  let hadOffset = false;
  let penX = x;
  const addSegment = (end: number) => {
    if (last < end) {
      const position = positions[end - 1]!;
      commands.push(`<${encoded.slice(last, end).join('')}> ${pdfNumber(-(position.xAdvance - position.advanceWidth))}`);
    }
    last = end;
  };
  const flush = (end: number) => {
    addSegment(end);
    if (commands.length > 0) {
      doc.addContent(`[${commands.join(' ')}] TJ`);
      commands.length = 0;
    }
  };
  let i = 0;
  for (; i < positions.length; i++) {
    const position = positions[i]!;
    if (position.xOffset || position.yOffset) {
      flush(i);
      doc.addContent(`1 0 0 -1 ${pdfNumber(penX + position.xOffset * scale)} ${pdfNumber(t.y - position.yOffset * scale)} Tm`);
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        doc.addContent(`1 0 0 -1 ${pdfNumber(penX)} ${pdfNumber(t.y)} Tm`);
        hadOffset = false;
      }
      if (position.xAdvance - position.advanceWidth !== 0) addSegment(i + 1);
    }
    penX += position.xAdvance * scale;
  }
  flush(i);
  doc.addContent('ET');
}

function drawItem(doc: Doc, fonts: FontSet, scene: Scene, item: SceneItem, page: PageText): void {
  switch (item.kind) {
    case 'group':
      for (const child of item.items) drawItem(doc, fonts, scene, child, page);
      return;
    case 'text':
      drawText(doc, fonts, scene, item, page);
      return;
    case 'rect': {
      if (!hasPaint(item)) return;
      doc.save();
      const { x, y, width, height } = item.box;
      const r = Math.min(item.radius ?? 0, width / 2, height / 2);
      if (r > 0) doc.roundedRect(x, y, width, height, r);
      else doc.rect(x, y, width, height);
      paint(doc, item);
      doc.restore();
      if (item.link !== undefined) doc.goTo(x, y, width, height, item.link);
      return;
    }
    case 'circle':
      if (!hasPaint(item)) return;
      doc.save();
      doc.circle(item.center.x, item.center.y, item.radius);
      paint(doc, item);
      doc.restore();
      return;
    case 'path':
      if (!hasPaint(item)) return;
      doc.save();
      tracePath(doc, item.commands);
      paint(doc, item);
      doc.restore();
      return;
  }
}

/**
 * A document's options. No default font: pdfkit would otherwise load Helvetica (parsing its AFM
 * metrics, about 5 ms) for every document, and every text item names one of the scene's fonts.
 */
function documentOptions(header: Pick<Scene, 'lang' | 'title' | 'description'>, options: PdfWriteOptions, date: Date): PDFKit.PDFDocumentOptions {
  return {
    autoFirstPage: false,
    compress: true,
    pdfVersion: '1.7',
    lang: header.lang,
    displayTitle: true,
    font: null as unknown as string, // pdfkit: a null font loads none (its types know only a name)
    info: {
      Title: wellFormed(header.title),
      Subject: wellFormed(header.description),
      Creator: options.creator ?? 'sop',
      Producer: 'PDFKit',
      CreationDate: date,
      ModDate: date,
    },
  };
}

/** Writes the scene as a PDF document and returns its bytes. */
export async function writePdf(scene: Scene, options: PdfWriteOptions = {}): Promise<Uint8Array> {
  const date = options.date ?? new Date();
  const doc = new PDFDocument(documentOptions(scene, options, date));
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  const fonts = new FontSet(doc);
  for (const page of scene.pages) {
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    batchPageContent(doc);
    const text = new PageText();
    for (const item of page.items) drawItem(doc, fonts, scene, item, text);
  }
  doc.end();
  return done;
}

/** A bookmark (outline item) of a streamed document; bookmarks nest under their parent. */
export interface PdfBookmark {
  /** pdfkit's outline item. */
  readonly item: PDFKit.PDFOutline;
}

/** Where a streamed document's bytes go: each chunk as pdfkit produces it. */
export type PdfSink = (chunk: Uint8Array) => void;

/**
 * A PDF written page by page, for documents too large to hold as one Scene (a whole handbook):
 * each page is drawn when added, and pdfkit writes it out when the next one starts, so only
 * the current page is held. Bookmarks point at the current page. The same dates as writePdf.
 */
export class PdfPageStream {
  private readonly doc: Doc;
  private readonly fontSet: FontSet;
  private readonly scene: Scene;
  private readonly done: Promise<void>;
  private pageCount = 0;

  /** `header`: the document's title, description, language and fonts (a Scene without pages). */
  constructor(header: Omit<Scene, 'pages'>, sink: PdfSink, options: PdfWriteOptions = {}) {
    const date = options.date ?? new Date();
    this.scene = { ...header, pages: [] };
    this.doc = new PDFDocument(documentOptions(header, options, date));
    this.done = new Promise<void>((resolve, reject) => {
      this.doc.on('data', (c: Buffer) => sink(c));
      this.doc.on('end', () => resolve());
      this.doc.on('error', reject);
    });
    this.fontSet = new FontSet(this.doc);
  }

  /** Pages added so far. */
  get pages(): number {
    return this.pageCount;
  }

  /** Draws one page at the end of the document. */
  addPage(page: Page): void {
    this.doc.addPage({ size: [page.width, page.height], margin: 0 });
    batchPageContent(this.doc);
    const text = new PageText();
    for (const item of page.items) drawItem(this.doc, this.fontSet, this.scene, item, text);
    this.pageCount++;
  }

  /** Names the current (last added) page's top as a destination that links (RectItem.link) go to. */
  destination(name: string): void {
    if (this.pageCount === 0) throw new Error('destination before the first page');
    this.doc.addNamedDestination(name, 'XYZ', 0, 0, null);
  }

  /** A bookmark to the current (last added) page, at the top level or under `parent`. */
  bookmark(title: string, parent?: PdfBookmark, expanded = false): PdfBookmark {
    if (this.pageCount === 0) throw new Error('bookmark before the first page');
    const outline = parent ? parent.item : this.doc.outline;
    return { item: outline.addItem(wellFormed(title), { expanded }) };
  }

  /** Ends the document (fonts and outline are written now); resolves when every byte went to the sink. */
  end(): Promise<void> {
    this.doc.end();
    return this.done;
  }
}
