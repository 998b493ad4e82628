// The width of a string without shaping it, where shaping cannot change it. fontkit's layout (what
// measure.ts measures with, and pdfkit draws with) costs some 0.1–0.2 ms a string; most strings of
// a Chinese SOP are ideographs and full-width punctuation that no lookup of the font touches, whose
// shaped width is the plain sum of their glyphs' advances. That sum is taken here, from advances
// kept per font and code point; every other string is shaped as before (same numbers either way).
//
// A string's width is the plain sum when every code point of it is *plain* (checked per font, once
// a code point), because then fontkit 2 (LayoutEngine.layout with no features given) neither
// substitutes nor moves any of its glyphs:
//   - its script is one that fontkit shapes with its DefaultShaper (Han, Latin, Common, Bopomofo,
//     kana; fontkit picks the shaper by the first script of the string that is not Common), and it
//     is no mark (\p{M}) and no default-ignorable (drawn with no advance);
//   - its glyph is in the primary coverage of no lookup (in any script and language) of a feature
//     that shaper can apply: every lookup acts only where the glyph under it is in that coverage;
//   - its glyph is no mark in GDEF (the shaper zeroes marks' advances).
// A font with a TrueType/AAT kern table, morx or mort, or variations (fvar) is always shaped.

import type { Font } from 'fontkit';

