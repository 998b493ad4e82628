// One SOP never aborts the run (ESLint's rule-error, one level up): an SOP beyond the rendering
// limits, or whose layout, SVG, PNG, PDF or report step fails, gets a `render-error` finding with the
// reason, and the run goes on with the other files. The limits keep a render from hanging: past
// them the SOP is reported at once instead of handed to ELK (docs/rules/render-error.md).

import { renderErrorMeta } from '../engine/core-rules.js';
import type { FileResult, Finding } from '../engine/types.js';
import { localize, type Lang } from '../i18n/lang.js';
import type { Sop } from '../model/types.js';
import { LayoutBudgetError } from '../render/layout/elk-thread.js';

/** Most steps an SOP may have to be drawn (real SOPs have 5–40; past this, split it). */
export const MAX_RENDER_STEPS = 500;
/** Most characters of one drawn label (a step's text or owner, a branch label). */
export const MAX_LABEL_LENGTH = 1000;

export type RenderStage = 'layout' | 'svg' | 'png' | 'pdf' | 'report';

/** Why an SOP was not drawn: a message of render-error and its data. */
export interface RenderProblem {
  messageId: string;
  data: Record<string, string | number>;
}

function length(text: string | undefined): number {
  let n = 0;
  for (const _ of text ?? '') n++;
  return n;
}

/** The first rendering limit the SOP is beyond, if any. */
export function beyondLimits(sop: Sop): RenderProblem | undefined {
  if (sop.steps.length > MAX_RENDER_STEPS) return { messageId: 'tooManySteps', data: { steps: sop.steps.length, max: MAX_RENDER_STEPS } };
  for (const step of sop.steps) {
    const labels = [step.text, step.owner, ...(step.branches ?? []).map((b) => b.label)];
    const longest = Math.max(...labels.map(length));
    if (longest > MAX_LABEL_LENGTH) return { messageId: 'labelTooLong', data: { step: step.id, length: longest, max: MAX_LABEL_LENGTH } };
  }
  return undefined;
}

/** What went wrong when a stage threw. */
export function stageFailure(stage: RenderStage, error: unknown): RenderProblem {
  if (error instanceof LayoutBudgetError) return { messageId: 'layoutBudget', data: { seconds: error.budgetMs / 1000 } };
  const detail = error instanceof Error ? error.message : String(error);
  return { messageId: `${stage}Failed`, data: { detail } };
}

/** The render-error finding (at the top of the file: the whole SOP is concerned). */
export function renderErrorFinding(problem: RenderProblem, lang: Lang): Finding {
  const message = localize(renderErrorMeta.messages[problem.messageId]!, lang, problem.data);
  return { ruleId: renderErrorMeta.id, severity: 'error', message, messageId: problem.messageId, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** The file with only its render-error finding: what the run reports for an SOP it did not draw. */
export function renderErrorResult(result: FileResult, problem: RenderProblem, lang: Lang): FileResult {
  const { sop: _sop, ...rest } = result;
  return { ...rest, findings: [renderErrorFinding(problem, lang)] };
}
