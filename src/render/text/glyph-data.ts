// What a font subset takes of each glyph, read once per process and font. fontkit's TrueType
// subsetter (what pdfkit embeds in every PDF, and subset-font.ts in an SVG) decodes every glyph's
// outline again for each subset only to learn whether the glyph is composite: some 3 ms of CPU per
// PDF of CJK text. Here a subset's glyphs are added as fontkit's TTFSubset._addGlyph (fontkit 2)
// adds them, from the glyph's bytes, components and metrics kept per font: the same subset bytes.
// The subset's tables are then written without restructure where that is the same (subset-encode.ts).

import { compositeComponents, glyphBytes, horizontalMetric, readsGlyphs } from './sfnt.js';
import { encodeDirectlyWhereSame, type EncodableSubset } from './subset-encode.js';

/** One glyph as the subsetter copies it. */
interface GlyphData {
  /** The glyph's bytes in the font's glyf table (a view of the font file, never written to). */
  bytes: Uint8Array;
  /** A composite glyph's components: the glyph each names and where its glyph id sits in `bytes`. */
  components?: { glyphID: number; pos: number }[];
  advance: number;
  bearing: number;
}

/** The parts of fontkit 2 this relies on: the font's glyph offsets and tables, its glyphs' decoder. */
interface FontInternals {
  loca?: { offsets: number[] };
  _variationProcessor?: unknown;
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array } | null;
  getGlyph(gid: number): {
    advanceWidth: number;
    _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
    _getMetrics(): { leftBearing: number };
  };
}

/** A TTFSubset of fontkit 2 while it encodes. */
interface SubsetInternals {
  font: FontInternals;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  includeGlyph(gid: number): number;
  _addGlyph?: (gid: number) => number;
}

const byFont = new WeakMap<object, Map<number, GlyphData>>();

/** Glyph `gid` of `font`, as fontkit's _addGlyph reads it (decoded once per font). */
function glyphData(font: FontInternals, gid: number): GlyphData {
  let glyphs = byFont.get(font);
  if (!glyphs) byFont.set(font, (glyphs = new Map()));
  let data = glyphs.get(gid);
  if (data) return data;
  data = glyphDataFromFile(font, gid) ?? glyphDataFromFontkit(font, gid);
  glyphs.set(gid, data);
  return data;
}

/** Glyph `gid` read from the font file's tables (sfnt.ts: the numbers fontkit decodes); undefined where that reading does not apply. */
function glyphDataFromFile(font: FontInternals, gid: number): GlyphData | undefined {
  const bytes = glyphBytes(font, gid);
  const metric = bytes && horizontalMetric(font, gid);
  if (!bytes || !metric) return undefined;
  const data: GlyphData = { bytes, advance: metric.advance, bearing: metric.bearing };
  const components = compositeComponents(bytes);
  if (components) data.components = components;
  return data;
}

/** Glyph `gid` as fontkit decodes it. */
function glyphDataFromFontkit(font: FontInternals, gid: number): GlyphData {
  const glyph = font.getGlyph(gid);
  const glyf = glyph._decode();
  const [start, end] = [font.loca!.offsets[gid]!, font.loca!.offsets[gid + 1]!];
  const stream = font._getTableStream('glyf')!;
  stream.pos += start;
  const data: GlyphData = { bytes: stream.readBuffer(end - start), advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing };
  if (glyf && glyf.numberOfContours < 0) data.components = (glyf.components ?? []).map((c) => ({ glyphID: c.glyphID, pos: c.pos }));
  return data;
}

/**
 * Makes a fontkit subset of a TrueType font add its glyphs from the data kept per font. Left as
 * it is: a subset of another kind (CFF) or of a variable font (whose outlines it re-encodes), or
 * another fontkit whose subsetter does not look like this one.
 */
export function reuseGlyphData(subset: unknown): void {
  const s = subset as SubsetInternals;
  const f = s.font;
  if (typeof s._addGlyph !== 'function' || typeof s.includeGlyph !== 'function' || typeof f !== 'object') return;
  if (f._variationProcessor || typeof f._getTableStream !== 'function' || !(readsGlyphs(f) || f.loca?.offsets)) return;
  s._addGlyph = function addGlyph(this: SubsetInternals, gid: number): number {
    const data = glyphData(this.font, gid);
    let buffer = data.bytes;
    if (data.components) {
      // A copy with the components' glyph ids as the subset numbers them.
      buffer = new Uint8Array(buffer);
      const view = new DataView(buffer.buffer);
      for (const component of data.components) view.setUint16(component.pos, this.includeGlyph(component.glyphID));
    }
    this.glyf.push(buffer);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: data.advance, bearing: data.bearing });
    this.offset += buffer.length;
    return this.glyf.length - 1;
  };
  encodeDirectlyWhereSame(subset as EncodableSubset);
}
