// What a render would otherwise work out from the bundled fonts and fontkit in every process, made
// once by `npm run build` (after tsc) into dist/font-data/ and read by src/pipeline/render-fonts.ts:
//   - the fonts whose PDF subsets may be encoded directly from the first (src/render/text/
//     subset-encode.ts): each font's first subset is encoded both ways and compared while the
//     examples render as PDF; those that came out the same (the bundled faces) are listed;
//   - each bundled face's code point table (src/render/text/plain-advances.ts): every BMP code
//     point's glyph, script and whether shaping can change its width (`code-points-<font>.bin`);
//   - the values for the BMP of each Unicode trie the render built (src/render/text/
//     trie-values.ts: unicode-properties', which fontkit asks about marks and scripts;
//     `trie-<data>.bin`).
// `index.json` names them with the fontkit, unicode-trie and table format they were made with; a
// render with another of these, another font or without the files works them out as before.
// Should it fail, the build goes on without them (and says so).
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examples = path.join(root, 'examples');
const out = mkdtempSync(path.join(tmpdir(), 'sop-font-data-'));
try {
  const { fontDataDir } = await import('../dist/package-info.js');
  const dir = fontDataDir();
  // Made here, whatever an earlier build left: the render below compares subsets and builds tries.
  rmSync(dir, { recursive: true, force: true });
  const text = await import('../dist/render/text/index.js');
  const { fontDataVersions } = await import('../dist/pipeline/render-fonts.js');
  const { openRun } = await import('../dist/pipeline/render-run.js');
  const { renderSops } = await import('../dist/pipeline/render-sops.js');
  const files = readdirSync(examples).filter((f) => f.endsWith('.sop.yaml')).sort().map((f) => path.join(examples, f));
  const quiet = { written: () => {}, notice: () => {} };
  const outcome = await renderSops(openRun({ cwd: examples }), files, { outDir: out, formats: new Set(['svg', 'pdf']), page: 'A4', creator: 'sop' }, quiet);
  if (outcome.written.length === 0) throw new Error('no example rendered');
  mkdirSync(dir, { recursive: true });
  const fonts = text.loadFonts();
  const codePointTables = [];
  for (const face of [fonts.regular, fonts.bold]) {
    const key = text.fontFingerprint(face.font);
    const table = key && text.codePointTable(face.font);
    if (!table) continue;
    writeFileSync(path.join(dir, `code-points-${key}.bin`), text.writeCodePointTable(table));
    codePointTables.push(key);
  }
  const tries = text.builtTrieValues();
  for (const { fingerprint, values } of tries) writeFileSync(path.join(dir, `trie-${fingerprint}.bin`), text.writeTrieValues(values));
  const index = { ...fontDataVersions(), subsetsEncodedDirectly: text.fontsEncodedTheSame(), codePointTables, unicodeTries: tries.map((t) => t.fingerprint) };
  writeFileSync(path.join(dir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  console.log(`font-data: ${path.relative(root, dir)} (${index.subsetsEncodedDirectly.length} fonts encoded directly, ${codePointTables.length} code point tables, ${tries.length} trie)`);
} catch (error) {
  console.warn(`font-data: not made (${error instanceof Error ? error.message : error}); sop render works without it, only starts slower`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
