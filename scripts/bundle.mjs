// The CLI bundled for a fast start (run by `npm run build`, after tsc): dist/cli/main.js and the
// lint worker, with the packages they import, as a few files in dist/bundle/ instead of some 450
// modules that Node would resolve, read and compile one by one (a cold `sop --version` took
// ~0.6 s of CPU, bundled ~0.25 s). The commands' dynamic imports stay separate chunks, loaded
// only by the command that needs them. bin/sop.js runs dist/bundle/main.cjs.
//
// CommonJS (.cjs), not ES modules: Node 20 caches no bytecode of an ES module, and its ES module
// loader alone cost a cold start ~40 ms of CPU more than require. bin/sop.js requires
// main.cjs after installing code-cache.cjs (src/cli/code-cache.ts), which compiles each module from
// the bytecode that scripts/cli-code-cache.mjs saves in dist/code-cache/ (removed here: made for
// the bundle it replaces).
//
// Left as imports: packages that read their own files next to their code (pdfkit's font metrics,
// elkjs in its thread, the bundled font), native ones (resvg) and the language server.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist/bundle');

/**
 * commander requires node:child_process when it loads (~8 ms of a cold start), only to spawn a
 * command's own executable, which no `sop` command has: required when first spawned instead.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  transform(code, id) {
    if (!/[\\/]commander[\\/]lib[\\/]command\.js$/.test(id)) return null;
    const eager = "const childProcess = require('node:child_process');";
    if (!code.includes(eager) || (code.match(/childProcess\./g) ?? []).length !== (code.match(/childProcess\.spawn\(/g) ?? []).length) {
      throw new Error(`bundle: commander's ${id} no longer requires node:child_process as expected (lazyChildProcess)`);
    }
    return code.replace(eager, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };");
  },
};

/** Packages loaded from node_modules at run time, not bundled. */
const EXTERNAL = /^(pdfkit|fontkit|elkjs|@resvg\/|@expo-google-fonts\/|vscode-languageserver)/;

rmSync(outDir, { recursive: true, force: true });
rmSync(path.join(root, 'dist/code-cache'), { recursive: true, force: true });
await build({
  input: {
    main: path.join(root, 'dist/cli/main.js'),
    // parallel-lint starts its workers from `./lint-worker.cjs` beside itself.
    'lint-worker': path.join(root, 'dist/engine/lint-worker.js'),
    'code-cache': path.join(root, 'dist/cli/code-cache.js'),
  },
  platform: 'node',
  plugins: [lazyChildProcess],
  external: (id) => EXTERNAL.test(id) || id.endsWith('.node'),
  logLevel: 'warn',
  output: {
    dir: outDir,
    format: 'cjs',
    // ASCII only (other characters as \u escapes; the doc comments, which are not needed to
    // run, left out): Node reads a module's file as UTF-8, and one character beyond ASCII made
    // it decode the whole file the slow way into a two-byte string (the chunk with the loader
    // and the rules, 630 KB of which a few hundred characters were Chinese: ~4.5 ms a cold
    // start, now ~1 ms), and those strings took twice the memory.
    charset: 'ascii',
    comments: { legal: true, annotation: true, jsdoc: false },
    entryFileNames: '[name].cjs',
    chunkFileNames: '[name]-[hash].cjs',
  },
});
