// What is at an output path, and so how to write it without destroying it:
// - a symbolic link is written through: its (final) target is the file written, the link stays;
// - a device, a FIFO, a socket, or anything under /dev or /proc (/dev/stdout, /dev/null,
//   /proc/self/fd/1) is streamed to: opened and written, never replaced by a regular file;
// - a regular file with other hard links is rewritten in place (same inode: the links, mode
//   and owner stay); the new bytes are complete in a temp file before the target is touched;
// - any other regular file (or a new one) gets temp file + rename, the temp file given the old
//   file's mode and owner first.

import { lstatSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';

export type OutputTarget =
  | { kind: 'stream'; file: string }
  | { kind: 'in-place'; file: string; stats: Stats }
  | { kind: 'replace'; file: string; stats?: Stats };

const MAX_LINKS = 40;
const SPECIAL_ROOTS = ['/dev/', '/proc/'];

function isSpecialPath(file: string): boolean {
  return process.platform !== 'win32' && SPECIAL_ROOTS.some((root) => file.startsWith(root));
}

/** Follows `file`'s symbolic links, also a dangling last one (whose target will be created). */
function followLinks(file: string): string {
  let current = file;
  for (let i = 0; i < MAX_LINKS; i++) {
    let stats: Stats | undefined;
    try {
      // A new file is the common case: no exception made for it (throwIfNoEntry).
      stats = lstatSync(current, { throwIfNoEntry: false });
    } catch {
      stats = undefined;
    }
    if (!stats) {
      // Not there (yet): the folders above it may still be links; resolve those.
      try {
        return path.join(realpathSync(path.dirname(current)), path.basename(current));
      } catch {
        return current;
      }
    }
    if (!stats.isSymbolicLink()) return realpathSync(current);
    current = path.resolve(path.dirname(current), readlinkSync(current));
  }
  throw Object.assign(new Error(`${file}: too many levels of symbolic links`), { code: 'ELOOP' });
}

/** How to write `file` (absolute) without destroying what is there. Throws EISDIR for a folder. */
export function outputTarget(file: string): OutputTarget {
  if (isSpecialPath(file)) return { kind: 'stream', file };
  let stats: Stats | undefined;
  try {
    stats = statSync(file, { throwIfNoEntry: false });
  } catch {
    stats = undefined;
  }
  if (stats?.isDirectory()) throw Object.assign(new Error(`${file} is a folder`), { code: 'EISDIR' });
  if (stats && !stats.isFile()) return { kind: 'stream', file };
  const real = followLinks(file);
  if (isSpecialPath(real)) return { kind: 'stream', file };
  if (stats && stats.nlink > 1) return { kind: 'in-place', file: real, stats };
  return { kind: 'replace', file: real, stats };
}
