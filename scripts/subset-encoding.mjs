// Which fonts' PDF subsets may be encoded directly from a render's first PDF on (src/render/text/
// subset-encode.ts), made by `npm run build` (after tsc): renders the examples as PDF in this process,
// where each font's first subset is encoded both ways and compared, then writes the fonts that came
// out the same (the bundled Noto Sans TC faces, known by their table records), with fontkit's version,
// to dist/subset-encoding.json (read by src/pipeline/render-fonts.ts). Without the file, for another
// fontkit, or for any other font, a render compares as before.
// Should it fail, the build goes on without it (and says so).
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examples = path.join(root, 'examples');
const out = mkdtempSync(path.join(tmpdir(), 'sop-subset-encoding-'));
try {
  const { fontsEncodedTheSame } = await import('../dist/render/text/subset-encode.js');
  const { subsetEncodingFile } = await import('../dist/package-info.js');
  const { fontkitVersion } = await import('../dist/pipeline/render-fonts.js');
  // Compared here, whatever an earlier build's file says.
  rmSync(subsetEncodingFile(), { force: true });
  const { openRun } = await import('../dist/pipeline/render-run.js');
  const { renderSops } = await import('../dist/pipeline/render-sops.js');
  const files = readdirSync(examples).filter((f) => f.endsWith('.sop.yaml')).sort().map((f) => path.join(examples, f));
  const quiet = { written: () => {}, notice: () => {} };
  const outcome = await renderSops(openRun({ cwd: examples }), files, { outDir: out, formats: new Set(['pdf']), page: 'A4', creator: 'sop' }, quiet);
  if (outcome.written.length === 0) throw new Error('no example rendered');
  const same = fontsEncodedTheSame();
  writeFileSync(subsetEncodingFile(), `${JSON.stringify({ fontkit: fontkitVersion(), same }, null, 2)}\n`);
  console.log(`subset-encoding: ${path.relative(root, subsetEncodingFile())} (${same.length} fonts encoded directly from the first PDF)`);
} catch (error) {
  console.warn(`subset-encoding: not made (${error instanceof Error ? error.message : error}); sop render works without it, only compares each font's first subset`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
