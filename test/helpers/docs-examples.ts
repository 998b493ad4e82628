// The YAML examples of a rule's docs page, as complete SOPs: the page's "## Incorrect" and
// "## Correct" blocks (each a `steps:` list) wrapped by sopWith, so that a rule's tests prove
// that its docs page tells the truth.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sopWith } from './rule-tester.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function block(markdown: string, heading: string, page: string): string {
  const at = markdown.indexOf(`\n## ${heading}\n`);
  if (at < 0) throw new Error(`${page}: no "## ${heading}" section`);
  const match = /```yaml\n([\s\S]*?)```/.exec(markdown.slice(at));
  if (!match) throw new Error(`${page}: no yaml block under "## ${heading}"`);
  const yaml = match[1]!;
  if (!yaml.startsWith('steps:\n')) throw new Error(`${page}: the "## ${heading}" example must start with steps:`);
  return yaml.slice('steps:\n'.length);
}

export function docsExamples(page: string): { incorrect: string; correct: string } {
  const markdown = readFileSync(path.join(ROOT, page), 'utf8');
  return { incorrect: sopWith(block(markdown, 'Incorrect', page)), correct: sopWith(block(markdown, 'Correct', page)) };
}
