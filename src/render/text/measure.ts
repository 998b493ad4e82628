// Text measurement with the real font (advance widths), and glyph coverage (pdfkit draws a
// missing glyph as blank, without an error).

import type { MeasureFont } from './fonts.js';
import { hasGlyph, plainWidth } from './plain-advances.js';

const CACHE_LIMIT = 100_000;

/** The wider of `text`'s shaped width and the plain sum of its glyphs' advances, in font units. */
export function shapedWidth(font: MeasureFont, text: string): number {
  const shaped = font.font.layout(text).advanceWidth;
  let plain = 0;
  for (const glyph of font.font.glyphsForString(text)) plain += glyph.advanceWidth;
  return Math.max(shaped, plain);
}

/** Advance width of `text` at `size` points. */
export function measureText(font: MeasureFont, text: string, size: number): number {
  if (text.length === 0) return 0;
  let perEm = font.widths.get(text);
  if (perEm === undefined) {
    // The wider of the shaped width (kerning, as pdfkit draws) and the plain sum of advances
    // (as a viewer draws an embedded subset, which has no kerning table): fits either way. Most
    // strings shaping cannot change (plain-advances.ts) are summed without shaping: the same number.
    perEm = (plainWidth(font.font, text) ?? shapedWidth(font, text)) / font.font.unitsPerEm;
    if (font.widths.size >= CACHE_LIMIT) font.widths.clear();
    font.widths.set(text, perEm);
  }
  return perEm * size;
}

/** Each font's ascent and descent (font units) and units per em, read from its tables once (labels ask for them thousands of times). */
const emBoxes = new WeakMap<MeasureFont['font'], { ascent: number; descent: number; em: number }>();

/**
 * The text box of a line at `size`: ascent above the baseline and descent below it (both
 * positive), from the font's typographic metrics (for CJK fonts the ideographic em box:
 * 0.88 / 0.12 em). Labels are placed and checked with this box.
 */
export function fontMetrics(font: MeasureFont, size: number): { ascent: number; descent: number } {
  const f = font.font;
  let box = emBoxes.get(f);
  if (!box) {
    const os2 = f['OS/2'] as { typoAscender?: number; typoDescender?: number } | undefined;
    const ascent = os2?.typoAscender && os2.typoAscender > 0 ? os2.typoAscender : f.ascent;
    const descent = os2?.typoDescender && os2.typoDescender < 0 ? -os2.typoDescender : Math.abs(f.descent);
    emBoxes.set(f, (box = { ascent, descent, em: f.unitsPerEm }));
  }
  return { ascent: (box.ascent / box.em) * size, descent: (box.descent / box.em) * size };
}

/** Characters that need no glyph (white space and controls are not drawn). */
function needsGlyph(codePoint: number): boolean {
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return false;
  if (codePoint === 0x20 || codePoint === 0x3000 || codePoint === 0x200b || codePoint === 0xfeff) return false;
  if (codePoint >= 0xfe00 && codePoint <= 0xfe0f) return false; // variation selectors
  if (codePoint >= 0xe0100 && codePoint <= 0xe01ef) return false;
  return true;
}

/** The distinct characters of `text` the font has no glyph for, in order of first appearance. */
export function missingGlyphs(font: MeasureFont, text: string): string[] {
  const missing: string[] = [];
  const seen = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (seen.has(cp)) continue;
    seen.add(cp);
    if (needsGlyph(cp) && !hasGlyph(font.font, cp)) missing.push(ch);
  }
  return missing;
}
