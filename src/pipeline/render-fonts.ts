// The fonts a render measures and draws with: --font (a path from the working folder) for both
// weights, or the bundled Noto Sans TC.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { localize } from '../i18n/lang.js';
import { fontTablesDir, subsetEncodingFile, unicodeTriesDir } from '../package-info.js';
import { CODE_POINT_TABLE_FORMAT, FontError, fontFingerprint, loadFonts, readCodePointTable, readTrieValues, trustSubsetEncodings, useCodePointTable, useTrieValues, type Fonts } from '../render/text/index.js';
import { InputError, PIPELINE_MESSAGES } from './messages.js';
import type { RenderRun } from './render-run.js';

/** fontkit's version (the one the fonts are read and subset with). */
export function fontkitVersion(): string {
  const main = createRequire(import.meta.url).resolve('fontkit');
  return (JSON.parse(readFileSync(path.join(path.dirname(main), '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/** unicode-trie's version: the one fontkit and unicode-properties read their tries with. */
export function unicodeTrieVersion(): string {
  const fontkitRequire = createRequire(createRequire(import.meta.url).resolve('fontkit'));
  const unicodeProperties = createRequire(fontkitRequire.resolve('unicode-properties'));
  return (JSON.parse(readFileSync(unicodeProperties.resolve('unicode-trie/package.json'), 'utf8')) as { version: string }).version;
}

let trustedBuild = false;

/**
 * The fonts the build found encoded the same both ways (subset-encode.ts), when it ran with this
 * fontkit; a file that is missing, does not parse or is for another fontkit: none (each font's
 * first subset is compared).
 */
function trustBuildSubsetEncodings(): void {
  if (trustedBuild) return;
  trustedBuild = true;
  try {
    const made = JSON.parse(readFileSync(subsetEncodingFile(), 'utf8')) as { fontkit?: unknown; same?: unknown };
    if (made.fontkit === fontkitVersion() && Array.isArray(made.same)) trustSubsetEncodings(made.same.filter((key): key is string => typeof key === 'string'));
  } catch {
    // No file (a build that did not make it): compare.
  }
}

/** The fonts (by fingerprint) the build wrote code point tables for, with this fontkit and in this format; null before it is read. */
let buildTables: Set<string> | null = null;

/**
 * Gives each face the code point table the build made for it (scripts/font-tables.mjs), if the
 * build ran with this fontkit and this code, and the face is a font it made one for (by fingerprint): the face
 * is then measured without decoding its cmap and lookups. A table that is missing or does not
 * read: the face is measured by reading the font, as before.
 */
function useBuildCodePointTables(fonts: Fonts): void {
  if (!buildTables) {
    buildTables = new Set();
    try {
      const index = JSON.parse(readFileSync(path.join(fontTablesDir(), 'index.json'), 'utf8')) as { fontkit?: unknown; format?: unknown; fonts?: unknown };
      if (index.fontkit === fontkitVersion() && index.format === CODE_POINT_TABLE_FORMAT && Array.isArray(index.fonts)) for (const key of index.fonts) if (typeof key === 'string' && /^[0-9a-f]{64}$/.test(key)) buildTables.add(key);
    } catch {
      // No tables (a build that did not make them).
    }
  }
  for (const face of new Set([fonts.regular, fonts.bold])) {
    const key = buildTables.size > 0 ? fontFingerprint(face.font) : undefined;
    if (!key || !buildTables.has(key)) continue;
    buildTables.delete(key); // read once per process
    try {
      const table = readCodePointTable(readFileSync(path.join(fontTablesDir(), `${key}.bin`)));
      if (table) useCodePointTable(face.font, table);
    } catch {
      // Unreadable: measured by reading the font.
    }
  }
}

let triesGiven = false;

/**
 * Hands the Unicode tries' values the build wrote (scripts/unicode-tries.mjs) to the tries, when
 * the build read them with this unicode-trie: a trie whose data they were made from then answers
 * for the BMP without being built. Missing or unreadable files: the tries are built as before.
 */
function useBuildTrieValues(): void {
  if (triesGiven) return;
  triesGiven = true;
  try {
    const index = JSON.parse(readFileSync(path.join(unicodeTriesDir(), 'index.json'), 'utf8')) as { unicodeTrie?: unknown; tries?: unknown };
    if (index.unicodeTrie !== unicodeTrieVersion() || !Array.isArray(index.tries)) return;
    for (const key of index.tries) {
      if (typeof key !== 'string' || !/^[0-9a-f]{64}$/.test(key)) continue;
      const values = readTrieValues(readFileSync(path.join(unicodeTriesDir(), `${key}.bin`)));
      if (values) useTrieValues(key, values);
    }
  } catch {
    // No values (a build that did not make them): the tries are built when read.
  }
}

/** Loads the fonts; a font file that cannot be read is an InputError in the run's language. */
export function loadRenderFonts(run: Pick<RenderRun, 'cwd' | 'lang'>, fontFile?: string): Fonts {
  trustBuildSubsetEncodings();
  useBuildTrieValues();
  try {
    const fonts = loadFonts(fontFile ? path.resolve(run.cwd, fontFile) : undefined);
    useBuildCodePointTables(fonts);
    return fonts;
  } catch (error) {
    if (error instanceof FontError) throw new InputError(localize(PIPELINE_MESSAGES.badFont, run.lang, { detail: error.message }));
    throw error;
  }
}
