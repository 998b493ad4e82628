// Runs an ES module script in a process of its own, where nothing has been loaded yet (as in a
// cold `sop render`): for tests of what a module loads, and when.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './run-cli.js';

/** The file URL of a built module, e.g. `dist/render/pdf-writer.js`, for the probe to import. */
export function builtModule(relative: string): string {
  return pathToFileURL(path.join(ROOT, relative)).href;
}

/** Runs `source` as an ES module (it may use top-level await) in a new process; its stdout and stderr. */
export function runModuleProbe(source: string): { stdout: string; stderr: string } {
  const script = path.join(mkdtempSync(path.join(tmpdir(), 'sop-probe-')), 'probe.mjs');
  writeFileSync(script, source);
  const ran = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  return { stdout: ran.stdout, stderr: ran.stderr };
}
