// The width of a string without shaping it, where shaping cannot change it. fontkit's layout (what
// measure.ts measures with, and pdfkit draws with) costs some 0.1–0.2 ms a string; most strings of
// a Chinese SOP are ideographs and full-width punctuation that no lookup of the font touches, whose
// shaped width is the plain sum of their glyphs' advances. That sum is taken here, from advances
// kept per font and code point; every other string is shaped as before (same numbers either way).
//
// A string's width is the plain sum when every code point of it is *plain* in the string's script
// (checked per font, once a code point and script), because then fontkit 2 (LayoutEngine.layout
// with no features, script or language given) neither substitutes nor moves any of its glyphs:
//   - the string's script is the script of its first code point that is not Common (fontkit's
//     Script.forString; Unknown when there is none). fontkit applies the lookups of the default
//     language of that script in GSUB and in GPOS (each table's own entry, else DFLT, dflt or latn);
//   - the code point's script is one that fontkit shapes with its DefaultShaper (Han, Latin,
//     Common, Bopomofo, kana), and it is no mark (\p{M}), no default-ignorable (drawn with no
//     advance) and no fraction slash (U+2044: the fraction features act only around it);
//   - its glyph is in the primary coverage of no lookup of a feature that shaper applies to every
//     glyph, in that script's default language: every lookup acts only where the glyph under it
//     is in that coverage (a table with no entry for the script nor a default one: any script's);
//   - its glyph is no mark in GDEF (the shaper zeroes marks' advances).
// A font with a TrueType/AAT kern table, morx or mort, or variations (fvar) is always shaped.

import type { Font } from 'fontkit';
import { advanceOf } from './sfnt.js';
import { fontkitScript } from './unicode-script.js';

/**
 * The features fontkit's DefaultShaper applies to every glyph unasked (fontkit 2.0: variation,
 * directional, common, horizontal); the fraction features (frac, numr, dnom) only around a
 * fraction slash, which is never plain.
 */
