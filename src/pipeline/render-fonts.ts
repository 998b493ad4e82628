// The fonts a render measures and draws with: --font (a path from the working folder) for both
// weights, or the bundled Noto Sans TC.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { localize } from '../i18n/lang.js';
import { subsetEncodingFile } from '../package-info.js';
import { FontError, loadFonts, trustSubsetEncodings, type Fonts } from '../render/text/index.js';
import { InputError, PIPELINE_MESSAGES } from './messages.js';
import type { RenderRun } from './render-run.js';

/** fontkit's version (the one the fonts are read and subset with). */
export function fontkitVersion(): string {
  const main = createRequire(import.meta.url).resolve('fontkit');
  return (JSON.parse(readFileSync(path.join(path.dirname(main), '..', 'package.json'), 'utf8')) as { version: string }).version;
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

/** Loads the fonts; a font file that cannot be read is an InputError in the run's language. */
export function loadRenderFonts(run: Pick<RenderRun, 'cwd' | 'lang'>, fontFile?: string): Fonts {
  trustBuildSubsetEncodings();
  try {
    return loadFonts(fontFile ? path.resolve(run.cwd, fontFile) : undefined);
  } catch (error) {
    if (error instanceof FontError) throw new InputError(localize(PIPELINE_MESSAGES.badFont, run.lang, { detail: error.message }));
    throw error;
  }
}
