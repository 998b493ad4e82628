// A chart as PNG (`sop render --format png`): the PNG writer (render/png-writer.ts) loads only
// when a PNG is asked for, and the font subsets it needs go to a temporary folder that is removed
// once the PNG is made.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { localize } from '../i18n/lang.js';
import type { Scene } from '../render/scene.js';
import { InputError, PIPELINE_MESSAGES } from './messages.js';

type PngWriter = typeof import('../render/png-writer.js');
let writer: PngWriter | undefined;

/** The PNG writer; InputError when resvg's binary for this platform is not installed. */
async function pngWriter(lang: Lang): Promise<PngWriter> {
  if (writer) return writer;
  try {
    writer = await import('../render/png-writer.js');
    return writer;
  } catch (error) {
    throw new InputError(localize(PIPELINE_MESSAGES.noRasterizer, lang, { detail: (error as Error).message.split('\n')[0] }));
  }
}

/** The scene's first page as PNG bytes, `scale` pixels per point. */
export async function chartPng(scene: Scene, scale: number, lang: Lang): Promise<Uint8Array> {
  const { pngFontSubsets, writePng } = await pngWriter(lang);
  const folder = mkdtempSync(path.join(tmpdir(), 'sop-png-'));
  try {
    const fontFiles = pngFontSubsets(scene).map((font, i) => {
      if ('file' in font) return font.file;
      const file = path.join(folder, `font-${i}.ttf`);
      writeFileSync(file, font.bytes);
      return file;
    });
    return writePng(scene, { scale, fontFiles });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
