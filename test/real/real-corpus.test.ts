// The rules on SOPs nobody here wrote (test/fixtures/real/, see its README): recall per rule
// against the hand-written labels, must-not violations, and unrequested findings per SOP, each
// printed with its after-run verdict. A finding with a true verdict is one the labeller missed:
// as issue 9 asks ("when the tool finds something true you had missed, add it and say so in the
// file"), its afterRun entry is the label added after the run, so it is not unrequested; recall
// stays measured on the labels written before the run only. The figures may only get better: test/fixtures/real/
// figures.json holds the floor (recall) and the ceilings; raise or lower them by hand when the
// rules improve (SOP_UPDATE_FIGURES=1 writes the current figures there).

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lintFiles } from '../../src/engine/lint.js';
import { RULES } from '../../src/rules/index.js';
import { ROOT } from '../helpers/run-cli.js';
import { addRecall, scoreFile, type FileScore, type LabelFile } from './score.js';

const REAL = path.join(ROOT, 'test/fixtures/real');
const FIGURES = path.join(REAL, 'figures.json');
const files = readdirSync(REAL)
  .filter((f) => f.endsWith('.sop.yaml'))
  .sort();
const run = lintFiles(
  files.map((f) => path.join(REAL, f)),
  { cwd: ROOT, lang: 'en' },
);
const labelsOf = (file: string) => parse(readFileSync(path.join(REAL, file.replace(/\.sop\.yaml$/, '.expected.yaml')), 'utf8')) as LabelFile;

interface Figures {
  files: number;
  recall: number;
  mustNotViolations: number;
  /** Findings no label covers, before or after the run (a true after-run verdict is a label added after the run). */
  unrequestedPerSop: number;
  /** Findings with a false verdict: the tool is wrong. */
  falsePerSop: number;
  /** True findings the labeller missed, recorded after the run (not counted in recall). */
  addedAfterRun: number;
  unjudged: number;
}

const scores = new Map<string, FileScore>();
for (const result of run.results) scores.set(path.basename(result.filePath), scoreFile(result.findings, labelsOf(path.basename(result.filePath))));

function figures(): Figures {
  const recall = new Map<string, [number, number]>();
  let violations = 0;
  let unrequested = 0;
  let falseOnes = 0;
  let added = 0;
  let unjudged = 0;
  for (const s of scores.values()) {
    addRecall(recall, s.recall);
    violations += s.mustNotViolations.length;
    added += s.unrequested.filter((u) => u.verdict?.verdict === true).length;
    unrequested += s.unrequested.filter((u) => u.verdict?.verdict !== true).length;
    falseOnes += s.unrequested.filter((u) => u.verdict?.verdict === false).length;
    unjudged += s.unrequested.filter((u) => !u.verdict).length;
  }
  const [e, f] = [...recall.values()].reduce(([a, b], [x, y]) => [a + x, b + y], [0, 0]);
  const perSop = (n: number) => n / Math.max(1, scores.size);
  return { files: scores.size, recall: e === 0 ? 1 : f / e, mustNotViolations: violations, unrequestedPerSop: perSop(unrequested), falsePerSop: perSop(falseOnes), addedAfterRun: added, unjudged };
}

function report(): string {
  const lines: string[] = ['', '=== real corpus: sop lint against hand-written labels ==='];
  const recall = new Map<string, [number, number]>();
  for (const s of scores.values()) addRecall(recall, s.recall);
  lines.push('recall per rule (found / expected):');
  for (const [rule, [e, f]] of [...recall].sort()) lines.push(`  ${rule.padEnd(20)} ${String(f).padStart(3)} / ${String(e).padEnd(3)} ${((100 * f) / e).toFixed(0).padStart(3)} %`);
  for (const [file, s] of scores) {
    if (s.missed.length + s.mustNotViolations.length + s.unrequested.length === 0) continue;
    lines.push(`${file}:`);
    for (const m of s.missed) lines.push(`  missed       ${m.rule}${m.step ? ` @${m.step}` : ''} — ${m.why}`);
    for (const v of s.mustNotViolations) lines.push(`  MUST-NOT     ${v.finding.ruleId} @${v.finding.stepId ?? '-'} ${v.finding.line}: ${v.finding.message} — label: ${v.label.why}`);
    for (const u of s.unrequested) {
      const verdict = u.verdict ? `${u.verdict.verdict ? 'true ' : 'false'} (${u.verdict.why})` : 'NO VERDICT';
      const kind = u.verdict?.verdict === true ? 'added later' : 'unrequested';
      lines.push(`  ${kind.padEnd(12)} ${u.ruleId} @${u.stepId ?? '-'} ${u.line}: ${u.message} — verdict: ${verdict}`);
    }
  }
  const f = figures();
  const all = f.unrequestedPerSop * f.files + f.addedAfterRun;
  lines.push(
    `figures: ${f.files} SOPs, recall ${(100 * f.recall).toFixed(1)} % (on the labels written before the run), must-not violations ${f.mustNotViolations}, ` +
      `unrequested ${f.unrequestedPerSop.toFixed(2)} per SOP (${f.falsePerSop.toFixed(2)} false, ${f.unjudged} without a verdict); ` +
      `${f.addedAfterRun} true findings the labeller missed, added after the run (afterRun, verdict true; ${(all / Math.max(1, f.files)).toFixed(2)} per SOP counting them as unrequested)`,
  );
  return lines.join('\n');
}

describe('the real corpus (SOPs nobody here wrote)', () => {
  it('has a label file for every SOP, naming steps that exist, and every SOP loads', () => {
    for (const result of run.results) {
      const file = path.basename(result.filePath);
      const labels = labelsOf(file);
      expect(labels.source, file).toMatch(/^https?:\/\//);
      expect(readFileSync(result.filePath, 'utf8'), `${file}: the header names the source`).toContain(labels.source);
      expect(result.sop, `${file} loads`).toBeDefined();
      const broken = result.findings.filter((f) => ['yaml', 'schema', 'rule-error'].includes(f.ruleId));
      expect(broken, file).toEqual([]);
      const stepIds = new Set(result.sop!.steps.map((s) => s.id));
      const ruleIds = new Set(RULES.map((r) => r.meta.id));
      for (const label of [...labels.expect, ...(labels.mustNot ?? []), ...(labels.afterRun ?? [])]) {
        expect(ruleIds.has(label.rule), `${file}: rule ${label.rule}`).toBe(true);
        expect(typeof label.why === 'string' && label.why.length > 0, `${file}: ${label.rule} has a why`).toBe(true);
        for (const step of label.steps) expect(stepIds.has(step), `${file}: ${label.rule} names step ${step}`).toBe(true);
      }
    }
  });

  it('does no worse than the recorded figures', () => {
    const now = figures();
    if (process.env.SOP_UPDATE_FIGURES) writeFileSync(FIGURES, `${JSON.stringify(now, null, 2)}\n`);
    const floor = JSON.parse(readFileSync(FIGURES, 'utf8')) as Figures;
    expect(now.files).toBeGreaterThanOrEqual(floor.files);
    expect(now.recall).toBeGreaterThanOrEqual(floor.recall - 1e-9);
    expect(now.mustNotViolations).toBeLessThanOrEqual(floor.mustNotViolations);
    expect(now.unrequestedPerSop).toBeLessThanOrEqual(floor.unrequestedPerSop + 1e-9);
    expect(now.falsePerSop).toBeLessThanOrEqual(floor.falsePerSop + 1e-9);
    expect(now.unjudged).toBeLessThanOrEqual(floor.unjudged);
  });

  afterAll(() => {
    console.log(report());
  });
});
