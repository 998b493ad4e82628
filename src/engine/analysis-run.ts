// The engine's memos of one lint run (see src/analysis/memo.ts): one per config for its word
// lists and settings, one for the linted set once its index is built, and one per SOP from its
// summary to the end of its check. Rules reach them only through `context.analysis`.

import type { ListsInput } from '../analysis/memo.js';
import { AnalysisMemo } from '../analysis/memo.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Sop } from '../model/types.js';
import { wordsFor } from '../words/load-words.js';
import type { Timing } from './timing.js';
import type { ProjectIndex, WordLists } from './types.js';

export class AnalysisRun {
  private readonly lists = new Map<ResolvedConfig, { input: ListsInput; memo: AnalysisMemo }>();
  private readonly sops = new Map<Sop, AnalysisMemo>();
  private project: AnalysisMemo | undefined;
  private readonly measure: (<T>(label: string, work: () => T) => T) | undefined;

  /** `timing`: every analysis computed in this run is measured there (SOP_TIMING). */
  constructor(timing?: Timing) {
    this.measure = timing && ((label, work) => timing.measure(label, work));
  }

  private listsOf(config: ResolvedConfig): { input: ListsInput; memo: AnalysisMemo } {
    let lists = this.lists.get(config);
    if (!lists) {
      // The config's word lists are merged once per run, so every SOP under it shares them, and
      // only when a rule or analysis first reads them (a render's rules do not).
      // `synonyms: false` leaves out the built-in synonyms of roles (the config's own additions stay).
      let words: WordLists | undefined;
      const input: ListsInput = {
        get words() {
          return (words ??= wordsFor(config.words, config.synonyms === false ? ['termSynonyms'] : []));
        },
        terms: config.terms,
      };
      lists = { input, memo: new AnalysisMemo('lists', input, undefined, this.measure) };
      this.lists.set(config, lists);
    }
    return lists;
  }

  /** Every language's word lists merged with the config's `words`. */
  words(config: ResolvedConfig): WordLists {
    return this.listsOf(config).input.words;
  }

  /** The linted set, for project analyses (cross-file facts); known once every SOP is summarized. */
  setProject(project: ProjectIndex): void {
    this.project = new AnalysisMemo('project', project, undefined, this.measure);
  }

  /** The analyses of one SOP (checked under `config`), shared by its summary and its check. */
  forSop(sop: Sop, config: ResolvedConfig): AnalysisMemo {
    let memo = this.sops.get(sop);
    if (!memo) {
      const lists = this.listsOf(config);
      const { input } = lists;
      memo = new AnalysisMemo('sop', { get words() { return input.words; }, terms: input.terms, sop }, (scope) => (scope === 'lists' ? lists.memo : scope === 'project' ? this.project : undefined), this.measure);
      this.sops.set(sop, memo);
    }
    return memo;
  }

  /** Forgets an SOP's analyses once it is checked. */
  release(sop: Sop): void {
    this.sops.delete(sop);
  }
}
