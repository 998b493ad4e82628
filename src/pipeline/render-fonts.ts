// The fonts a render measures and draws with: --font (a path from the working folder) for both
// weights, or the bundled Noto Sans TC.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { localize } from '../i18n/lang.js';
import { fontDataDir } from '../package-info.js';
import { CODE_POINT_TABLE_FORMAT, FontError, fontFingerprint, loadFonts, readCodePointTable, readTrieValues, trustSubsetEncodings, useCodePointTable, useTrieValues, type Fonts } from '../render/text/index.js';
import { InputError, PIPELINE_MESSAGES } from './messages.js';
import type { RenderRun } from './render-run.js';

/** The version of package `name`, one of whose files is `file` (its package.json is found above it: not every package exports it). */
function versionOf(file: string, name: string): string {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version: string };
      if (manifest.name === name) return manifest.version;
    } catch {
      // No package.json here: further up.
    }
    if (path.dirname(dir) === dir) throw new Error(`no package.json of ${name} above ${file}`);
  }
}

/**
 * What the build's font data was made with and must be read with: fontkit (the fonts are read
 * and subset with it), the unicode-trie fontkit's unicode-properties reads its trie with, and the
 * code point tables' format.
 */
export function fontDataVersions(): { fontkit: string; unicodeTrie: string; codePointFormat: string } {
  const fontkit = createRequire(import.meta.url).resolve('fontkit');
  const unicodeTrie = createRequire(createRequire(fontkit).resolve('unicode-properties')).resolve('unicode-trie');
  return { fontkit: versionOf(fontkit, 'fontkit'), unicodeTrie: versionOf(unicodeTrie, 'unicode-trie'), codePointFormat: CODE_POINT_TABLE_FORMAT };
}

/** The build's font data (scripts/font-data.mjs) as far as it fits this fontkit, unicode-trie and format: fingerprints of fonts and tries. */
interface FontData {
  subsetsEncodedDirectly: string[];
  codePointTables: Set<string>;
  unicodeTries: string[];
}

let fontData: FontData | undefined;

/** The fingerprints `value` lists (sha256 hex), none when it is not a list. */
function fingerprints(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((key): key is string => typeof key === 'string' && /^[0-9a-f]{64}$/.test(key)) : [];
}

/**
 * Reads the build's font data once per process and hands over what does not depend on the fonts:
 * the fonts whose subsets are encoded directly (else each font's first subset is compared) and the
 * tries' values (else a trie is built when first read). A part made with another fontkit,
 * unicode-trie or format, a missing or unreadable file: that part is worked out as before.
 */
function readFontData(): FontData {
  if (fontData) return fontData;
  fontData = { subsetsEncodedDirectly: [], codePointTables: new Set(), unicodeTries: [] };
  try {
    const index = JSON.parse(readFileSync(path.join(fontDataDir(), 'index.json'), 'utf8')) as Record<string, unknown>;
    const now = fontDataVersions();
    if (index.fontkit === now.fontkit) {
      fontData.subsetsEncodedDirectly = fingerprints(index.subsetsEncodedDirectly);
      if (index.codePointFormat === now.codePointFormat) fontData.codePointTables = new Set(fingerprints(index.codePointTables));
    }
    if (index.unicodeTrie === now.unicodeTrie) fontData.unicodeTries = fingerprints(index.unicodeTries);
  } catch {
    // No font data (a build that did not make it).
  }
  trustSubsetEncodings(fontData.subsetsEncodedDirectly);
  for (const key of fontData.unicodeTries) {
    const values = readOr(`trie-${key}.bin`, readTrieValues);
    if (values) useTrieValues(key, values);
  }
  return fontData;
}

/** A file of the font data read by `read`; undefined when it cannot be read. */
function readOr<T>(name: string, read: (bytes: Uint8Array) => T | undefined): T | undefined {
  try {
    return read(readFileSync(path.join(fontDataDir(), name)));
  } catch {
    return undefined;
  }
}

/**
 * Gives each face the code point table the build made for it, if it made one for this font (by
 * fingerprint): the face is then measured without decoding its cmap and lookups. Read once per
 * process; a table that does not read: the face is measured by reading the font, as before.
 */
function useCodePointTables(fonts: Fonts, data: FontData): void {
  for (const face of new Set([fonts.regular, fonts.bold])) {
    const key = data.codePointTables.size > 0 ? fontFingerprint(face.font) : undefined;
    if (!key || !data.codePointTables.delete(key)) continue;
    const table = readOr(`code-points-${key}.bin`, readCodePointTable);
    if (table) useCodePointTable(face.font, table);
  }
}

/** Loads the fonts; a font file that cannot be read is an InputError in the run's language. */
export function loadRenderFonts(run: Pick<RenderRun, 'cwd' | 'lang'>, fontFile?: string): Fonts {
  const data = readFontData();
  try {
    const fonts = loadFonts(fontFile ? path.resolve(run.cwd, fontFile) : undefined);
    useCodePointTables(fonts, data);
    return fonts;
  } catch (error) {
    if (error instanceof FontError) throw new InputError(localize(PIPELINE_MESSAGES.badFont, run.lang, { detail: error.message }));
    throw error;
  }
}
