#!/usr/bin/env node
// Entry point for `sop`: the compiled CLI, bundled for a fast start as CommonJS, lives in
// dist/bundle/ (built by `npm run build`, run on `prepare`; see scripts/bundle.mjs). Its modules
// start from the V8 code caches the build made (src/cli/code-cache.ts; SOP_CODE_CACHE=off: from
// their source).
//
// This file is CommonJS too (bin/package.json): Node starts a CommonJS main file without its ES
// module loader, ~10 ms sooner on a cold start.
'use strict';

const { realpathSync } = require('node:fs');
const path = require('node:path');
const { setFlagsFromString } = require('node:v8');

// V8 inlines less into the functions it optimises (a cumulative budget of 100 bytes of bytecode
// instead of 920) before anything is compiled: a `sop` process is short, and V8's optimising
// compiler, which runs beside it, spent as much CPU as the lint or the render itself. Measured
// interleaved on 1,000 generated SOPs (lint) and 100 (render), and on test/fixtures/real: 10–20 %
// less CPU, no slower on one SOP or a chain of 100 decisions (issue 13's closing notes). Worker
// threads share the flag. Set before the code caches are read: the build makes them with it.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=100');

const dist = path.resolve(path.dirname(realpathSync(__filename)), '..', 'dist');
if (process.env.SOP_CODE_CACHE !== 'off') {
  require('../dist/bundle/code-cache.cjs').installCodeCache({
    dir: path.join(dist, 'code-cache'),
    distDir: dist,
    write: process.env.SOP_CODE_CACHE === 'write',
  });
}
const { main } = require('../dist/bundle/main.cjs');

// `sop lint | head`: a reader that stops early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`sop: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
