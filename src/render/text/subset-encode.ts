// A TrueType subset's bytes written directly, as fontkit 2's TTFSubset.encode writes them through
// restructure (which re-encodes the font's head, hhea, maxp and instruction tables field by field
// for every PDF: about 1 ms a document). The tables it copies unchanged come from the font file,
// with the three counts fontkit sets; the glyphs, loca and hmtx from the subset. The first subset
// of each font is encoded both ways and compared: a font whose bytes differ (a field fontkit does
// not round-trip) keeps fontkit's encoder. A font `npm run build` found the same both ways (the
// bundled ones: scripts/font-data.mjs), known by its table records and handed over by the
// pipeline (trustSubsetEncodings: pipeline/render-fonts.ts, for the fontkit the build ran with), is
// encoded directly from its first subset: a cold render that writes one PDF does not run
// restructure's encoder (some 10–20 ms of CPU) only to compare.

import { fontFingerprint } from './sfnt.js';

/** A fontkit 2 TTFSubset, as glyph-data.ts sees it, and the font file under it. */
export interface EncodableSubset {
  font: {
    loca?: { offsets: number[]; version: number };
    directory?: { tables?: Record<string, { offset: number; length: number; checkSum?: number } | undefined> };
    stream?: { buffer?: Uint8Array };
    'cvt '?: unknown;
    prep?: unknown;
    fpgm?: unknown;
  };
  glyphs: number[];
  glyf: Uint8Array[];
  loca: { offsets: number[]; version: number };
  hmtx: { metrics: { advance: number; bearing: number }[]; bearings: number[] };
  offset: number;
  encode(): Uint8Array;
  _addGlyph(gid: number): number;
}

/** The tables fontkit writes, in its order. */
const TAGS = ['head', 'hhea', 'loca', 'maxp', 'cvt ', 'prep', 'glyf', 'hmtx', 'fpgm'] as const;

/** A table of the font file, copied. */
function rawTable(subset: EncodableSubset, tag: string): Uint8Array | undefined {
  const record = subset.font.directory?.tables?.[tag];
  const source = subset.font.stream?.buffer;
  return record && source ? Uint8Array.from(source.subarray(record.offset, record.offset + record.length)) : undefined;
}

function patched(table: Uint8Array | undefined, at: number, value: number): Uint8Array {
  if (!table || table.length < at + 2) throw new Error('table too short');
  new DataView(table.buffer, table.byteOffset, table.byteLength).setUint16(at, value & 0xffff);
  return table;
}

/** The subset's tables by tag (fontkit's encode: its glyphs added, then head, hhea, loca, maxp with their counts). */
function subsetTables(s: EncodableSubset): Map<string, Uint8Array> {
  s.glyf = [];
  s.offset = 0;
  s.loca = { offsets: [], version: s.font.loca!.version };
  s.hmtx = { metrics: [], bearings: [] };
  for (let i = 0; i < s.glyphs.length; ) s._addGlyph(s.glyphs[i++]!);
  s.loca.offsets.push(s.offset);
  const short = s.loca.version === 0;
  const loca = new Uint8Array(s.loca.offsets.length * (short ? 2 : 4));
  const locaView = new DataView(loca.buffer);
  s.loca.offsets.forEach((offset, i) => (short ? locaView.setUint16(2 * i, offset >>> 1) : locaView.setUint32(4 * i, offset)));
  const hmtx = new Uint8Array(4 * s.hmtx.metrics.length);
  const hmtxView = new DataView(hmtx.buffer);
  s.hmtx.metrics.forEach((m, i) => (hmtxView.setUint16(4 * i, m.advance), hmtxView.setInt16(4 * i + 2, m.bearing)));
  const glyf = new Uint8Array(s.offset);
  let at = 0;
  for (const g of s.glyf) (glyf.set(g, at), (at += g.length));
  const tables = new Map<string, Uint8Array>([
    ['head', patched(rawTable(s, 'head'), 50, s.loca.version)],
    ['hhea', patched(rawTable(s, 'hhea'), 34, s.hmtx.metrics.length)],
    ['loca', loca],
    ['maxp', patched(rawTable(s, 'maxp'), 4, s.glyf.length)],
    ['glyf', glyf],
    ['hmtx', hmtx],
  ]);
  // Instructions, copied when fontkit has them (it writes the tables it decoded).
  for (const tag of ['cvt ', 'prep', 'fpgm'] as const) {
    const raw = s.font[tag] ? rawTable(s, tag) : undefined;
    if (raw) tables.set(tag, raw);
  }
  return tables;
}

/** The subset as fontkit's Directory writes it: version `true`, entries with no checksums, tables back to back. */
function encodeDirectly(s: EncodableSubset): Uint8Array {
  const tables = subsetTables(s);
  const present = TAGS.filter((tag) => tables.has(tag));
  const count = present.length;
  const power = Math.pow(2, Math.floor(Math.log(count) / Math.LN2));
  let size = 12 + 16 * count;
  for (const tag of present) size += tables.get(tag)!.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const tagAt = (text: string, at: number) => {
    for (let i = 0; i < 4; i++) out[at + i] = text.charCodeAt(i);
  };
  tagAt('true', 0);
  view.setUint16(4, count);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log(power) / Math.LN2);
  view.setUint16(10, count * 16 - power * 16);
  let offset = 12 + 16 * count;
  present.forEach((tag, i) => {
    const table = tables.get(tag)!;
    tagAt(tag, 12 + 16 * i);
    view.setUint32(12 + 16 * i + 8, offset);
    view.setUint32(12 + 16 * i + 12, table.length);
    out.set(table, offset);
    offset += table.length;
  });
  return out;
}

/** Per font: whether its subsets are encoded directly (its first one came out the same both ways). */
const direct = new WeakMap<object, boolean>();

/** Fonts whose first subset came out the same both ways in this process, by fingerprint. */
const sameHere = new Set<string>();

/** Fonts found the same both ways before (by the build), by fingerprint. */
const trusted = new Set<string>();

/** Fonts (fingerprints from fontsEncodedTheSame, with this fontkit) whose subsets are encoded directly from the first. */
export function trustSubsetEncodings(fingerprints: Iterable<string>): void {
  for (const key of fingerprints) trusted.add(key);
}

/** Whether a font is known to encode the same both ways. */
function knownSame(font: EncodableSubset['font']): boolean {
  if (trusted.size === 0) return false;
  const key = fontFingerprint(font);
  return key !== undefined && trusted.has(key);
}

/** The fingerprints of the fonts whose first subset came out the same both ways in this process (for the build). */
export function fontsEncodedTheSame(): string[] {
  return [...sameHere];
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** Makes `subset` encode itself directly where that gives fontkit's bytes (checked on each font's first subset). */
export function encodeDirectlyWhereSame(subset: EncodableSubset): void {
  const fontkitEncode = subset.encode;
  subset.encode = function encode(this: EncodableSubset): Uint8Array {
    let verdict = direct.get(this.font);
    if (verdict === undefined && knownSame(this.font)) direct.set(this.font, (verdict = true));
    if (verdict === false) return fontkitEncode.call(this);
    if (verdict === true) return encodeDirectly(this);
    const theirs = fontkitEncode.call(this);
    let ours: Uint8Array | undefined;
    try {
      ours = encodeDirectly(this);
    } catch {
      ours = undefined;
    }
    const same = ours !== undefined && sameBytes(ours, theirs);
    direct.set(this.font, same);
    const key = same ? fontFingerprint(this.font) : undefined;
    if (key) sameHere.add(key);
    return theirs;
  };
}
