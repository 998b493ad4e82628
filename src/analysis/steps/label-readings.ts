// What each step's label says, read at most once per SOP: the judgment box reading asks about a
// step as a box, as the step before another and as the only way on of a third, and the shape rules
// ask again (judgments, documents it produces, procedures it runs); each reading of a label is made the first time it is asked for and kept for the SOP.
// A pure function of the label and the word lists, so the answer is the same as reading it afresh.
// The SOP's case words (conditions.ts caseWordsIn) are counted the first time a shared word asks.

import type { WordLists } from '../../engine/types.js';
import type { Sop, Step } from '../../model/types.js';
import { sopAnalysis } from '../memo.js';
import { caseWordsIn, hanWords, leadingCondition } from './conditions.js';
import { documentProduction, type DocumentHit } from './documents.js';
import { approvalHit, asksJudgment, judgmentHits, type JudgmentHit } from './judgments.js';
import { procedureHit } from './procedures.js';

/** One SOP's label readings, made on demand. */
export class LabelReadings {
  private readonly judgments = new Map<Step, readonly JudgmentHit[]>();
  private readonly conditions = new Map<Step, string | undefined>();
  private readonly han = new Map<Step, ReadonlySet<string>>();
  private readonly documents = new Map<Step, DocumentHit | undefined>();
  private readonly procedures = new Map<Step, string | undefined>();
  private cases: ReadonlySet<string> | undefined;

  constructor(
    readonly sop: Sop,
    readonly words: WordLists,
  ) {}

  /** judgmentHits of the step's label. */
  judgmentHits(step: Step): readonly JudgmentHit[] {
    return once(this.judgments, step, () => judgmentHits(step.text, this.words));
  }

  /** The first approval or review word of the step's label (approvalHit). */
  approvalHit(step: Step): JudgmentHit | undefined {
    return approvalHit(step.text, this.words, this.judgmentHits(step));
  }

  /** asksJudgment of the step's label: a judgment word of its own or a criterion (金額…以上). */
  asksJudgment(step: Step): boolean {
    return asksJudgment(step.text, this.words, this.judgmentHits(step));
  }

  /** leadingCondition of the step's label. */
  leadingCondition(step: Step): string | undefined {
    return once(this.conditions, step, () => leadingCondition(step.text, this.words));
  }

  /** documentProduction of the step's label: the document it produces, if any. */
  documentProduction(step: Step): DocumentHit | undefined {
    return once(this.documents, step, () => documentProduction(step.text, this.words));
  }

  /** procedureHit of the step's label: the procedure word it runs, if any. */
  procedureHit(step: Step): string | undefined {
    return once(this.procedures, step, () => procedureHit(step.text, this.words));
  }

  /** The Han words of the step's label, as the word segmenter reads them (conditions.ts hanWords). */
  hanWords(step: Step): ReadonlySet<string> {
    return once(this.han, step, () => hanWords(step.text));
  }

  /** The Han words that name the SOP's case (caseWordsIn), counted once. */
  caseWords(): ReadonlySet<string> {
    this.cases ??= caseWordsIn(this.sop, (step) => this.hanWords(step));
    return this.cases;
  }
}

function once<T>(kept: Map<Step, T>, step: Step, read: () => T): T {
  if (kept.has(step)) return kept.get(step)!;
  const value = read();
  kept.set(step, value);
  return value;
}

/** The SOP's label readings: `analyses.get(labelReadings).judgmentHits(step)`. */
export const labelReadings = sopAnalysis('label readings', ({ sop, words }) => new LabelReadings(sop, words));
