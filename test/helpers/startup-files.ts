// The src/ files the CLI loads at start-up, read from the sources: main.ts's static (value)
// imports, followed through. A command's code loaded with import() when it runs is not among them.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './run-cli.js';

/** The files under src/ that `sop` evaluates before any command runs, relative to src/. */
export function startupFiles(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gms)) visit(path.resolve(path.dirname(file), match[1]!).replace(/\.js$/, '.ts'));
  };
  visit(path.join(ROOT, 'src/cli/main.ts'));
  return [...seen].map((file) => path.relative(path.join(ROOT, 'src'), file).split(path.sep).join('/'));
}
