// The path from a rule's fix to the file: a rule reports a fix relative to its step, the
// engine makes the path absolute, planFixes applies it. A stand-in for form-name (being
// written alongside) checks the forms path end to end.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load-config.js';
import { lintSources } from '../../src/engine/lint.js';
import type { Rule } from '../../src/engine/types.js';
import { planFixes } from '../../src/fix/fix-files.js';

const listedSpelling: Rule = {
  meta: {
    id: 'form-name',
    type: 'suggestion',
    defaultSeverity: 'warn',
    fixable: true,
    docs: { description: { 'zh-TW': '測試', en: 'test' }, page: 'docs/rules/form-name.md' },
    messages: { misspelt: { 'zh-TW': '{form}', en: '{form}' } },
  },
  *check(sop) {
    const listed = sop.forms.map((f) => f.name);
    for (const step of sop.steps) {
      for (const [i, form] of step.forms.entries()) {
        const match = listed.find((name) => name !== form && name.slice(0, -1) === form.slice(0, -1));
        if (match) yield { messageId: 'misspelt', data: { form }, stepId: step.id, path: ['forms', i], fix: { from: form, to: match } };
      }
    }
  },
};

const SOURCE = `# header comment
sop: 1
id: a
title: 測試
unit: 資訊科
steps:
  - id: s
    kind: start
    text: 開始
    forms: [申請單, 申請表]   # the second is misspelt
  - id: e
    kind: end
    text: 結束
legal: []
forms:
  - 申請單
`;

describe('planFixes', () => {
  it('applies a step-relative fix at the absolute path, keeping the BOM and comments', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-plan-'));
    const file = path.join(dir, 'a.sop.yaml');
    writeFileSync(file, `\uFEFF${SOURCE}`);
    const run = lintSources([{ file }], { cwd: dir, rules: [listedSpelling], config: defaultConfig(dir) });
    expect(run.results[0]!.findings.map((f) => f.fix)).toEqual([{ from: '申請表', to: '申請單', path: ['steps', 0, 'forms', 1] }]);
    const [plan] = planFixes(run.results);
    expect(plan!.applied).toHaveLength(1);
    expect(plan!.after).toBe(`\uFEFF${SOURCE.replace('[申請單, 申請表]', '[申請單, 申請單]')}`);
  });
});
