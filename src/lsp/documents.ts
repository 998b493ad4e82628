// Which documents the server serves, and how a URI maps to a file path.

import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONFIG_FILE_NAMES } from '../config/load-config.js';
import { SOP_FILE_PATTERN } from '../loader/discover.js';

/** The absolute path of a `file:` URI, or undefined for other schemes (untitled, git…). */
export function fileOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function uriOfFile(file: string): string {
  return pathToFileURL(file).href;
}

export function isSopFile(file: string): boolean {
  return SOP_FILE_PATTERN.test(path.basename(file));
}

export function isConfigFile(file: string): boolean {
  return CONFIG_FILE_NAMES.includes(path.basename(file));
}
