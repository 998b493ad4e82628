// What can be drawn: a chart needs unique step ids and edges that lead to existing steps. An SOP
// without them (or a file that does not load) is not rendered, and is reported with the findings
// that say why. One predicate for single renders, the handbook and --compare.

import type { FileResult, Rule } from '../engine/types.js';
import type { Sop } from '../model/types.js';
import { RULES } from '../rules/index.js';

/** Findings of these rules make an SOP undrawable: it is not rendered, and left out of the handbook. */
export const UNDRAWABLE_RULE_IDS: ReadonlySet<string> = new Set(['yaml', 'schema', 'unique-id', 'unknown-step']);

/**
 * The rules a render lints with: those whose findings make an SOP undrawable. A render reports no
 * other finding, so the other rules' work (word lists, graph analyses) would be thrown away.
 */
export const DRAWABILITY_RULES: readonly Rule[] = RULES.filter((r) => UNDRAWABLE_RULE_IDS.has(r.meta.id));

/** Whether the model has what a chart needs: unique step ids and edges to existing steps. */
export function drawable(sop: Sop): boolean {
  const ids = new Set<string>();
  for (const step of sop.steps) {
    if (ids.has(step.id)) return false;
    ids.add(step.id);
  }
  return sop.steps.every((step) => step.successors.every((edge) => sop.stepById.has(edge.to)));
}

/** A file that cannot be drawn, with only the findings that say why. */
export function undrawable(result: FileResult): FileResult {
  return { ...result, findings: result.findings.filter((f) => UNDRAWABLE_RULE_IDS.has(f.ruleId)) };
}

/** Titles of the SOPs by id (the first file with an id wins), for subprocess steps that name one. */
export function sopTitles(results: readonly FileResult[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const r of results) if (r.sop && !titles.has(r.sop.id)) titles.set(r.sop.id, r.sop.title);
  return titles;
}
