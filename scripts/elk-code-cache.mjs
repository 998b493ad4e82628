// ELK's V8 code cache, made by `npm run build` (after tsc): renders the examples as SVG with ELK
// (`--layout elk`, into a temporary folder) so that the ELK thread compiles the functions a render runs, then saves the
// thread's code cache to dist/elk-code-cache.bin. (PDF too gave a cache of the same size and took 2.5 times
// as long: ELK runs the same code for either.) A cold `sop render` then starts ELK from that
// bytecode instead of parsing 1.6 MB of ELK and compiling each function when it is first called
// (src/render/layout/elk-thread.ts; it checks the file and ignores one that does not fit).
// Made here, by the Node that installs the package: V8 takes only a cache of its own version.
// Nothing is downloaded. Should it fail, the build goes on without it (and says so).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examples = path.join(root, 'examples');
const out = mkdtempSync(path.join(tmpdir(), 'sop-elk-cache-'));
try {
  const { openRun } = await import('../dist/pipeline/render-run.js');
  const { renderSops } = await import('../dist/pipeline/render-sops.js');
  const { startLayoutThread, writeLayoutCodeCache } = await import('../dist/render/layout/elk-thread.js');
  const { elkCodeCacheFile } = await import('../dist/package-info.js');
  // Under the flags `sop` runs with (bin/v8-flags.js): V8 takes a cache only under the flags it was made with.
  setFlagsFromString(createRequire(import.meta.url)('../bin/v8-flags.js').V8_FLAGS);
  // A thread that compiles ELK from its source (no code cache): a cache made from a cache holds only what that one held.
  startLayoutThread();
  const files = readdirSync(examples).filter((f) => f.endsWith('.sop.yaml')).sort().map((f) => path.join(examples, f));
  const run = openRun({ cwd: examples });
  const quiet = { written: () => {}, notice: () => {} };
  const outcome = await renderSops(run, files, { outDir: out, formats: new Set(['svg']), page: 'A4', layout: 'elk', creator: 'sop' }, quiet);
  if (outcome.written.length === 0) throw new Error('no example rendered');
  const bytes = await writeLayoutCodeCache(elkCodeCacheFile());
  console.log(`elk-code-cache: ${path.relative(root, elkCodeCacheFile())} (${(bytes / 1e6).toFixed(1)} MB, after ${files.length} examples)`);
} catch (error) {
  console.warn(`elk-code-cache: not made (${error instanceof Error ? error.message : error}); sop render works without it, only starts slower`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
