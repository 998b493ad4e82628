#!/usr/bin/env node
// Entry point for `sop`: the compiled CLI, bundled for a fast start, lives in dist/bundle/ (built by
// `npm run build`, run on `prepare`; see scripts/bundle.mjs).
import { main } from '../dist/bundle/main.js';

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
