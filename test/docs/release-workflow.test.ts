// This repository's release workflow: valid for GitHub (action-validator), published on a version
// tag only after `npm ci` and `npm test`, with provenance and the registry token.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionValidator } from '../helpers/action-validator.js';
import { ROOT } from '../helpers/run-cli.js';

const TEXT = readFileSync(path.join(ROOT, '.github/workflows/release.yml'), 'utf8');

interface Workflow {
  on: { push: { tags: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { steps: { run?: string; env?: Record<string, string>; with?: Record<string, unknown> }[] }>;
}

describe('.github/workflows/release.yml', () => {
  it('passes action-validator', () => {
    expect(actionValidator(TEXT, 'release.yml')).toEqual({ code: 0, output: '' });
  });

  it('publishes on a v* tag after npm ci and npm test, with provenance and NODE_AUTH_TOKEN', () => {
    const workflow = parse(TEXT) as Workflow;
    expect(workflow.on.push.tags).toEqual(['v*']);
    expect(workflow.permissions['id-token']).toBe('write');
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const runs = steps.flatMap((s) => (s.run ? [s.run] : []));
    const order = ['npm ci', 'npm test', 'npm publish --provenance --access public'].map((run) => runs.indexOf(run));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const publish = steps.find((s) => s.run?.startsWith('npm publish'))!;
    expect(publish.env).toEqual({ NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}' });
    expect(steps.find((s) => s.with?.['registry-url'])?.with?.['registry-url']).toBe('https://registry.npmjs.org');
  });
});
