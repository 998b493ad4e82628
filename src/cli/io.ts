// Output helpers of the CLI: atomic file writes (temp file + rename, so nothing half-written
// is left) and the package version.

import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packageInfo } from '../package-info.js';

export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temp, content);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

export function packageVersion(): string {
  return packageInfo().version;
}
