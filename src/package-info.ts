// This package's own manifest (package.json): its name and version, read once. The one place
// the name comes from, for the CLI's --version and for what `sop init` writes (the modeline's
// node_modules path, the install note). Works from src/ (tests) and dist/ (the installed CLI).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface PackageInfo {
  name: string;
  version: string;
}

let info: PackageInfo | undefined;

export function packageInfo(): PackageInfo {
  if (!info) {
    const manifest = JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8')) as PackageInfo;
    info = { name: manifest.name, version: manifest.version };
  }
  return info;
}
