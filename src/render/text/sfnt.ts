// A TrueType/OpenType font's tables read from the font file's own bytes, for the few numbers the
// measurer and the subsetter need per glyph: where a glyph's outline sits (loca, glyf) and its
// horizontal metrics (hmtx). fontkit reads the same numbers through restructure, which decodes the
// whole loca table (65,000 offsets in a CJK font) on first use and, for a glyph's metrics, its
// outline's control box as well (for the vertical metrics nobody here asks for): some 10–30 ms of
// CPU in a cold render. Read here: the same numbers (the tables' layouts are those of the
// OpenType spec, which fontkit decodes), for fonts without variations (whose advances fontkit
// adjusts; those are read through fontkit, as before).

import { createHash } from 'node:crypto';

/** fontkit 2's font object, as far as this reads it: its file's bytes and table records. */
interface FontFile {
  stream?: { buffer?: Uint8Array };
  directory?: { tables?: Record<string, { offset: number; length: number } | undefined> };
  _variationProcessor?: unknown;
}

interface Sfnt {
  view: DataView;
  bytes: Uint8Array;
  /** hmtx: its offset and its number of long metrics (hhea.numberOfMetrics); undefined without one. */
  hmtx?: { offset: number; length: number; metrics: number };
  /** loca and glyf: offsets and whether loca is short (head.indexToLocFormat 0); undefined without them. */
  loca?: { offset: number; length: number; short: boolean; glyf: number; glyfLength: number };
}

const byFont = new WeakMap<object, Sfnt | null>();

/** The first four bytes of a TrueType or OpenType font file, or of a collection: 0x00010000, 'true', 'OTTO', 'ttcf'. */
const SFNT_MAGIC = new Set([0x00010000, 0x74727565, 0x4f54544f, 0x74746366]);

function sfnt(font: object): Sfnt | null {
  let found = byFont.get(font);
  if (found !== undefined) return found;
  found = null;
  const f = font as FontFile;
  const bytes = f.stream?.buffer;
  const tables = f.directory?.tables;
  if (bytes instanceof Uint8Array && bytes.length >= 12 && tables && !f._variationProcessor) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Table offsets count from the file's start only in a plain font or a collection (not WOFF, WOFF2, dfont).
    if (!SFNT_MAGIC.has(view.getUint32(0))) {
      byFont.set(font, null);
      return null;
    }
    const within = (t: { offset: number; length: number } | undefined, size: number) => t !== undefined && t.offset >= 0 && t.length >= size && t.offset + t.length <= bytes.length;
    found = { view, bytes };
    const { hhea, hmtx, head, loca, glyf } = tables;
    if (within(hhea, 36) && within(hmtx, 0)) {
      const metrics = view.getUint16(hhea!.offset + 34);
      if (metrics > 0 && 4 * metrics <= hmtx!.length) found.hmtx = { offset: hmtx!.offset, length: hmtx!.length, metrics };
    }
    if (within(head, 52) && within(loca, 0) && within(glyf, 0)) {
      const format = view.getInt16(head!.offset + 50);
      if (format === 0 || format === 1) found.loca = { offset: loca!.offset, length: loca!.length, short: format === 0, glyf: glyf!.offset, glyfLength: glyf!.length };
    }
  }
  byFont.set(font, found);
  return found;
}

/**
 * A glyph's advance and left side bearing as fontkit's glyph.advanceWidth and
 * glyph._getMetrics().leftBearing give them (hmtx: the glyph's long metric, or past the long
 * metrics the last advance and the glyph's own bearing, 0 past the table); undefined for a font
 * this does not read (variations, no hhea or hmtx).
 */
export function horizontalMetric(font: object, gid: number): { advance: number; bearing: number } | undefined {
  const s = sfnt(font);
  const h = s?.hmtx;
  if (!h) return undefined;
  const view = s.view;
  if (gid < h.metrics) return { advance: view.getUint16(h.offset + 4 * gid), bearing: view.getInt16(h.offset + 4 * gid + 2) };
  const advance = view.getUint16(h.offset + 4 * (h.metrics - 1));
  const at = 4 * h.metrics + 2 * (gid - h.metrics);
  return { advance, bearing: at + 2 <= h.length ? view.getInt16(h.offset + at) : 0 };
}

/** A glyph's advance alone (see horizontalMetric). */
export function advanceOf(font: object, gid: number): number | undefined {
  return horizontalMetric(font, gid)?.advance;
}

/** Whether glyphRange can read `font`'s glyph offsets (a TrueType font with loca and glyf, no variations). */
export function readsGlyphs(font: object): boolean {
  return sfnt(font)?.loca !== undefined;
}

