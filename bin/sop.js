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

// V8's flags (bin/v8-flags.js), before anything is compiled: the code caches are made under them.
setFlagsFromString(require('./v8-flags.js').V8_FLAGS);

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
