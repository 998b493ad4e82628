// The bundled fonts' code point tables (src/render/text/plain-advances.ts), made by `npm run build`
// (after tsc): for each bundled face, each BMP code point's glyph and whether shaping can change its
// width, read from the font with fontkit as a render would read it, into dist/font-tables/
// (`<fingerprint>.bin`, and `index.json` naming fontkit's version, the tables' format and the fonts). A cold render then
// measures with the table instead of decoding the font's cmap and its lookups' coverages (read by
// src/pipeline/render-fonts.ts; for another fontkit, another font or without the files, a render
// reads the font as before). Should it fail, the build goes on without it (and says so).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
try {
  const { fontTablesDir } = await import('../dist/package-info.js');
  const { CODE_POINT_TABLE_FORMAT, codePointTable, fontFingerprint, loadFonts, writeCodePointTable } = await import('../dist/render/text/index.js');
  const { fontkitVersion } = await import('../dist/pipeline/render-fonts.js');
  const dir = fontTablesDir();
  // Made here, whatever an earlier build left.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const fonts = loadFonts();
  const made = [];
  for (const face of [fonts.regular, fonts.bold]) {
    const key = fontFingerprint(face.font);
    const table = key && codePointTable(face.font);
    if (!table) continue;
    writeFileSync(path.join(dir, `${key}.bin`), writeCodePointTable(table));
    made.push(key);
  }
  writeFileSync(path.join(dir, 'index.json'), `${JSON.stringify({ fontkit: fontkitVersion(), format: CODE_POINT_TABLE_FORMAT, fonts: made }, null, 2)}\n`);
  console.log(`font-tables: ${path.relative(root, dir)} (${made.length} fonts)`);
} catch (error) {
  console.warn(`font-tables: not made (${error instanceof Error ? error.message : error}); sop render works without them, only starts slower`);
}
