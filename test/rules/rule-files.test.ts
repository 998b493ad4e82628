// Driven by the src/rules/ folder (ESLint's checkRuleFiles): every rule file exports one rule
// whose id is its file name, is registered in src/rules/index.ts, has a test file
// test/rules/<id>.test.ts, and has a docs page docs/rules/<id>.md that states its severity,
// whether it is fixable and its options, and whose Incorrect example the rule reports and whose
// Correct example it passes. Adding a rule is its file, its test, its docs page and one
// registry line; leaving out any of them fails here.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/engine/types.js';
import { RULES } from '../../src/rules/index.js';
import { docsExamples, documentedOptions, lintDocsExample } from '../helpers/docs-examples.js';
import { ROOT } from '../helpers/run-cli.js';

/** The one module under src/rules/ that is not a rule: shared code lives in src/analysis/. */
const NOT_RULES = new Set(['index.ts']);

const ruleFiles = readdirSync(path.join(ROOT, 'src/rules'))
  .filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f))
  .sort();

function isRule(value: unknown): value is Rule {
  const candidate = value as Partial<Rule> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.meta?.id === 'string' && typeof candidate.check === 'function';
}

async function rulesOf(file: string): Promise<Rule[]> {
  const module = (await import(pathToFileURL(path.join(ROOT, 'src/rules', file)).href)) as Record<string, unknown>;
  return Object.values(module).filter(isRule);
}

describe('the rules folder', () => {
  it('holds the registry and at least one rule file', () => {
    expect(existsSync(path.join(ROOT, 'src/rules/index.ts'))).toBe(true);
    expect(ruleFiles.length).toBeGreaterThan(0);
  });

  it('registers exactly the rules of its files', async () => {
    const found = (await Promise.all(ruleFiles.map(rulesOf))).flat();
    expect(RULES.map((r) => r.meta.id).sort()).toEqual(found.map((r) => r.meta.id).sort());
  });
});

describe.each(ruleFiles.map((file) => [file.replace(/\.ts$/, ''), file] as const))('rule file src/rules/%s.ts', (id, file) => {
  it('exports one rule whose id is the file name, and it is registered', async () => {
    const rules = await rulesOf(file);
    expect(rules.map((r) => r.meta.id)).toEqual([id]);
    expect(RULES, `add ${id} to src/rules/index.ts`).toContain(rules[0]);
  });

  it(`has a test file test/rules/${id}.test.ts that imports it`, () => {
    const test = path.join(ROOT, 'test/rules', `${id}.test.ts`);
    expect(existsSync(test), `test/rules/${id}.test.ts`).toBe(true);
    expect(readFileSync(test, 'utf8')).toContain(`'../../src/rules/${id}.js'`);
  });

  describe(`its docs page docs/rules/${id}.md`, () => {
    const page = `docs/rules/${id}.md`;
    const loaded = rulesOf(file);

    it('is the page the rule links to, with its title, severity and fixable', async () => {
      const [rule] = await loaded;
      expect(rule!.meta.docs.page).toBe(page);
      expect(existsSync(path.join(ROOT, page)), page).toBe(true);
      const { markdown } = docsExamples(page);
      expect(markdown.startsWith(`# ${id}\n`)).toBe(true);
      expect(markdown).toContain(`**Default severity:** ${rule!.meta.defaultSeverity} · **Fixable:** ${rule!.meta.fixable ? 'yes' : 'no'}`);
    });

    it('lists the options of the rule\'s optionsSchema, or says it has none', async () => {
      const [rule] = await loaded;
      const { markdown } = docsExamples(page);
      const properties = Object.keys((rule!.meta.optionsSchema?.properties ?? {}) as Record<string, unknown>);
      expect(documentedOptions(markdown)).toEqual(properties);
      if (properties.length === 0) expect(markdown).toMatch(/\n## Options\n\nNone\./);
    });

    it('has an Incorrect example that the rule reports', async () => {
      const [rule] = await loaded;
      const findings = lintDocsExample(rule!, docsExamples(page).incorrect);
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.map((f) => f.message).join('\n')).not.toMatch(/\{\w+\}/);
    });

    it('has a Correct example that the rule passes', async () => {
      const [rule] = await loaded;
      expect(lintDocsExample(rule!, docsExamples(page).correct).map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
    });
  });
});
