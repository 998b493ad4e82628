import { describe, expect, it } from 'vitest';
import { AnalysisMemo, listsAnalysis, projectAnalysis, sopAnalysis, type ListsInput } from '../../src/analysis/memo.js';
import type { Sop } from '../../src/model/types.js';
import { wordListsWith } from '../helpers/word-lists.js';

const lists: ListsInput = { words: wordListsWith({ wordingVague: ['適時'] }), terms: [] };
const sopA = { id: 'a', title: 'A' } as unknown as Sop;
const sopB = { id: 'b', title: 'B' } as unknown as Sop;

/** An SOP memo under one lists memo, as the engine builds them. */
function memosFor(...sops: Sop[]): { listsMemo: AnalysisMemo; sopMemos: AnalysisMemo[] } {
  const listsMemo = new AnalysisMemo('lists', lists);
  const sopMemos = sops.map((sop) => new AnalysisMemo('sop', { ...lists, sop }, (scope) => (scope === 'lists' ? listsMemo : undefined)));
  return { listsMemo, sopMemos };
}

describe('AnalysisMemo', () => {
  it('computes an analysis once per input and hands every asker the same result', () => {
    let runs = 0;
    const title = sopAnalysis('title', ({ sop }) => {
      runs++;
      return { title: sop.title };
    });
    const { sopMemos } = memosFor(sopA);
    const first = sopMemos[0]!.get(title);
    expect(sopMemos[0]!.get(title)).toBe(first);
    expect(first).toEqual({ title: 'A' });
    expect(runs).toBe(1);
  });

  it('keeps each SOP’s results apart, and shares a lists analysis between the SOPs of one config', () => {
    let listRuns = 0;
    const vague = listsAnalysis('vague', ({ words }) => {
      listRuns++;
      return new Set(words.wordingVague);
    });
    const titled = sopAnalysis('titled', ({ sop }, analyses) => `${sop.title}:${analyses.get(vague).size}`);
    const { sopMemos } = memosFor(sopA, sopB);
    expect(sopMemos.map((m) => m.get(titled))).toEqual(['A:1', 'B:1']);
    expect(sopMemos[0]!.get(vague)).toBe(sopMemos[1]!.get(vague));
    expect(listRuns).toBe(1);
  });

  it('lets no analysis read a narrower scope than its own', () => {
    const title = sopAnalysis('title', ({ sop }) => sop.title);
    const sneaky = listsAnalysis('sneaky', (_input, analyses) => analyses.get(title));
    const { listsMemo, sopMemos } = memosFor(sopA);
    expect(() => listsMemo.get(title)).toThrow(/"title" reads the sop scope/);
    expect(() => sopMemos[0]!.get(sneaky)).toThrow(/"title" reads the sop scope, which is not available to a lists analysis/);
    expect(() => sopMemos[0]!.get(projectAnalysis('others', (p) => p.sopsById.size))).toThrow(/reads the project scope/);
  });

  it('reports an analysis that depends on itself instead of recursing forever', () => {
    const loop: ReturnType<typeof sopAnalysis<number>> = sopAnalysis('loop', (_input, analyses): number => analyses.get(loop) + 1);
    expect(() => memosFor(sopA).sopMemos[0]!.get(loop)).toThrow('analysis "loop" depends on itself');
  });

  it('keeps no failure: the next asker runs the analysis again', () => {
    let runs = 0;
    const broken = sopAnalysis('broken', () => {
      runs++;
      throw new Error('bad input');
    });
    const memo = memosFor(sopA).sopMemos[0]!;
    expect(() => memo.get(broken)).toThrow('bad input');
    expect(() => memo.get(broken)).toThrow('bad input');
    expect(runs).toBe(2);
  });

  it('gives each kind of analysis its scope', () => {
    expect(listsAnalysis('l', () => 1).scope).toBe('lists');
    expect(projectAnalysis('p', () => 1).scope).toBe('project');
    expect(sopAnalysis('s', () => 1).scope).toBe('sop');
  });
});
