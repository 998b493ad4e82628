// A standalone TrueType subset of a font holding only the glyphs of some text, for embedding in
// an SVG as a data URL. fontkit's subsetter writes the outline tables (what PDF needs) but no
// cmap, name, OS/2 or post, which a browser requires; they are added here: a cmap for exactly the
// subset's characters, and the original name, OS/2 and post (as version 3, no glyph names).

import type { MeasureFont } from './fonts.js';
import { reuseGlyphData } from './glyph-data.js';

interface TableRecord {
  tag: string;
  offset: number;
  length: number;
}

interface FontInternals {
  directory?: { tables?: Record<string, TableRecord> };
  stream?: { buffer?: Uint8Array };
}

function readTables(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(4);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    tables.set(tag, Uint8Array.from(bytes.subarray(offset, offset + length)));
  }
  return tables;
}

function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.length + 3) & ~3);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** cmap with a format 4 (BMP) and a format 12 (all planes) subtable, one segment per character. */
function buildCmap(map: [number, number][]): Uint8Array {
  const bmp = map.filter(([cp]) => cp <= 0xffff);
  const segCount = bmp.length + 1;
  const f4Length = 16 + 8 * segCount;
  const f12Length = 16 + 12 * map.length;
  const out = new Uint8Array(4 + 8 * 2 + f4Length + f12Length);
  const v = new DataView(out.buffer);
  v.setUint16(0, 0);
  v.setUint16(2, 2);
  const f4Offset = 4 + 16;
  const f12Offset = f4Offset + f4Length;
  v.setUint16(4, 3);
  v.setUint16(6, 1);
  v.setUint32(8, f4Offset);
  v.setUint16(12, 3);
  v.setUint16(14, 10);
  v.setUint32(16, f12Offset);
  // Format 4.
  let p = f4Offset;
  const searchRange = 2 * 2 ** Math.floor(Math.log2(segCount));
  v.setUint16(p, 4);
  v.setUint16(p + 2, f4Length);
  v.setUint16(p + 4, 0);
  v.setUint16(p + 6, segCount * 2);
  v.setUint16(p + 8, searchRange);
  v.setUint16(p + 10, Math.log2(searchRange / 2));
  v.setUint16(p + 12, segCount * 2 - searchRange);
  p += 14;
  const ends = p;
  const starts = ends + 2 * segCount + 2;
  const deltas = starts + 2 * segCount;
  const ranges = deltas + 2 * segCount;
  bmp.forEach(([cp, gid], i) => {
    v.setUint16(ends + 2 * i, cp);
    v.setUint16(starts + 2 * i, cp);
    v.setUint16(deltas + 2 * i, (gid - cp + 0x10000) & 0xffff);
    v.setUint16(ranges + 2 * i, 0);
  });
  const last = segCount - 1;
  v.setUint16(ends + 2 * last, 0xffff);
  v.setUint16(starts + 2 * last, 0xffff);
  v.setUint16(deltas + 2 * last, 1);
  v.setUint16(ranges + 2 * last, 0);
  // Format 12.
  p = f12Offset;
  v.setUint16(p, 12);
  v.setUint16(p + 2, 0);
  v.setUint32(p + 4, f12Length);
  v.setUint32(p + 8, 0);
  v.setUint32(p + 12, map.length);
  map.forEach(([cp, gid], i) => {
    v.setUint32(p + 16 + 12 * i, cp);
    v.setUint32(p + 20 + 12 * i, cp);
    v.setUint32(p + 24 + 12 * i, gid);
  });
  return out;
}

function assemble(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const count = tags.length;
  let size = 12 + 16 * count;
  for (const tag of tags) size += (tables.get(tag)!.length + 3) & ~3;
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  const searchRange = 16 * 2 ** Math.floor(Math.log2(count));
  v.setUint32(0, 0x00010000);
  v.setUint16(4, count);
  v.setUint16(6, searchRange);
  v.setUint16(8, Math.log2(searchRange / 16));
  v.setUint16(10, count * 16 - searchRange);
  let offset = 12 + 16 * count;
  let headOffset = -1;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    if (tag === 'head') {
      new DataView(data.buffer, data.byteOffset, data.byteLength).setUint32(8, 0);
      headOffset = offset;
    }
    const at = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[at + k] = tag.charCodeAt(k);
    v.setUint32(at + 4, checksum(data));
    v.setUint32(at + 8, offset);
    v.setUint32(at + 12, data.length);
    out.set(data, offset);
    offset += (data.length + 3) & ~3;
  });
  if (headOffset >= 0) v.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/**
 * A TrueType font with the glyphs of `text` (and .notdef), or undefined when the font has no
 * TrueType outlines (CFF-based OpenType fonts cannot be subset this way).
 */
export function subsetFont(face: MeasureFont, text: string): Uint8Array | undefined {
  const font = face.font;
  const internals = font as unknown as FontInternals;
  const directory = internals.directory?.tables;
  const source = internals.stream?.buffer;
  if (!directory?.glyf || !directory.loca || !source) return undefined;
  const subset = font.createSubset();
  reuseGlyphData(subset);
  const map = new Map<number, number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (map.has(cp) || !font.hasGlyphForCodePoint(cp)) continue;
    map.set(cp, (subset as unknown as { includeGlyph(glyph: unknown): number }).includeGlyph(font.glyphForCodePoint(cp)));
  }
  const tables = readTables(subset.encode());
  const raw = (tag: string) => {
    const record = directory[tag];
    // Copies (a Buffer's slice would share, and change, the font's own memory).
    return record ? Uint8Array.from(source.subarray(record.offset, record.offset + record.length)) : undefined;
  };
  tables.set('cmap', buildCmap([...map.entries()].sort((a, b) => a[0] - b[0])));
  for (const tag of ['name', 'OS/2']) {
    const data = raw(tag);
    if (data) tables.set(tag, data);
  }
  const post = raw('post');
  if (post && post.length >= 32) {
    const head = post.slice(0, 32);
    new DataView(head.buffer, head.byteOffset, head.byteLength).setUint32(0, 0x00030000);
    tables.set('post', head);
  }
  return assemble(tables);
}
