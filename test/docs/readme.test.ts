import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRuleMetas } from '../../src/engine/lint.js';
import { withRuleTable } from '../../src/engine/rule-table.js';
import { ROOT } from '../helpers/run-cli.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('README and docs', () => {
  it('has the rule table of the registry (run `npm run docs:rules` after adding a rule)', () => {
    expect(withRuleTable(readme)).toBe(readme);
  });

  it('starts with the two set-up commands', () => {
    const firstBlock = /```(?:sh|bash)?\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(firstBlock).toContain('npm ci');
    expect(firstBlock).toContain('node bin/sop.js lint examples');
    expect(firstBlock).toContain('npm test');
  });

  it.each(allRuleMetas().map((m) => [m.id, m.docs.page]))('rule %s has its docs page %s', (id, page) => {
    const file = path.join(ROOT, page);
    expect(existsSync(file), page).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith(`# ${id}`)).toBe(true);
  });
});
