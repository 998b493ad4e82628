// The CLI's V8 code caches, made by `npm run build` (last, after the bundle and the files a render
// reads): runs bin/sop.js with SOP_CODE_CACHE=write on the examples, as a user would (render to SVG
// and PDF, lint, --help), so that each module the CLI loads leaves in dist/code-cache/ the bytecode
// of the functions those runs compiled (src/cli/code-cache.ts). The first run to load a module
// makes its cache, so the render, whose cold start matters most, runs first.
// Made here, by the Node that installs the package: V8 takes only a cache of its own version.
// Should it fail, the build goes on without it (and says so): the CLI then compiles from source.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'dist/code-cache');
const out = mkdtempSync(path.join(tmpdir(), 'sop-code-cache-'));
const runs = [
  ['render', 'examples', '-o', out, '--quiet'],
  ['lint', 'examples'],
  ['--help'],
];
try {
  rmSync(dir, { recursive: true, force: true });
  for (const args of runs) {
    const ran = spawnSync(process.execPath, [path.join(root, 'bin/sop.js'), ...args], { cwd: root, env: { ...process.env, SOP_CODE_CACHE: 'write' }, encoding: 'utf8' });
    if (ran.status !== 0) throw new Error(`sop ${args[0]} exited ${ran.status}: ${ran.stderr.trim()}`);
  }
  const files = readdirSync(dir);
  const bytes = files.reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0);
  console.log(`cli-code-cache: ${path.relative(root, dir)} (${files.length} modules, ${(bytes / 1e6).toFixed(1)} MB)`);
} catch (error) {
  rmSync(dir, { recursive: true, force: true });
  console.warn(`cli-code-cache: not made (${error instanceof Error ? error.message : error}); sop works without it, only starts slower`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
