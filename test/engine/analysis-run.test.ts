import { describe, expect, it } from 'vitest';
import { sopAnalysis, projectAnalysis } from '../../src/analysis/memo.js';
import { defaultConfig } from '../../src/config/load-config.js';
import { AnalysisRun } from '../../src/engine/analysis-run.js';
import { lintSources } from '../../src/engine/lint.js';
import type { ProjectIndex, Rule } from '../../src/engine/types.js';
import type { Sop } from '../../src/model/types.js';
import { sopWith } from '../helpers/rule-tester.js';

const sop = { id: 'a', title: 'A' } as unknown as Sop;

describe('AnalysisRun', () => {
  it('merges the word lists once per config: every SOP under it shares them', () => {
    const run = new AnalysisRun();
    const config = { ...defaultConfig('/virtual'), words: { wordingVague: ['差不多'] } };
    const other = defaultConfig('/virtual');
    expect(run.words(config)).toBe(run.words(config));
    expect(run.words(config).wordingVague).toContain('差不多');
    expect(run.words(other).wordingVague).not.toContain('差不多');
  });

  it('keeps an SOP’s analyses from its summary to its check, and forgets them once released', () => {
    const run = new AnalysisRun();
    const config = defaultConfig('/virtual');
    const memo = run.forSop(sop, config);
    expect(run.forSop(sop, config)).toBe(memo);
    run.release(sop);
    expect(run.forSop(sop, config)).not.toBe(memo);
  });

  it('answers project analyses once the linted set is known', () => {
    const run = new AnalysisRun();
    const count = projectAnalysis('count', (project: ProjectIndex) => project.sopsById.size);
    const memo = run.forSop(sop, defaultConfig('/virtual'));
    expect(() => memo.get(count)).toThrow(/project scope/);
    run.setProject({ sopsById: new Map([['a', []], ['b', []]]) });
    expect(memo.get(count)).toBe(2);
  });
});

describe('the engine hands rules one memo per SOP', () => {
  it('computes an analysis once per SOP for every rule that asks, in summarize and check alike', () => {
    const runs: string[] = [];
    const steps = sopAnalysis('step count', ({ sop: s }) => {
      runs.push(s.id);
      return s.steps.length;
    });
    const meta = (id: string): Rule['meta'] => ({
      id,
      type: 'suggestion',
      defaultSeverity: 'warn',
      docs: { description: { 'zh-TW': id, en: id }, page: `docs/rules/${id}.md` },
      messages: { count: { 'zh-TW': '{n}', en: '{n}' } },
    });
    const counting: Rule = {
      meta: meta('count-a'),
      summarize: (_s, context) => context.analysis.get(steps),
      *check(_s, context) {
        yield { messageId: 'count', data: { n: context.analysis.get(steps) } };
      },
    };
    const alsoCounting: Rule = {
      meta: meta('count-b'),
      *check(_s, context) {
        yield { messageId: 'count', data: { n: context.analysis.get(steps) } };
      },
    };
    const steps2 = `  - {id: s, kind: start, text: 開始}\n  - {id: e, kind: end, text: 結束}`;
    const run = lintSources(
      [
        { file: '/virtual/one.sop.yaml', text: sopWith(steps2, { id: 'one' }) },
        { file: '/virtual/two.sop.yaml', text: sopWith(steps2, { id: 'two' }) },
      ],
      { cwd: '/virtual', rules: [counting, alsoCounting], config: defaultConfig('/virtual'), lang: 'en' },
    );
    expect(run.results.map((r) => r.findings.map((f) => `${f.ruleId} ${f.message}`))).toEqual([
      ['count-a 2', 'count-b 2'],
      ['count-a 2', 'count-b 2'],
    ]);
    expect(runs).toEqual(['one', 'two']);
  });
});
