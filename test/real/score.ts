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

/** The names a finding's message quotes (「…」 or "…"). */
function quotedNames(message: string): string[] {
  return [...message.matchAll(/「([^」]+)」|"([^"]+)"/gu)].map((m) => (m[1] ?? m[2])!);
}

/** The findings a label covers: on one step (all of that rule there), or one SOP-level finding. */
function take(pool: Finding[], used: Set<Finding>, rule: string, step: string | undefined, why = ''): Finding[] {
  const hits = pool.filter((f) => f.ruleId === rule && (step === undefined || f.stepId === step) && !used.has(f));
  if (step !== undefined) return hits;
  // An SOP-level label takes the finding about what its why names first (one of several unused
  // forms), then a finding on no step (the empty legal basis, not a step's citation).
  const named = hits.find((f) => quotedNames(f.message).some((name) => why.includes(name)));
  return [named ?? hits.find((f) => f.stepId === undefined) ?? hits[0]].filter((f) => f !== undefined);
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
    const hits = take(findings, used, label.rule, undefined, label.why);
    hits.forEach((f) => used.add(f));
    count(label.rule, hits.length > 0);
    if (hits.length === 0) missed.push({ rule: label.rule, why: label.why });
  }

  const mustNotViolations: FileScore['mustNotViolations'] = [];
  for (const label of labels.mustNot ?? []) {
    const onSteps = label.steps.length === 0 ? findings.filter((f) => f.ruleId === label.rule) : findings.filter((f) => f.ruleId === label.rule && f.stepId !== undefined && label.steps.includes(f.stepId));
    for (const finding of onSteps) mustNotViolations.push({ label, finding });
  }

  const unrequested = unrequestedOf(findings, used, labels.afterRun);
  return { recall, missed, mustNotViolations, unrequested };
}

/** The after-run verdict on a finding, if one is written. */
export function verdictFor(afterRun: Verdict[] | undefined, f: Finding): Verdict | undefined {
  return (afterRun ?? []).find(
    (v) =>
      v.rule === f.ruleId &&
      (v.steps.length === 0 ? f.stepId === undefined : f.stepId !== undefined && v.steps.includes(f.stepId)) &&
      (v.mention === undefined || f.message.includes(v.mention)),
  );
}

/** The findings no label covers (`used` holds the covered ones), each with its after-run verdict. */
export function unrequestedOf(findings: Finding[], used: Set<Finding>, afterRun: Verdict[] | undefined): Unrequested[] {
  return findings.filter((f) => !used.has(f)).map((f) => ({ ruleId: f.ruleId, stepId: f.stepId, line: f.line, message: f.message, verdict: verdictFor(afterRun, f) }));
}

export interface UnrequestedTally {
  sops: number;
  /** No label covers the finding, before or after the run: false verdicts and findings without one. */
  unrequested: number;
  falseOnes: number;
  /** True verdicts: labels added after the run. */
  added: number;
  unjudged: number;
}

/** Counts the unrequested findings of each SOP (one list per SOP). */
export function tallyUnrequested(perSop: Unrequested[][]): UnrequestedTally {
  const all = perSop.flat();
  return {
    sops: perSop.length,
    unrequested: all.filter((u) => u.verdict?.verdict !== true).length,
    falseOnes: all.filter((u) => u.verdict?.verdict === false).length,
    added: all.filter((u) => u.verdict?.verdict === true).length,
    unjudged: all.filter((u) => !u.verdict).length,
  };
}

/** One printed line for an unrequested (or added-later) finding with its verdict. */
export function unrequestedLine(u: Unrequested): string {
  const verdict = u.verdict ? `${u.verdict.verdict ? 'true ' : 'false'} (${u.verdict.why})` : 'NO VERDICT';
  const kind = u.verdict?.verdict === true ? 'added later' : 'unrequested';
  return `  ${kind.padEnd(12)} ${u.ruleId} @${u.stepId ?? '-'} ${u.line}: ${u.message} — verdict: ${verdict}`;
}

/** The unrequested half of a figures line. */
export function unrequestedFigures(t: UnrequestedTally): string {
  const perSop = (n: number) => (n / Math.max(1, t.sops)).toFixed(2);
  return (
    `unrequested ${perSop(t.unrequested)} per SOP (${perSop(t.falseOnes)} false, ${t.unjudged} without a verdict); ` +
    `${t.added} true findings the labeller missed, added after the run (afterRun, verdict true; ${perSop(t.unrequested + t.added)} per SOP counting them as unrequested)`
  );
}

/** Sums per-rule recall over files. */
export function addRecall(into: Map<string, [number, number]>, from: Map<string, [number, number]>): void {
  for (const [rule, [e, f]] of from) {
    const [e0, f0] = into.get(rule) ?? [0, 0];
    into.set(rule, [e0 + e, f0 + f]);
  }
}
