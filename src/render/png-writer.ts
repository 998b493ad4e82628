// Scene → PNG, for people who paste a chart into Word or a chat. The scene's first page is written
// as SVG (svg-writer.ts) and rasterised by resvg (@resvg/resvg-js: a Rust renderer whose binary
// comes in the npm package; no browser). resvg draws the text with the fonts the chart was
// measured with, never the system's, so the PNG looks the same on every machine. The size is the
// SVG's, in points, times `scale` (pixels per point): scale 2 gives about 144 dpi.
//
// resvg reads a font file again for every text it draws, which takes seconds per chart with a
// multi-megabyte CJK font; so it is given subsets holding only the glyphs the page prints
// (pngFontSubsets), which the caller writes to files.

import { Resvg } from '@resvg/resvg-js';
import type { Scene } from './scene.js';
import { printedText } from './scene-text.js';
import { writeSvg } from './svg-writer.js';
import { fontFace, subsetFont } from './text/index.js';

export interface PngWriteOptions {
  /** Pixels per point of the SVG's size (> 0). */
  scale: number;
  /** Font files holding every glyph the page prints (pngFontSubsets, written out, or the scene's own files). */
  fontFiles: string[];
}

/** A font for resvg: the bytes of a subset to write to a file, or (when the font cannot be subset) the font's own file. */
export type PngFont = { bytes: Uint8Array } | { file: string };

/** The fonts resvg needs for the scene's first page: a subset of each face with the glyphs it prints. */
export function pngFontSubsets(scene: Scene): PngFont[] {
  const text = printedText(scene.pages.slice(0, 1));
  const sameFile = scene.fonts.bold === scene.fonts.regular;
  const faces: [string, 'regular' | 'bold', string][] = sameFile
    ? [[scene.fonts.regular, 'regular', `${text.regular}\n${text.bold}`]]
    : [
        [scene.fonts.regular, 'regular', text.regular],
        [scene.fonts.bold, 'bold', text.bold],
      ];
  const fonts: PngFont[] = [];
  for (const [file, weight, printed] of faces) {
    if (printed.trim().length === 0) continue;
    // Only TrueType outlines can be subset (see subset-font.ts); other fonts go in whole.
    const bytes = subsetFont(fontFace(file, weight), printed);
    fonts.push(bytes ? { bytes } : { file });
  }
  return fonts;
}

/** The scene's first page as PNG bytes. */
export function writePng(scene: Scene, options: PngWriteOptions): Uint8Array {
  const { svg } = writeSvg(scene);
  const resvg = new Resvg(svg, {
    // At 72 dpi one SVG point is one pixel; the zoom is the scale.
    dpi: 72,
    fitTo: { mode: 'zoom', value: options.scale },
    font: { loadSystemFonts: false, fontFiles: options.fontFiles, defaultFontFamily: scene.fonts.family },
    background: '#ffffff',
    logLevel: 'off',
  });
  return new Uint8Array(resvg.render().asPng());
}