/** The features fontkit's DefaultShaper applies unasked (fontkit 2.0: directional, fractions, common, horizontal). */
const DEFAULT_FEATURES = new Set(['rvrn', 'ltra', 'ltrm', 'rtla', 'rtlm', 'frac', 'numr', 'dnom', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern']);
/** Scripts fontkit shapes with its DefaultShaper (and writes left to right). */
const PLAIN_SCRIPT = /^[\p{Script=Han}\p{Script=Latin}\p{Script=Common}\p{Script=Bopomofo}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const MARK_OR_IGNORABLE = /^[\p{M}\p{Default_Ignorable_Code_Point}]$/u;

type Coverage = { version: 1; glyphs: number[] } | { version: 2; rangeRecords: { start: number; end: number }[] };
type ClassDef = { version: 1; startGlyph: number; classValueArray: number[] } | { version: 2; classRangeRecord: { start: number; end: number; class: number }[] };
interface Subtable {
  version?: number;
  coverage?: Coverage;
  coverages?: Coverage[];
  inputCoverage?: Coverage[];
  markCoverage?: Coverage;
  mark1Coverage?: Coverage;
  lookupType?: number;
  extension?: Subtable;
}
interface LangSys {
  reqFeatureIndex: number;
  featureIndexes: number[];
}
interface LayoutTable {
  scriptList: { script: { defaultLangSys?: LangSys | null; langSysRecords?: { langSys: LangSys }[] } }[];
  featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
  /** Decoded lazily by fontkit: only the lookups asked for are read. */
  lookupList: { get(index: number): { lookupType: number; subTables: Iterable<Subtable> } | undefined };
}
interface FontTables {
  directory?: { tables?: Record<string, unknown> };
  GSUB?: LayoutTable;
  GPOS?: LayoutTable;
  GDEF?: { glyphClassDef?: ClassDef | null };
  numGlyphs: number;
}

/** fontkit's LayoutEngine.isDefaultIgnorable (its list, a little wider than Unicode's). */
function fontkitIgnorable(cp: number): boolean {
  return (
    cp === 0xad || cp === 0x34f || cp === 0x61c || (cp >= 0x17b4 && cp <= 0x17b5) || (cp >= 0x180b && cp <= 0x180e) ||
    (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x206f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xfeff || (cp >= 0xfff0 && cp <= 0xfff8) ||
    (cp >= 0x1bca0 && cp <= 0x1bca3) || (cp >= 0x1d173 && cp <= 0x1d17a) || (cp >= 0xe0000 && cp <= 0xe0fff)
  );
}

function addCoverage(coverage: Coverage | undefined, touched: Uint8Array): void {
  if (!coverage) return;
  if (coverage.version === 1) for (const g of coverage.glyphs) touched[g] = 1;
  else for (const r of coverage.rangeRecords) touched.fill(1, r.start, r.end + 1);
}

/** The coverage a lookup subtable checks the glyph under it against (through extensions). */
function addPrimaryCoverage(table: Subtable, type: number, gpos: boolean, touched: Uint8Array): void {
  if (type === (gpos ? 9 : 7)) return addPrimaryCoverage(table.extension!, table.lookupType!, gpos, touched);
  const [context, chaining] = gpos ? [7, 8] : [5, 6];
  if ((type === context || type === chaining) && table.version === 3) return addCoverage(type === context ? table.coverages?.[0] : table.inputCoverage?.[0], touched);
  if (gpos && (type === 4 || type === 5)) return addCoverage(table.markCoverage, touched);
  if (gpos && type === 6) return addCoverage(table.mark1Coverage, touched);
  addCoverage(table.coverage, touched);
}

/** Marks in `touched` the glyphs a default feature's lookup may act on, in any script and language. */
function addLookupGlyphs(table: LayoutTable | undefined, gpos: boolean, touched: Uint8Array): void {
  if (!table) return;
  const lookups = new Set<number>();
  for (const { script } of table.scriptList) {
    for (const langSys of [script.defaultLangSys, ...(script.langSysRecords ?? []).map((r) => r.langSys)]) {
      if (!langSys) continue;
      const features = [...langSys.featureIndexes, ...(langSys.reqFeatureIndex !== 0xffff ? [langSys.reqFeatureIndex] : [])];
      for (const index of features) {
        const feature = table.featureList[index];
        if (feature && (DEFAULT_FEATURES.has(feature.tag) || index === langSys.reqFeatureIndex)) for (const l of feature.feature.lookupListIndexes) lookups.add(l);
      }
    }
  }
  for (const l of lookups) {
    const lookup = table.lookupList.get(l);
    if (lookup) for (const subtable of lookup.subTables) addPrimaryCoverage(subtable, lookup.lookupType, gpos, touched);
  }
}

function addMarks(classDef: ClassDef | null | undefined, touched: Uint8Array): void {
  if (!classDef) return;
  if (classDef.version === 1) classDef.classValueArray.forEach((c, i) => c === 3 && (touched[classDef.startGlyph + i] = 1));
  else for (const r of classDef.classRangeRecord) if (r.class === 3) touched.fill(1, r.start, r.end + 1);
}

interface PlainFont {
  /** Per code point: its advance when plain, else -1. */
  advances: Map<number, number>;
  /** Per glyph: 1 when shaping may act on it. */
  touched: Uint8Array;
}

const plainFonts = new WeakMap<Font, PlainFont | null>();

/** What a font's strings need to be measured plainly; null for a font that is always shaped. */
function plainFont(font: Font): PlainFont | null {
  let plain = plainFonts.get(font);
  if (plain !== undefined) return plain;
  plain = null;
  const f = font as unknown as FontTables;
  const tables = f.directory?.tables ?? {};
  if (!('kern' in tables || 'morx' in tables || 'mort' in tables || 'fvar' in tables)) {
    try {
      const touched = new Uint8Array(f.numGlyphs + 1);
      addLookupGlyphs(f.GSUB, false, touched);
      addLookupGlyphs(f.GPOS, true, touched);
      addMarks(f.GDEF?.glyphClassDef, touched);
      plain = { advances: new Map(), touched };
    } catch {
      plain = null; // a table this reading does not know: shape everything
    }
  }
  plainFonts.set(font, plain);
  return plain;
}

function plainAdvance(font: Font, plain: PlainFont, cp: number): number {
  let advance = plain.advances.get(cp);
  if (advance !== undefined) return advance;
  advance = -1;
  const ch = String.fromCodePoint(cp);
  if (!(cp >= 0xd800 && cp <= 0xdfff) && !fontkitIgnorable(cp) && PLAIN_SCRIPT.test(ch) && !MARK_OR_IGNORABLE.test(ch)) {
    const glyph = font.glyphForCodePoint(cp);
    if (!plain.touched[glyph.id]) advance = glyph.advanceWidth;
  }
  plain.advances.set(cp, advance);
  return advance;
}

/**
 * The sum of the advances of `text`'s glyphs (font units), when shaping cannot change it; undefined
 * when the string must be shaped. Code points are read as fontkit reads them (a lone surrogate is one).
 */
export function plainWidth(font: Font, text: string): number | undefined {
  const plain = plainFont(font);
  if (!plain) return undefined;
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) ((cp = ((cp & 0x3ff) << 10) + (next & 0x3ff) + 0x10000), i++);
    }
    const advance = plainAdvance(font, plain, cp);
    if (advance < 0) return undefined;
    sum += advance;
  }
  return sum;
}

/** A run of glyphs as pdfkit's EmbeddedFont.layoutRun returns it: fontkit's GlyphRun with its positions scaled. */
export interface ScaledRun {
  glyphs: { id: number; advanceWidth: number; codePoints: number[] }[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }[];
  readonly advanceWidth: number;
}

/**
 * The run pdfkit's EmbeddedFont.layoutRun(text) makes (pdfkit 0.17: fontkit's layout, every position
 * multiplied by `scale`, each given its glyph's advance × scale) for a string shaping cannot change
 * (see plainWidth), without shaping it: the same glyphs, the same numbers. Undefined for another string.
 */
export function plainRun(font: Font, text: string, scale: number): ScaledRun | undefined {
  if (plainWidth(font, text) === undefined) return undefined;
  const glyphs = font.glyphsForString(text) as unknown as ScaledRun['glyphs'];
  const positions = glyphs.map((glyph) => ({ xAdvance: glyph.advanceWidth * scale, yAdvance: 0 * scale, xOffset: 0 * scale, yOffset: 0 * scale, advanceWidth: glyph.advanceWidth * scale }));
  return {
    glyphs,
    positions,
    // fontkit's GlyphRun.advanceWidth: the sum of the positions' advances, in order.
    get advanceWidth() {
      let width = 0;
      for (const position of positions) width += position.xAdvance;
      return width;
    },
  };
}
