// Runs action-validator (the @action-validator/cli devDependency, a WebAssembly build: no download
// at run time) on a GitHub Actions workflow, as a program, the way a user would.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const CLI = path.join(path.dirname(require.resolve('@action-validator/cli/package.json')), 'cli.mjs');

/** Validates a workflow's text; exit code 0 and no output when it is valid. */
export function actionValidator(workflow: string, name = 'workflow.yml'): { code: number | null; output: string } {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'sop-workflow-')), name);
  writeFileSync(file, workflow);
  const result = spawnSync(process.execPath, [CLI, file], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}
