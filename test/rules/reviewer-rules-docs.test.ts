// The docs pages of the reviewer's rules: their Incorrect example must be reported and their
// Correct example must pass, and the page must state the rule's default severity.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/engine/types.js';
import { deadline } from '../../src/rules/deadline.js';
import { insecureUrl } from '../../src/rules/insecure-url.js';
import { kpiLink } from '../../src/rules/kpi-link.js';
import { legalBasis } from '../../src/rules/legal-basis.js';
import { noSecrets } from '../../src/rules/no-secrets.js';
import { recurrenceLoop } from '../../src/rules/recurrence-loop.js';
import { termConsistency } from '../../src/rules/term-consistency.js';
import { vagueWording } from '../../src/rules/vague-wording.js';
import { ROOT } from '../helpers/run-cli.js';
import { lintWithRule } from '../helpers/rule-tester.js';

const RULES: Rule[] = [vagueWording, termConsistency, legalBasis, recurrenceLoop, deadline, kpiLink, noSecrets, insecureUrl];

/** The first ```yaml block after a `## heading`. */
function example(page: string, heading: string): string {
  const start = page.indexOf(`\n## ${heading}\n`);
  expect(start, `## ${heading}`).toBeGreaterThan(0);
  const block = /```yaml\n([\s\S]*?)```/.exec(page.slice(start));
  expect(block, `yaml block under ## ${heading}`).not.toBeNull();
  return block![1]!;
}

describe.each(RULES.map((r) => [r.meta.id, r] as const))('docs of %s', (id, rule) => {
  const page = readFileSync(path.join(ROOT, rule.meta.docs.page), 'utf8');

  it('has its title and default severity', () => {
    expect(page.startsWith(`# ${id}\n`)).toBe(true);
    expect(page).toContain(`**Default severity:** ${rule.meta.defaultSeverity}`);
  });

  it('reports the incorrect example', () => {
    expect(lintWithRule(rule, example(page, 'Incorrect')).length).toBeGreaterThan(0);
  });

  it('passes the correct example', () => {
    expect(lintWithRule(rule, example(page, 'Correct')).map((f) => f.message)).toEqual([]);
  });
});
