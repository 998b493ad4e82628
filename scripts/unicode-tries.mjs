// The values of the Unicode tries a render reads (src/render/text/trie-values.ts), made by
// `npm run build` (after tsc): renders the examples as SVG and PDF in this process, then writes, for
// each trie the render built (unicode-properties': fontkit asks it whether a glyph's code points are
// marks, and a shaped string's script), its value for every code point of the BMP into
// dist/unicode-tries/ (`<fingerprint>.bin`, and `index.json` naming unicode-trie's version and the
// tries). A cold render then answers from them instead of inflating the trie (read by
// src/pipeline/render-fonts.ts; with another unicode-trie, other data or without the files, the
// trie is built as before). Should it fail, the build goes on without them (and says so).
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examples = path.join(root, 'examples');
const out = mkdtempSync(path.join(tmpdir(), 'sop-unicode-tries-'));
try {
  const { unicodeTriesDir } = await import('../dist/package-info.js');
  const dir = unicodeTriesDir();
  // Made here, whatever an earlier build left (and so that this render builds its tries).
  rmSync(dir, { recursive: true, force: true });
  const { builtTrieValues, writeTrieValues } = await import('../dist/render/text/index.js');
  const { unicodeTrieVersion } = await import('../dist/pipeline/render-fonts.js');
  const { openRun } = await import('../dist/pipeline/render-run.js');
  const { renderSops } = await import('../dist/pipeline/render-sops.js');
  const files = readdirSync(examples).filter((f) => f.endsWith('.sop.yaml')).sort().map((f) => path.join(examples, f));
  const quiet = { written: () => {}, notice: () => {} };
  const outcome = await renderSops(openRun({ cwd: examples }), files, { outDir: out, formats: new Set(['svg', 'pdf']), page: 'A4', creator: 'sop' }, quiet);
  if (outcome.written.length === 0) throw new Error('no example rendered');
  mkdirSync(dir, { recursive: true });
  const tries = builtTrieValues();
  for (const { fingerprint, values } of tries) writeFileSync(path.join(dir, `${fingerprint}.bin`), writeTrieValues(values));
  writeFileSync(path.join(dir, 'index.json'), `${JSON.stringify({ unicodeTrie: unicodeTrieVersion(), tries: tries.map((t) => t.fingerprint) }, null, 2)}\n`);
  console.log(`unicode-tries: ${path.relative(root, dir)} (${tries.length} tries)`);
} catch (error) {
  console.warn(`unicode-tries: not made (${error instanceof Error ? error.message : error}); sop render works without them, only starts slower`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
