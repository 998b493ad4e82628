// The YAML examples of a rule's docs page: the first ```yaml block under "## Incorrect" and
// under "## Correct", so that a rule's tests prove that its docs page tells the truth. A block is
// either a whole SOP file (it starts with `sop: 1`: rules about top-level fields such as forms,
// notes or contact need one) or a `steps:` list, wrapped into a complete SOP by sopWith.

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
  if (yaml.startsWith('sop: 1\n')) return yaml;
  if (yaml.startsWith('steps:\n')) return sopWith(yaml.slice('steps:\n'.length));
  throw new Error(`${page}: the "## ${heading}" example must be a whole SOP (sop: 1) or a steps: list`);
}

export function docsExamples(page: string): { incorrect: string; correct: string; markdown: string } {
  const markdown = readFileSync(path.join(ROOT, page), 'utf8');
  return { incorrect: block(markdown, 'Incorrect', page), correct: block(markdown, 'Correct', page), markdown };
}
