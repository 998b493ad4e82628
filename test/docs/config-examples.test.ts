// The configs the docs show are configs that work: every sop.config.yaml example in README.md,
// docs/format.md and the rule pages loads (rule ids, options and word-list names are real), and
// the README's `words` example changes what lint reports.

import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load-config.js';
import { section, yamlBlocks } from '../helpers/docs-examples.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { sopChain } from '../helpers/rule-tester.js';

const PAGES = ['README.md', 'docs/format.md', ...readdirSync(path.join(ROOT, 'docs/rules')).map((f) => `docs/rules/${f}`)];

/** A yaml block is a config example when it has a top-level config key and is not an SOP. */
function configBlocks(page: string): string[] {
  const markdown = readFileSync(path.join(ROOT, page), 'utf8');
  return yamlBlocks(markdown).filter((yaml) => /^(?:rules|words|units|kpis|terms):/m.test(yaml) && !/^(?:sop|steps):/m.test(yaml));
}

/** The README's example config: the block under "## Configuration". */
function readmeConfig(): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  return yamlBlocks(section(readme, 'Configuration: `sop.config.yaml`')!)[0]!;
}

describe('config examples in the docs', () => {
  const blocks = PAGES.flatMap((page) => configBlocks(page).map((yaml, i) => [`${page} #${i + 1}`, yaml] as const));

  it('finds the examples (README, docs/format.md and the rule pages with word lists)', () => {
    const pages = new Set(blocks.map(([name]) => name.split(' ')[0]));
    expect(pages).toContain('README.md');
    expect(pages).toContain('docs/format.md');
    expect(pages).toContain('docs/rules/decision-shape.md');
  });

  it.each(blocks)('%s loads: its rule ids, options and word lists exist', (name, yaml) => {
    expect(() => parseConfigText(yaml, `/docs/${name}`, 'en')).not.toThrow();
  });

  it('the README\'s `words` example takes effect: its 會簽 makes a 會簽 box a review', async () => {
    const config = readmeConfig();
    expect(config).toMatch(/^words:.*\n {2}decisionReviewVerbs: \[會簽\]/m);
    const withoutWords = config.slice(0, config.indexOf('\nwords:') + 1);
    const sop = sopChain('  - {id: sign, text: 送相關單位會簽}');
    const lint = async (text: string): Promise<string[]> => {
      const dir = mkdtempSync(path.join(tmpdir(), 'sop-docs-config-'));
      writeFileSync(path.join(dir, 'sop.config.yaml'), text);
      writeFileSync(path.join(dir, 'a.sop.yaml'), sop);
      const { code, stdout, stderr } = await runCli(['lint', 'a.sop.yaml', '--format', 'json', '--lang', 'en'], dir);
      expect(code, stderr).toBeLessThan(2);
      const [file] = JSON.parse(stdout) as { messages: { ruleId: string; message: string }[] }[];
      return file!.messages.filter((m) => m.ruleId === 'decision-shape').map((m) => m.message);
    };
    expect(await lint(withoutWords)).toEqual([]);
    expect(await lint(config)).toEqual([
      'Step "送相關單位會簽" is an approval or review ("會簽"): draw it as a decision diamond (kind: decision) with a branch for each outcome (approve, reject, revise) and the flow of each',
    ]);
  });
});
