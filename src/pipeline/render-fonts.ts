// The fonts a render measures and draws with: --font (a path from the working folder) for both
// weights, or the bundled Noto Sans TC.

import path from 'node:path';
import { localize } from '../i18n/lang.js';
import { FontError, loadFonts, type Fonts } from '../render/text/index.js';
import { InputError, PIPELINE_MESSAGES } from './messages.js';
import type { RenderRun } from './render-run.js';

/** Loads the fonts; a font file that cannot be read is an InputError in the run's language. */
export function loadRenderFonts(run: Pick<RenderRun, 'cwd' | 'lang'>, fontFile?: string): Fonts {
  try {
    return loadFonts(fontFile ? path.resolve(run.cwd, fontFile) : undefined);
  } catch (error) {
    if (error instanceof FontError) throw new InputError(localize(PIPELINE_MESSAGES.badFont, run.lang, { detail: error.message }));
    throw error;
  }
}
