// Scoring lint findings against hand-written labels (test/fixtures/real/README.md):
// recall per rule, must-not violations, and unrequested findings with their after-run verdicts.

import type { Finding } from '../../src/engine/types.js';

export interface Label {
  rule: string;
  /** One finding expected on each listed step; [] = one finding on the SOP as a whole. */
  steps: string[];
  why: string;
}

export interface Verdict extends Label {
  /** true: the finding is right (the labeller missed it); false: the tool is wrong. */
  verdict: boolean;
  /** When several findings of the rule at one place differ in verdict: words the finding's message quotes. */
  mention?: string;
}

export interface LabelFile {
  source: string;
  expect: Label[];
  mustNot?: Label[];
  afterRun?: Verdict[];
}

export interface Unrequested {
  ruleId: string;
  stepId?: string;
  line: number;
  message: string;
  verdict?: Verdict;
}

export interface FileScore {
  /** rule → [expected, found]. */
  recall: Map<string, [number, number]>;
  missed: { rule: string; step?: string; why: string }[];
  mustNotViolations: { label: Label; finding: Finding }[];
  unrequested: Unrequested[];
}

/** The findings a label covers: on one step (all of that rule there), or one SOP-level finding. */
function take(pool: Finding[], used: Set<Finding>, rule: string, step: string | undefined): Finding[] {
  const hits = pool.filter((f) => f.ruleId === rule && (step === undefined || f.stepId === step) && !used.has(f));
  // An SOP-level label takes a finding on no step first (the empty legal basis, not a step's citation).
  return step === undefined ? [hits.find((f) => f.stepId === undefined) ?? hits[0]].filter((f) => f !== undefined) : hits;
}

export function scoreFile(findings: Finding[], labels: LabelFile): FileScore {
  const used = new Set<Finding>();
  const recall = new Map<string, [number, number]>();
  const missed: FileScore['missed'] = [];
  const count = (rule: string, hit: boolean) => {
    const [expected, found] = recall.get(rule) ?? [0, 0];
    recall.set(rule, [expected + 1, found + (hit ? 1 : 0)]);
  };
  // Step labels first, so that an SOP-level label does not take a finding a step label names.
  const expect = labels.expect ?? [];
  for (const label of expect.filter((l) => l.steps.length > 0)) {
    for (const step of label.steps) {
      const hits = take(findings, used, label.rule, step);
      hits.forEach((f) => used.add(f));
      count(label.rule, hits.length > 0);
      if (hits.length === 0) missed.push({ rule: label.rule, step, why: label.why });
    }
  }
  for (const label of expect.filter((l) => l.steps.length === 0)) {
    const hits = take(findings, used, label.rule, undefined);
    hits.forEach((f) => used.add(f));
    count(label.rule, hits.length > 0);
    if (hits.length === 0) missed.push({ rule: label.rule, why: label.why });
  }

  const mustNotViolations: FileScore['mustNotViolations'] = [];
  for (const label of labels.mustNot ?? []) {
    const onSteps = label.steps.length === 0 ? findings.filter((f) => f.ruleId === label.rule) : findings.filter((f) => f.ruleId === label.rule && f.stepId !== undefined && label.steps.includes(f.stepId));
    for (const finding of onSteps) mustNotViolations.push({ label, finding });
  }

  const verdictFor = (f: Finding) =>
    (labels.afterRun ?? []).find(
      (v) =>
        v.rule === f.ruleId &&
        (v.steps.length === 0 ? f.stepId === undefined : f.stepId !== undefined && v.steps.includes(f.stepId)) &&
        (v.mention === undefined || f.message.includes(v.mention)),
    );
  const unrequested = findings
    .filter((f) => !used.has(f))
    .map((f) => ({ ruleId: f.ruleId, stepId: f.stepId, line: f.line, message: f.message, verdict: verdictFor(f) }));
  return { recall, missed, mustNotViolations, unrequested };
}

/** Sums per-rule recall over files. */
export function addRecall(into: Map<string, [number, number]>, from: Map<string, [number, number]>): void {
  for (const [rule, [e, f]] of from) {
    const [e0, f0] = into.get(rule) ?? [0, 0];
    into.set(rule, [e0 + e, f0 + f]);
  }
}
