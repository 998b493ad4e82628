// RuleTester, after ESLint's: a rule's tests are lists of valid and invalid YAML snippets,
// each invalid case naming the findings (message id, and optionally step and line) it expects.

import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load-config.js';
import type { ResolvedConfig } from '../../src/config/types.js';
import { lintSources } from '../../src/engine/lint.js';
import type { Finding, Rule } from '../../src/engine/types.js';

export interface ExpectedFinding {
  messageId: string;
  stepId?: string;
  line?: number;
  column?: number;
  /** A substring the localized (zh-TW) message must contain. */
  message?: string;
}

export interface ValidCase {
  name?: string;
  code: string;
  config?: Partial<ResolvedConfig>;
  /** Other SOP files linted alongside (cross-file checks). */
  others?: string[];
  lang?: 'zh-TW' | 'en';
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

/** Lints one YAML text with one rule (plus the others given); returns the rule's findings in the first file. */
export function lintWithRule(rule: Rule, code: string, options: Omit<ValidCase, 'code'> = {}): Finding[] {
  const config: ResolvedConfig = { ...defaultConfig('/virtual'), ...options.config };
  const sources = [{ file: '/virtual/case.sop.yaml', text: code }, ...(options.others ?? []).map((text, i) => ({ file: `/virtual/other-${i}.sop.yaml`, text }))];
  const run = lintSources(sources, { cwd: '/virtual', rules: [rule], config, lang: options.lang ?? 'zh-TW' });
  const findings = run.results[0]!.findings;
  const foreign = findings.filter((f) => f.ruleId === 'yaml' || f.ruleId === 'schema' || f.ruleId === 'rule-error');
  if (foreign.length > 0) throw new Error(`test case does not load: ${foreign.map((f) => `${f.line}:${f.column} ${f.message}`).join('; ')}`);
  return findings.filter((f) => f.ruleId === rule.meta.id);
}

/** A complete SOP around a `steps:` block (indented by 2), with top-level keys overridable. */
export function sopWith(steps: string, top: Record<string, string> = {}): string {
  const head: Record<string, string> = { sop: '1', id: 'case', title: '測試流程', unit: '企劃處研考科', ...top };
  const tail: Record<string, string> = { legal: '[]', forms: '[]' };
  for (const key of Object.keys(top)) if (key in tail) tail[key] = top[key]!;
  const lines = Object.entries(head)
    .filter(([k]) => !(k in tail))
    .map(([k, v]) => `${k}: ${v}`);
  return `${lines.join('\n')}\nsteps:\n${steps.replace(/^\n/, '').replace(/\s+$/, '')}\n${Object.entries(tail)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n`;
}

/** An SOP whose steps are a start (開始), the given steps (indented by 2) and an end (結案). */
export function sopChain(middle: string, top: Record<string, string> = {}): string {
  return sopWith(
    `
  - {id: start, kind: start, text: 開始}
${middle}
  - {id: done, kind: end, text: 結案}`,
    top,
  );
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      cases.valid.forEach((c, i) => {
        it(c.name ?? `valid #${i + 1}`, () => {
          const findings = lintWithRule(rule, c.code, c);
          expect(findings.map((f) => `${f.line}:${f.column} ${f.messageId} ${f.message}`)).toEqual([]);
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((c, i) => {
        it(c.name ?? `invalid #${i + 1}`, () => {
          const findings = lintWithRule(rule, c.code, c);
          expect(findings.length, findings.map((f) => `${f.line}:${f.column} ${f.messageId} ${f.message}`).join('\n')).toBe(c.errors.length);
          c.errors.forEach((expected, j) => {
            const actual = findings[j]!;
            expect(actual.messageId).toBe(expected.messageId);
            if (expected.stepId !== undefined) expect(actual.stepId).toBe(expected.stepId);
            if (expected.line !== undefined) expect(actual.line).toBe(expected.line);
            if (expected.column !== undefined) expect(actual.column).toBe(expected.column);
            if (expected.message !== undefined) expect(actual.message).toContain(expected.message);
            expect(actual.message).not.toMatch(/\{\w+\}/);
          });
        });
      });
    });
  });
}