/**
 * The bytes of glyph `gid` in the glyf table (a view of the font file, never to be written to), as
 * fontkit's subsetter reads them (loca's offsets of the glyph and the next); undefined when
 * readsGlyphs is false or the offsets fall outside the tables.
 */
export function glyphBytes(font: object, gid: number): Uint8Array | undefined {
  const s = sfnt(font);
  const l = s?.loca;
  if (!l) return undefined;
  const size = l.short ? 2 : 4;
  if ((gid + 2) * size > l.length) return undefined;
  const at = l.offset + gid * size;
  const start = l.short ? 2 * s.view.getUint16(at) : s.view.getUint32(at);
  const end = l.short ? 2 * s.view.getUint16(at + 2) : s.view.getUint32(at + 4);
  if (end < start || end > l.glyfLength) return undefined;
  return s.bytes.subarray(l.glyf + start, l.glyf + end);
}

/**
 * Puts into fontkit's decoded tables the loca table as fontkit decodes it (its format as `version`,
 * its offsets; short ones doubled and marked processed), read here from the file: fontkit decodes loca
 * through restructure, one offset at a time, the first time any glyph's outline box is asked for
 * (every glyph shaping measures does): some 30–60 ms of CPU in a cold render. Left to fontkit when
 * readsGlyphs is false or fontkit has decoded loca already.
 */
export function seedLoca(font: object): void {
  const tables = (font as { _tables?: unknown })._tables;
  const s = sfnt(font);
  const l = s?.loca;
  if (!l || typeof tables !== 'object' || tables === null || 'loca' in tables) return;
  (tables as Record<string, unknown>).loca = l.short ? { version: 0, offsets: shortOffsets(s, l), _processed: true } : { version: 1, offsets: longOffsets(s, l) };
}

/** Whether this machine's typed arrays are little-endian (a font's numbers are big-endian; the build's font data little-endian). */
export const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * A long loca's offsets: the table's bytes copied and put in this machine's byte order in one
 * native pass (a CJK face has 20,000–65,000 of them: 2–12 ms of CPU read one by one in a cold
 * process). fontkit only reads an offset by its index, which a typed array answers as an array does.
 */
function longOffsets(s: Sfnt, l: NonNullable<Sfnt['loca']>): Uint32Array {
  const count = Math.floor(l.length / 4);
  // A copy in a buffer of its own (a Buffer's slice would be a view of the font file, which the swap would change).
  const copy = new Uint8Array(4 * count);
  copy.set(s.bytes.subarray(l.offset, l.offset + 4 * count));
  if (LITTLE_ENDIAN) Buffer.from(copy.buffer).swap32();
  return new Uint32Array(copy.buffer);
}

/** A short loca's offsets, doubled as fontkit's loca.process doubles them (a short loca belongs to a small font). */
function shortOffsets(s: Sfnt, l: NonNullable<Sfnt['loca']>): number[] {
  const offsets = new Array<number>(Math.floor(l.length / 2));
  for (let i = 0; i < offsets.length; i++) offsets[i] = 2 * s.view.getUint16(l.offset + 2 * i);
  return offsets;
}

// Composite glyph flags (OpenType glyf table).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/**
 * A glyph's components when it is composite (numberOfContours < 0): the glyph each names and
 * where that glyph id sits in `bytes` (as fontkit's TTFGlyph._decode lists them); undefined for a
 * simple or empty glyph. Throws on a composite glyph cut short.
 */
export function compositeComponents(bytes: Uint8Array): { glyphID: number; pos: number }[] | undefined {
  if (bytes.length < 10) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getInt16(0) >= 0) return undefined;
  const components: { glyphID: number; pos: number }[] = [];
  let at = 10;
  for (;;) {
    const flags = view.getUint16(at);
    components.push({ glyphID: view.getUint16(at + 2), pos: at + 2 });
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) return components;
  }
}

/**
 * A font as what the build found about it is kept across processes (subset-encode.ts, the code
 * point tables): a hash of its table records (tag, checksum, offset, length); undefined without them.
 */
export function fontFingerprint(font: object): string | undefined {
  const tables = (font as { directory?: { tables?: Record<string, { offset: number; length: number; checkSum?: number } | undefined> } }).directory?.tables;
  if (!tables) return undefined;
  const records = Object.entries(tables).map(([tag, t]) => `${tag} ${t?.checkSum} ${t?.offset} ${t?.length}`);
  return createHash('sha256').update(records.sort().join('\n')).digest('hex');
}
