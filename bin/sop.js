#!/usr/bin/env node
// Entry point for `sop`: the compiled CLI lives in dist/ (built by `npm run build`, run on `prepare`).
import { main } from '../dist/cli/main.js';

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
