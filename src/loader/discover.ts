// Which files `sop lint` and `sop render` read: files as given, folders searched for
// *.sop.yaml / *.sop.yml (skipping node_modules, .git and what .gitignore ignores), and globs.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globSync, isDynamicPattern } from 'tinyglobby';

export const SOP_FILE_PATTERN = /\.sop\.ya?ml$/;
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

export class DiscoveryError extends Error {}

interface IgnoreScope {
  base: string;
  rules: Ignore;
}

function readGitignore(directory: string): IgnoreScope | undefined {
  const file = path.join(directory, '.gitignore');
  if (!existsSync(file)) return undefined;
  return { base: directory, rules: ignore().add(readFileSync(file, 'utf8')) };
}

function ignoredBy(scopes: IgnoreScope[], absolute: string, isDirectory: boolean): boolean {
  for (const scope of scopes) {
    const relative = path.relative(scope.base, absolute).split(path.sep).join('/');
    if (!relative || relative.startsWith('..')) continue;
    if (scope.rules.ignores(isDirectory ? `${relative}/` : relative)) return true;
  }
  return false;
}

/** The .gitignore files from the repository root (or filesystem root) down to `directory`. */
function ancestorScopes(directory: string): IgnoreScope[] {
  const chain: string[] = [];
  let current = path.resolve(directory);
  for (;;) {
    chain.unshift(current);
    if (existsSync(path.join(current, '.git'))) break;
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return chain.slice(0, -1).map(readGitignore).filter((s): s is IgnoreScope => s !== undefined);
}

function walk(directory: string, scopes: IgnoreScope[], out: string[]): void {
  const own = readGitignore(directory);
  const active = own ? [...scopes, own] : scopes;
  const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (ALWAYS_SKIPPED.has(entry.name)) continue;
    const absolute = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!ignoredBy(active, absolute, true)) walk(absolute, active, out);
    } else if (entry.isFile() && SOP_FILE_PATTERN.test(entry.name) && !ignoredBy(active, absolute, false)) {
      out.push(absolute);
    }
  }
}

export interface DiscoverOptions {
  cwd: string;
  /** Globs from the config, relative to `configRoot`, used when no path is given. */
  include?: string[];
  exclude?: string[];
  configRoot?: string;
}

/**
 * Expands paths (files, folders, globs) to a sorted, de-duplicated list of absolute file paths.
 * A path that does not exist, or a glob that matches nothing, is a DiscoveryError (exit 2).
 */
export function discoverFiles(inputs: string[], options: DiscoverOptions): string[] {
  const found: string[] = [];
  const root = options.configRoot ?? options.cwd;
  if (inputs.length === 0 && options.include && options.include.length > 0) {
    found.push(...globSync(options.include, { cwd: root, absolute: true, ignore: ['**/node_modules/**'] }));
  } else {
    const targets = inputs.length === 0 ? ['.'] : inputs;
    for (const input of targets) {
      const absolute = path.resolve(options.cwd, input);
      if (existsSync(absolute)) {
        if (statSync(absolute).isDirectory()) walk(absolute, ancestorScopes(absolute), found);
        else found.push(absolute);
      } else if (isDynamicPattern(input)) {
        const matches = globSync([input], { cwd: options.cwd, absolute: true, ignore: ['**/node_modules/**'] });
        if (matches.length === 0) throw new DiscoveryError(input);
        found.push(...matches);
      } else {
        throw new DiscoveryError(input);
      }
    }
  }
  let files = [...new Set(found.map((f) => path.normalize(f)))].sort();
  if (options.exclude && options.exclude.length > 0) {
    const excluded = new Set(globSync(options.exclude, { cwd: root, absolute: true }).map((f) => path.normalize(f)));
    files = files.filter((f) => !excluded.has(f));
  }
  return files;
}
