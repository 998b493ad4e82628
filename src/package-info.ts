// This package's own manifest (package.json): its name and version, read once. The one place
// the name comes from, for the CLI's --version and for what `sop init` writes (the modeline's
// node_modules path, the install note). Works from src/ (tests), dist/ and dist/bundle/ (the
// installed CLI): the manifest is the first package.json above this module.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PackageInfo {
  name: string;
  version: string;
}

let info: PackageInfo | undefined;

/** The nearest package.json at or above `folder`. */
function manifestPath(folder: string): string {
  const candidate = path.join(folder, 'package.json');
  if (existsSync(candidate) || path.dirname(folder) === folder) return candidate;
  return manifestPath(path.dirname(folder));
}

/** The package's folder (where its package.json is). */
export function packageRoot(): string {
  return path.dirname(manifestPath(path.dirname(fileURLToPath(import.meta.url))));
}

/**
 * ELK's V8 code cache, made by `npm run build` (scripts/elk-code-cache.mjs): the render commands
 * give it to the ELK thread (render/layout/elk-thread.ts), which ignores it if it does not fit.
 */
export function elkCodeCacheFile(): string {
  return path.join(packageRoot(), 'dist', 'elk-code-cache.bin');
}

/**
 * What the build works out once from the bundled fonts and fontkit (scripts/font-data.mjs): the
 * fonts whose PDF subsets are encoded directly, the faces' code point tables and the Unicode
 * tries' values, named in `index.json`; pipeline/render-fonts.ts reads them.
 */
export function fontDataDir(): string {
  return path.join(packageRoot(), 'dist', 'font-data');
}

export function packageInfo(): PackageInfo {
  if (!info) {
    const manifest = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as PackageInfo;
    info = { name: manifest.name, version: manifest.version };
  }
  return info;
}
