// How CI formats name a file: relative to the repository root (where GitHub, GitLab and code
// scanning resolve paths), with forward slashes; a file outside the root keeps its absolute path,
// and a name that is not a path (`<text>`, standard input without --stdin-filename) stays as it is.

import path from 'node:path';
import { displayPathOf } from '../loader/load-sop.js';
import type { FormatContext } from './types.js';

export function rootRelativePath(file: string, context: Pick<FormatContext, 'cwd' | 'root'>): string {
  return path.isAbsolute(file) ? displayPathOf(file, context.root ?? context.cwd) : file;
}