const DEFAULT_FEATURES = new Set(['rvrn', 'ltra', 'ltrm', 'rtla', 'rtlm', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern']);
/** Scripts fontkit shapes with its DefaultShaper (and writes left to right). */
const PLAIN_SCRIPT = /^[\p{Script=Han}\p{Script=Latin}\p{Script=Common}\p{Script=Bopomofo}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const MARK_OR_IGNORABLE = /^[\p{M}\p{Default_Ignorable_Code_Point}]$/u;
const FRACTION_SLASH = 0x2044;

/**
 * The scripts a plain string can be shaped as, with fontkit's OpenType tag for each (its
 * UNICODE_SCRIPTS): a plain string's first code point that is not Common is of one of the first
 * five; a string of Common code points only is shaped as Unknown.
 */
const SCRIPTS = [
  { name: 'Han', tag: 'hani' },
  { name: 'Latin', tag: 'latn' },
  { name: 'Bopomofo', tag: 'bopo' },
  { name: 'Hiragana', tag: 'hira' },
  { name: 'Katakana', tag: 'kana' },
  { name: 'Unknown', tag: 'zzzz' },
] as const;
const UNKNOWN = SCRIPTS.length - 1;
/** A code point's script in a table: fontkit passes over it (Common, Inherited, Unknown)… */
const PASSED_OVER = 0xff;
/** …or a script other than SCRIPTS' (the string is not plain; fontkit picks that script). */
const OTHER_SCRIPT = 0xfe;
/** fontkit's fallback when a table has no entry for the script. */
const DEFAULT_SCRIPTS = ['DFLT', 'dflt', 'latn'];

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
  scriptList: { tag: string; script: { defaultLangSys?: LangSys | null; langSysRecords?: { langSys: LangSys }[] } }[];
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

/** The language systems whose lookups fontkit applies to a string of script `tag`: the default language of its entry, else of a default entry; any where neither exists. */
function languagesFor(table: LayoutTable, tag: string): LangSys[] {
  for (const wanted of [tag, ...DEFAULT_SCRIPTS]) {
    const entry = table.scriptList.find((e) => e.tag === wanted);
    // An entry without a default language: fontkit applies no feature of this table.
    if (entry) return entry.script.defaultLangSys ? [entry.script.defaultLangSys] : [];
  }
  // fontkit keeps the script it selected before: any script's, any language's.
  return table.scriptList.flatMap(({ script }) => [script.defaultLangSys, ...(script.langSysRecords ?? []).map((r) => r.langSys)]).filter((l): l is LangSys => !!l);
}

/** Marks in `touched` the glyphs a default feature's lookup may act on in a string of script `tag`. */
function addLookupGlyphs(table: LayoutTable | undefined, gpos: boolean, tag: string, touched: Uint8Array): void {
  if (!table) return;
  const lookups = new Set<number>();
  for (const langSys of languagesFor(table, tag)) {
    const features = [...langSys.featureIndexes, ...(langSys.reqFeatureIndex !== 0xffff ? [langSys.reqFeatureIndex] : [])];
    for (const index of features) {
      const feature = table.featureList[index];
      if (feature && (DEFAULT_FEATURES.has(feature.tag) || index === langSys.reqFeatureIndex)) for (const l of feature.feature.lookupListIndexes) lookups.add(l);
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

/**
 * A font's glyph and plainness per BMP code point, made once (by `npm run build` for the bundled
 * fonts: scripts/font-data.mjs) so that a cold render neither decodes the cmap nor the lookups'
 * coverages nor builds the Unicode script data: `gids[cp]` is fontkit's glyphForCodePoint(cp).id,
 * bit `i` of `plain[cp]` is set when the code point is plain in a string of SCRIPTS[i], and
 * `scripts[cp]` is the index in SCRIPTS of its script as fontkit sees it, PASSED_OVER or
 * OTHER_SCRIPT. The same answers as the reading below, read from arrays.
 */
export interface CodePointTable {
  gids: Uint16Array;
  plain: Uint8Array;
  scripts: Uint8Array;
}

/** The bits a table's plain flags may have set: one per script of SCRIPTS. */
const PLAIN_FLAGS = (1 << SCRIPTS.length) - 1;
/** Whether `value` can be a code point's script in a table. */
function isTableScript(value: number): boolean {
  return value < SCRIPTS.length || value === PASSED_OVER || value === OTHER_SCRIPT;
}
/** Code points a table holds: the Basic Multilingual Plane. */
const TABLE_SIZE = 0x10000;
/** What a table's plain flags mean (the scripts above, in order); the build's tables name it. */
export const CODE_POINT_TABLE_FORMAT = `plain in and scripts ${SCRIPTS.map((s) => s.tag).join(' ')}`;

/** A code point as a string's width needs it. */
interface CodePoint {
  /** Its advance (font units). */
  advance: number;
  /** Bit `i` set: plain in a string of SCRIPTS[i]; 0 when never. */
  plain: number;
  /** The index in SCRIPTS of its script as fontkit sees it, or PASSED_OVER (which leaves a string's script to the next). */
  script: number;
}

const NEVER: CodePoint = { advance: 0, plain: 0, script: PASSED_OVER };

interface PlainFont {
  codePoints: Map<number, CodePoint>;
  /** Per script of SCRIPTS: per glyph, 1 when shaping may act on it (read on first need). */
  touched: (Uint8Array | undefined)[];
  table?: CodePointTable;
}

const plainFonts = new WeakMap<Font, PlainFont | null>();
const tables = new WeakMap<Font, CodePointTable>();

/** Whether a font's strings can ever be summed plainly: not with a kern (TrueType/AAT), morx, mort or fvar table. */
function mayBePlain(font: Font): boolean {
  const tables = (font as unknown as FontTables).directory?.tables ?? {};
  return !('kern' in tables || 'morx' in tables || 'mort' in tables || 'fvar' in tables);
}

/** `touched` for a font whose lookups this cannot read: no glyph is plain. */
const ALL_TOUCHED = new Uint8Array(0);

/** The glyphs shaping may act on in a string of SCRIPTS[script] (see the top of this file); ALL_TOUCHED for tables this reading does not know. */
function touchedGlyphs(font: Font, plain: PlainFont, script: number): Uint8Array {
  let touched = plain.touched[script];
  if (touched) return touched;
  const f = font as unknown as FontTables;
  try {
    touched = new Uint8Array(f.numGlyphs + 1);
    addLookupGlyphs(f.GSUB, false, SCRIPTS[script]!.tag, touched);
    addLookupGlyphs(f.GPOS, true, SCRIPTS[script]!.tag, touched);
    addMarks(f.GDEF?.glyphClassDef, touched);
  } catch {
    touched = ALL_TOUCHED; // a table this reading does not know: shape everything
  }
  plain.touched[script] = touched;
  return touched;
}

/** What a font's strings need to be measured plainly; null for a font that is always shaped. */
function plainFont(font: Font): PlainFont | null {
  let plain = plainFonts.get(font);
  if (plain !== undefined) return plain;
  plain = mayBePlain(font) ? { codePoints: new Map(), touched: [], table: tables.get(font) } : null;
  plainFonts.set(font, plain);
  return plain;
}

/** A glyph's advance: read from hmtx (sfnt.ts), or from fontkit for a font that reading declines. */
function glyphAdvance(font: Font, gid: number): number {
  return advanceOf(font, gid) ?? font.getGlyph(gid).advanceWidth;
}

/** The index in SCRIPTS of `cp`'s script as fontkit sees it (unicode-script.ts), PASSED_OVER or OTHER_SCRIPT. */
function readScript(cp: number): number {
  const name = fontkitScript(cp);
  if (name === 'Common' || name === 'Inherited' || name === 'Unknown') return PASSED_OVER;
  const index = SCRIPTS.findIndex((s) => s.name === name);
  return index < 0 ? OTHER_SCRIPT : index;
}

/** Whether `cp` can be plain at all (its script, no mark, no ignorable, no fraction slash), before its glyph is looked at. */
function mayBePlainCodePoint(cp: number): boolean {
  const ch = String.fromCodePoint(cp);
  return !(cp >= 0xd800 && cp <= 0xdfff) && cp !== FRACTION_SLASH && !fontkitIgnorable(cp) && PLAIN_SCRIPT.test(ch) && !MARK_OR_IGNORABLE.test(ch);
}

/** The scripts (bits) in which glyph `gid` is plain. */
function plainScripts(font: Font, plain: PlainFont, gid: number): number {
  let bits = 0;
  for (let i = 0; i < SCRIPTS.length; i++) {
    const touched = touchedGlyphs(font, plain, i);
    if (gid < touched.length && !touched[gid]) bits |= 1 << i;
  }
  return bits;
}

/** Code point `cp` of `font`, from its table or read from the font (its glyph looked up only when the rest allows it to be plain). */
function codePoint(font: Font, plain: PlainFont, cp: number): CodePoint {
  let known = plain.codePoints.get(cp);
  if (known) return known;
  known = NEVER;
  if (plain.table && cp < TABLE_SIZE) {
    const bits = plain.table.plain[cp]!;
    const script = plain.table.scripts[cp]!;
    // A table read from a file is checked here, where a code point is first used: flags or a script it does not know leave the code point to shaping.
    if (bits && (bits & ~PLAIN_FLAGS) === 0 && isTableScript(script)) known = { advance: glyphAdvance(font, plain.table.gids[cp]!), plain: bits, script };
  } else if (mayBePlainCodePoint(cp)) {
    const gid = font.glyphForCodePoint(cp).id;
    const bits = plainScripts(font, plain, gid);
    if (bits) known = { advance: glyphAdvance(font, gid), plain: bits, script: readScript(cp) };
  }
  plain.codePoints.set(cp, known);
  return known;
}

/**
 * A font's code point table, read from the font (fontkit's cmap, the lookups' coverages): what
 * the build writes for the bundled fonts. Undefined for a font that is always shaped.
 */
export function codePointTable(font: Font): CodePointTable | undefined {
  if (!mayBePlain(font)) return undefined;
  const reading: PlainFont = { codePoints: new Map(), touched: [] };
  const table: CodePointTable = { gids: new Uint16Array(TABLE_SIZE), plain: new Uint8Array(TABLE_SIZE), scripts: new Uint8Array(TABLE_SIZE) };
  for (let cp = 0; cp < TABLE_SIZE; cp++) {
    const gid = font.glyphForCodePoint(cp).id;
    table.gids[cp] = gid;
    table.scripts[cp] = readScript(cp);
    table.plain[cp] = mayBePlainCodePoint(cp) ? plainScripts(font, reading, gid) : 0;
  }
  return table;
}

/** Measures `font` with `table` from now on (one made by codePointTable for this font, e.g. by the build). */
export function useCodePointTable(font: Font, table: CodePointTable): void {
  if (table.gids.length !== TABLE_SIZE || table.plain.length !== TABLE_SIZE || table.scripts.length !== TABLE_SIZE) throw new Error('a code point table holds the 65,536 code points of the BMP');
  tables.set(font, table);
  plainFonts.delete(font);
}

/** Whether `font` has a glyph for `cp` (fontkit's hasGlyphForCodePoint), from its code point table when it has one. */
export function hasGlyph(font: Font, cp: number): boolean {
  const table = tables.get(font);
  return table && cp < TABLE_SIZE ? table.gids[cp] !== 0 : font.hasGlyphForCodePoint(cp);
}

/**
 * The sum of the advances of `text`'s glyphs (font units), when shaping cannot change it; undefined
 * when the string must be shaped. Code points are read as fontkit reads them (a lone surrogate is one).
 */
export function plainWidth(font: Font, text: string): number | undefined {
  const plain = plainFont(font);
  if (!plain) return undefined;
  let sum = 0;
  // The scripts the string's code points are all plain in, and the string's script.
  let plainIn = PLAIN_FLAGS;
  let script = PASSED_OVER;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) ((cp = ((cp & 0x3ff) << 10) + (next & 0x3ff) + 0x10000), i++);
    }
    const known = codePoint(font, plain, cp);
    plainIn &= known.plain;
    if (plainIn === 0) return undefined;
    if (script === PASSED_OVER) script = known.script;
    sum += known.advance;
  }
  return plainIn & (1 << (script === PASSED_OVER ? UNKNOWN : script)) ? sum : undefined;
}

/**
 * fontkit's glyphsForString(text) for a plain string (no variation selectors: one glyph per code
 * point), its glyphs looked up in the code point table: the id, the code points fontkit keeps
 * for the glyph (those of the first code point it was asked for) and the advance (sfnt.ts).
 */
function tableGlyphs(font: Font, table: CodePointTable, text: string): ScaledRun['glyphs'] {
  const glyphs: ScaledRun['glyphs'] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const glyph = cp < TABLE_SIZE ? font.getGlyph(table.gids[cp]!, [cp]) : font.glyphForCodePoint(cp);
    glyphs.push({ id: glyph.id, codePoints: glyph.codePoints, advanceWidth: glyphAdvance(font, glyph.id) });
  }
  return glyphs;
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
  const table = tables.get(font);
  const glyphs = table ? tableGlyphs(font, table, text) : (font.glyphsForString(text) as unknown as ScaledRun['glyphs']);
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
