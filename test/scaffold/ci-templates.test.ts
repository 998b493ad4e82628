// The CI configurations `sop init` writes, checked by the hosts' own validators: the GitHub
// workflow with action-validator (the @action-validator/cli devDependency, run as a program), the
// GitLab pipeline against GitLab's CI schema (vendored in test/fixtures/gitlab/, see its README).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GITHUB_WORKFLOW_TEMPLATE, GITLAB_CI_TEMPLATE } from '../../src/scaffold/ci-templates.js';
import { actionValidator } from '../helpers/action-validator.js';
import { ROOT } from '../helpers/run-cli.js';

function gitlabValidator(): (data: unknown) => boolean {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/gitlab/ci.json'), 'utf8')) as object;
  const ajv = new Ajv.default({ strict: false, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

type Step = { if?: string; run?: string; uses?: string; with?: Record<string, unknown> };

describe('the GitHub Actions workflow', () => {
  it('passes action-validator (which does reject a broken workflow)', () => {
    const valid = actionValidator(GITHUB_WORKFLOW_TEMPLATE);
    expect(valid.output).toBe('');
    expect(valid.code).toBe(0);
    const broken = actionValidator(GITHUB_WORKFLOW_TEMPLATE.replace('runs-on: ubuntu-latest', 'runs_on: ubuntu-latest'));
    expect(broken.code).toBe(1);
    expect(broken.output).toContain('runs_on');
  });

  it('installs sop with npm ci and uploads SARIF and the handbook even after a failed step', () => {
    const workflow = parse(GITHUB_WORKFLOW_TEMPLATE) as { jobs: Record<string, { steps: Step[] }> };
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    expect(steps.filter((s) => s.run?.includes('npm ')).map((s) => s.run)).toEqual(['npm ci', 'npm ci']);
    const sarifUpload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    const handbookUpload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    // !cancelled() runs the step after a failed one; hashFiles() skips it when the file was not written.
    expect(sarifUpload.if).toMatch(/!cancelled\(\) && hashFiles\('sop\.sarif'\) != ''/);
    expect(handbookUpload.if).toMatch(/!cancelled\(\) && hashFiles\('handbook\.pdf'\) != ''/);
    expect(handbookUpload.with).toMatchObject({ path: 'handbook.pdf' });
    const sarifLint = steps.find((s) => s.run === 'npx sop lint --format sarif -o sop.sarif')!;
    expect(sarifLint.if).toContain('!cancelled()');
  });
});

describe('the GitLab CI/CD pipeline', () => {
  const validate = gitlabValidator();

  it("validates against GitLab's CI schema (which does reject a broken pipeline)", () => {
    const pipeline = parse(GITLAB_CI_TEMPLATE) as Record<string, unknown>;
    expect(validate(pipeline), JSON.stringify((validate as unknown as { errors: unknown }).errors, null, 2)).toBe(true);
    const broken = parse(GITLAB_CI_TEMPLATE.replace('    reports:\n', '    report:\n'));
    expect(validate(broken)).toBe(false);
  });

  it('lints into a Code Quality report and uploads it and the handbook whatever the outcome', () => {
    const pipeline = parse(GITLAB_CI_TEMPLATE) as Record<string, { stage?: string; script?: string[]; before_script?: string[]; artifacts?: Record<string, unknown> }>;
    expect(pipeline.default!.before_script).toEqual(['npm ci --cache .npm --prefer-offline']);
    const lint = pipeline['sop-lint']!;
    expect(lint.script).toEqual(['npx sop lint --format gitlab --output-file gl-code-quality-report.json || true', 'npx sop lint']);
    expect(lint.artifacts).toEqual({ when: 'always', reports: { codequality: 'gl-code-quality-report.json' } });
    const handbook = pipeline['sop-handbook']!;
    expect(handbook.script).toEqual(['npx sop render --handbook sops -o handbook.pdf']);
    expect(handbook.artifacts).toMatchObject({ when: 'always', paths: ['handbook.pdf'] });
    // The same stage and no `needs`: the handbook job does not wait for (or depend on) lint.
    expect(handbook.stage).toBe(lint.stage);
    expect(handbook).not.toHaveProperty('needs');
  });
});
