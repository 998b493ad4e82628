// Characters the fonts cannot draw: checked on the pages about to be written (each text by the
// weight it prints in), so that a glyph missing from a custom --font, or from the bundled one,
// is reported instead of printing blank. One check and one message for single renders and the
// handbook.

import path from 'node:path';
import { localize, type Lang } from '../i18n/lang.js';
import type { Page } from '../render/scene.js';
import { printedText } from '../render/scene-text.js';
import { missingGlyphs, type Fonts } from '../render/text/index.js';
import { PIPELINE_MESSAGES } from './messages.js';

/** The warning for the characters these pages print that the fonts have no glyph for; undefined when there are none. */
export function glyphWarning(fonts: Fonts, pages: readonly Page[], lang: Lang): string | undefined {
  const text = printedText(pages);
  const missing = [...new Set([...missingGlyphs(fonts.regular, text.regular), ...missingGlyphs(fonts.bold, text.bold)])];
  if (missing.length === 0) return undefined;
  const chars = missing.map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(' ');
  return localize(PIPELINE_MESSAGES.missingGlyphs, lang, { font: path.basename(fonts.regular.file), chars });
}
