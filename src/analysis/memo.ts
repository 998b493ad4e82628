// Shared analyses, computed once: what a SOP's form names refer to, which boxes are judgments,
// every text with its path, and the patterns compiled from the word lists. The engine keeps one
// memo per config's word lists, one per linted set and one per SOP, and hands the SOP's to rules
// as `context.analysis`; a rule asks `context.analysis.get(formAnalysis)`. An analysis is a pure
// function of its scope's input, so rules stay pure: same input, same findings.

import type { Analyses, Analysis, AnalysisScope, ProjectIndex, WordLists } from '../engine/types.js';
import type { Sop } from '../model/types.js';

/** What a `lists` analysis reads: one config's word lists and settings. */
export interface ListsInput {
  words: WordLists;
  /** The config's synonym groups (`terms`), the first word preferred. */
  terms: readonly string[][];
}

/** What a `sop` analysis reads: one SOP, with the word lists and settings that apply to it. */
export interface SopInput extends ListsInput {
  sop: Sop;
}

/** An analysis of one config's word lists and settings: computed once, shared by every SOP under it. */
export function listsAnalysis<T>(name: string, compute: (input: ListsInput, analyses: Analyses) => T): Analysis<T, ListsInput> {
  return { scope: 'lists', name, compute };
}

/** An analysis of the whole linted set (cross-file facts): computed once per run. */
export function projectAnalysis<T>(name: string, compute: (project: ProjectIndex, analyses: Analyses) => T): Analysis<T, ProjectIndex> {
  return { scope: 'project', name, compute };
}

/** An analysis of one SOP: computed once per SOP, whichever rules ask. */
export function sopAnalysis<T>(name: string, compute: (input: SopInput, analyses: Analyses) => T): Analysis<T, SopInput> {
  return { scope: 'sop', name, compute };
}

/**
 * The results of one scope's analyses. An analysis of a wider scope is passed on to `wider`, so
 * an SOP's memo answers for its lists and project too, while a lists analysis cannot read an SOP.
 */
export class AnalysisMemo implements Analyses {
  private readonly values = new Map<Analysis<unknown>, unknown>();
  private readonly computing = new Set<Analysis<unknown>>();

  constructor(
    readonly scope: AnalysisScope,
    private readonly input: unknown,
    private readonly wider: (scope: AnalysisScope) => AnalysisMemo | undefined = () => undefined,
    /** Measures each computation (SOP_TIMING): `analysis: <name>`. */
    private readonly measure?: <T>(label: string, work: () => T) => T,
  ) {}

  get<T>(analysis: Analysis<T>): T {
    if (analysis.scope !== this.scope) {
      const memo = this.wider(analysis.scope);
      if (!memo) throw new Error(`analysis "${analysis.name}" reads the ${analysis.scope} scope, which is not available to a ${this.scope} analysis here`);
      return memo.get(analysis);
    }
    if (this.values.has(analysis)) return this.values.get(analysis) as T;
    if (this.computing.has(analysis)) throw new Error(`analysis "${analysis.name}" depends on itself`);
    this.computing.add(analysis);
    try {
      // A failure is not kept: the next rule that asks fails the same way, as its own rule-error.
      const compute = () => analysis.compute(this.input as never, this);
      const value = this.measure ? this.measure(`analysis: ${analysis.name}`, compute) : compute();
      this.values.set(analysis, value);
      return value;
    } finally {
      this.computing.delete(analysis);
    }
  }
}
