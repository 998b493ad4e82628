// The YAML examples of a docs page that are whole SOP files (they start with `sop: 1`): the first
// ```yaml block under "## Incorrect" and under "## Correct". Rules about top-level fields (forms,
// notes, contact) need whole files, which docs-examples.ts (a `steps:` list) cannot show.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function block(markdown: string, heading: string, page: string): string {
  const at = markdown.indexOf(`\n## ${heading}\n`);
  if (at < 0) throw new Error(`${page}: no "## ${heading}" section`);
  const match = /```yaml\n([\s\S]*?)```/.exec(markdown.slice(at));
  if (!match) throw new Error(`${page}: no yaml block under "## ${heading}"`);
  if (!match[1]!.startsWith('sop: 1\n')) throw new Error(`${page}: the "## ${heading}" example must be a whole SOP (start with sop: 1)`);
  return match[1]!;
}

export function docsSopExamples(page: string): { incorrect: string; correct: string; markdown: string } {
  const markdown = readFileSync(path.join(ROOT, page), 'utf8');
  return { incorrect: block(markdown, 'Incorrect', page), correct: block(markdown, 'Correct', page), markdown };
}
