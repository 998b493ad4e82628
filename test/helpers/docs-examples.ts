// A rule's docs page, read the one way every test reads it: its header (title, default
// severity, fixable), the option names its "## Options" section lists, and its examples — the
// first ```yaml block under "## Incorrect" and under "## Correct". The folder-driven test
// (test/rules/rule-files.test.ts) lints every rule's examples with lintDocsExample; a rule's own
// test may spread an example into a ruleTester case to name the findings it expects.
//
// An example is either a whole SOP file (it starts with `sop: 1`: rules about top-level fields
// such as forms, notes or contact need one) or a `steps:` list, wrapped into a complete SOP by
// sopWith. A section may put a config before its example, as a ```yaml block whose first line is
// `# sop.config.yaml`; the Correct example uses the Incorrect one's config unless it has its own.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfigText } from '../../src/config/load-config.js';
import type { ResolvedConfig } from '../../src/config/types.js';
import type { Finding, Rule } from '../../src/engine/types.js';
import { lintWithRule, sopWith } from './rule-tester.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CONFIG_MARK = '# sop.config.yaml\n';

export interface DocsExample {
  code: string;
  config?: ResolvedConfig;
}

export interface DocsPage {
  page: string;
  markdown: string;
  incorrect: DocsExample;
  correct: DocsExample;
}

/** The ```yaml blocks of a markdown text, in order. */
export function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/** The text of a `## heading` section, up to the next `## ` heading. */
export function section(markdown: string, heading: string): string | undefined {
  const at = markdown.indexOf(`\n## ${heading}\n`);
  if (at < 0) return undefined;
  const rest = markdown.slice(at + heading.length + 5);
  const end = rest.indexOf('\n## ');
  return end < 0 ? rest : rest.slice(0, end);
}

function example(markdown: string, heading: string, page: string, inherited?: ResolvedConfig): DocsExample {
  const text = section(markdown, heading);
  if (text === undefined) throw new Error(`${page}: no "## ${heading}" section`);
  const blocks = yamlBlocks(text);
  const configText = blocks.find((b) => b.startsWith(CONFIG_MARK));
  const yaml = blocks.find((b) => !b.startsWith(CONFIG_MARK));
  if (yaml === undefined) throw new Error(`${page}: no yaml example under "## ${heading}"`);
  const config = configText === undefined ? inherited : parseConfigText(configText, path.join(ROOT, page), 'en');
  const code = yaml.startsWith('sop: 1\n') ? yaml : yaml.startsWith('steps:\n') ? sopWith(yaml.slice('steps:\n'.length)) : undefined;
  if (code === undefined) throw new Error(`${page}: the "## ${heading}" example must be a whole SOP (sop: 1) or a steps: list`);
  return config ? { code, config } : { code };
}

/** A docs page and its Incorrect and Correct examples (page relative to the repository). */
export function docsExamples(page: string): DocsPage {
  const markdown = readFileSync(path.join(ROOT, page), 'utf8');
  const incorrect = example(markdown, 'Incorrect', page);
  return { page, markdown, incorrect, correct: example(markdown, 'Correct', page, incorrect.config) };
}

/** The rule's findings on one of its docs examples. */
export function lintDocsExample(rule: Rule, docs: DocsExample): Finding[] {
  return lintWithRule(rule, docs.code, { config: docs.config });
}

/** The option names the page's "## Options" table lists (`| \`name\` | …`). */
export function documentedOptions(markdown: string): string[] {
  return [...(section(markdown, 'Options') ?? '').matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]!);
}
