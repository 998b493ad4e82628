// The CLI bundled for a fast start (run by `npm run build`, after tsc): dist/cli/main.js and the
// lint worker, with the packages they import, as a few files in dist/bundle/ instead of some 450
// modules that Node would resolve, read and compile one by one (a cold `sop --version` took
// ~0.6 s of CPU, bundled ~0.25 s). The commands' dynamic imports stay separate chunks, loaded
// only by the command that needs them. bin/sop.js runs dist/bundle/main.js.
//
// Left as imports: packages that read their own files next to their code (pdfkit's font metrics,
// elkjs in its thread, the bundled font), native ones (resvg) and the language server.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist/bundle');

/** Packages loaded from node_modules at run time, not bundled. */
const EXTERNAL = /^(pdfkit|fontkit|elkjs|@resvg\/|@expo-google-fonts\/|vscode-languageserver)/;

rmSync(outDir, { recursive: true, force: true });
await build({
  input: {
    main: path.join(root, 'dist/cli/main.js'),
    // parallel-lint.js starts its workers from `./lint-worker.js` beside itself.
    'lint-worker': path.join(root, 'dist/engine/lint-worker.js'),
  },
  platform: 'node',
  external: (id) => EXTERNAL.test(id) || id.endsWith('.node'),
  logLevel: 'warn',
  output: {
    dir: outDir,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
  },
});
