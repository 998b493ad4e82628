// Fonts the chart is measured with and drawn with. Text is measured in process with the real
// font (fontkit), never by the writers or by ELK. Loaded once per process and per file.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Font } from 'fontkit';
import { deferModule } from '../deferred-module.js';
import { seedLoca } from './sfnt.js';
import { givenTrieValues, noteBuiltTrie, TRIE_VALUES_SIZE, type Trie } from './trie-values.js';

/** One face, with a cache of measured widths (at 1 unit size). */
export interface MeasureFont {
  /** Absolute path of the font file (the PDF writer embeds it, the SVG writer may subset it). */
  file: string;
  /** The fontkit font. */
  font: Font;
  /** CSS font-family name of the face. */
  family: string;
  weight: 'regular' | 'bold';
  /** Width per em of measured strings (cache, bounded). */
  readonly widths: Map<string, number>;
}

export interface Fonts {
  regular: MeasureFont;
  /** The bold face; for a custom `--font` this is the regular face (there is no second file). */
  bold: MeasureFont;
  /** CSS family of the faces, e.g. `Noto Sans TC`. */
  family: string;
  /** Whether the fonts are the bundled Noto Sans TC. */
  bundled: boolean;
}

export class FontError extends Error {}

const require = createRequire(import.meta.url);

/** Requires modules as fontkit does (its dependencies: brotli, unicode-trie, unicode-properties). */
export const fontkitRequire = createRequire(require.resolve('fontkit'));

/**
 * fontkit loads brotli, the decoder of WOFF2 fonts, when it loads itself: brotli decodes its
 * 120 KB dictionary from a 750 KB source file, some 50 ms of CPU in every `sop render`, which
 * draws with TrueType and OpenType fonts. The module fontkit finds in `require.cache` instead
 * loads the decoder when it first decodes, so only a WOFF2 `--font` pays for it.
 */
export function deferBrotli(): void {
  type Decompress = (buffer: Uint8Array, outSize?: number) => Uint8Array;
  deferModule<Decompress>(fontkitRequire, 'brotli/decompress.js', (load) => (buffer: Uint8Array, outSize?: number) => load()(buffer, outSize));
}

deferBrotli();

type TrieClass = new (data: unknown) => Trie;

/**
 * fontkit inflates, when it loads itself, the tries of its Arabic, Indic and Universal shapers,
 * which CJK and Latin text never asks (and unicode-properties, and pdfkit's line breaker, theirs):
 * some 20–40 ms of CPU in every `sop render`. The unicode-trie module they find in `require.cache`
 * instead builds each trie from its data when it is first read, and answers for the BMP from the
 * trie's values where they were handed over (trie-values.ts) without building it.
 */
export function deferUnicodeTries(): void {
  deferModule<TrieClass>(fontkitRequire, 'unicode-trie', (load) => {
    return class LazyTrie implements Trie {
      private trie: Trie | undefined;
      /** The values for the BMP handed over for this trie's data; null when none were (looked up on first read). */
      private values: Uint32Array | null | undefined;
      constructor(private readonly data: unknown) {}
      get(codePoint: number): number {
        if (this.values === undefined) this.values = givenTrieValues(this.data) ?? null;
        if (this.values !== null && codePoint >>> 0 === codePoint && codePoint < TRIE_VALUES_SIZE) return this.values[codePoint]!;
        if (!this.trie) {
          this.trie = new (load())(this.data);
          noteBuiltTrie(this.data, this.trie);
        }
        return this.trie.get(codePoint);
      }
    };
  });
}

deferUnicodeTries();
// fontkit's CommonJS build, the one pdfkit requires: one copy of fontkit (and of its decoder,
// restructure) in the process instead of that and the ES module build.
const { create } = require('fontkit') as typeof import('fontkit');

/** The bundled Noto Sans TC static TTFs (OFL), from @expo-google-fonts/noto-sans-tc. */
export function bundledFontFiles(): { regular: string; bold: string } {
  const root = path.dirname(require.resolve('@expo-google-fonts/noto-sans-tc/package.json'));
  return {
    regular: path.join(root, '400Regular', 'NotoSansTC_400Regular.ttf'),
    bold: path.join(root, '700Bold', 'NotoSansTC_700Bold.ttf'),
  };
}

const fileBytes = new Map<string, Buffer>();

/**
 * A font file's bytes, read once per process (the CJK fonts are several megabytes): fontkit
 * measures with them, the PDF writer embeds them. The one place that reads font files.
 */
export function fontFileBytes(file: string): Buffer {
  const absolute = path.resolve(file);
  let bytes = fileBytes.get(absolute);
  if (!bytes) {
    bytes = readFileSync(absolute);
    fileBytes.set(absolute, bytes);
  }
  return bytes;
}

const parsed = new Map<string, Font>();

/**
 * A font file as fontkit parses it, once per process and file: the measuring faces and the PDF
 * writer share it (its tables decoded once). A collection (TTC/DFont): its first font. Throws
 * FontError for a file that is not a font.
 */
export function fontkitFont(file: string): Font {
  const absolute = path.resolve(file);
  let font = parsed.get(absolute);
  if (font) return font;
  try {
    const opened = create(fontFileBytes(absolute));
    font = 'fonts' in opened ? opened.fonts[0]! : opened;
    if (!font || typeof font.layout !== 'function') throw new Error('not a font');
    seedLoca(font);
  } catch (error) {
    throw new FontError(`${absolute}: ${(error as Error).message}`);
  }
  parsed.set(absolute, font);
  return font;
}

const faces = new Map<string, MeasureFont>();

/** One face by file (cached per process), e.g. to embed the fonts a scene names. */
export function fontFace(file: string, weight: 'regular' | 'bold'): MeasureFont {
  const absolute = path.resolve(file);
  const key = `${weight}\u0000${absolute}`;
  const cached = faces.get(key);
  if (cached) return cached;
  const font = fontkitFont(absolute);
  const face: MeasureFont = { file: absolute, font, family: font.familyName || path.basename(absolute).replace(/\.[^.]+$/, ''), weight, widths: new Map() };
  faces.set(key, face);
  return face;
}

const loaded = new Map<string, Fonts>();

/**
 * The fonts to measure and draw with: the bundled Noto Sans TC (regular and bold), or one
 * custom font file for both weights. Cached per process. Throws FontError for an unreadable file.
 */
export function loadFonts(fontPath?: string): Fonts {
  const key = fontPath ? path.resolve(fontPath) : '';
  const cached = loaded.get(key);
  if (cached) return cached;
  let fonts: Fonts;
  if (fontPath) {
    const regular = fontFace(fontPath, 'regular');
    fonts = { regular, bold: regular, family: regular.family, bundled: false };
  } else {
    const files = bundledFontFiles();
    const regular = fontFace(files.regular, 'regular');
    fonts = { regular, bold: fontFace(files.bold, 'bold'), family: regular.family, bundled: true };
  }
  loaded.set(key, fonts);
  return fonts;
}
