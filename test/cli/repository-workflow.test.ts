// Issue 5's walk through a repository of SOPs, as a section would do it: `sop init`, `sop new`,
// a commit, an edit, then `sop diff --base HEAD`, `sop render --compare HEAD` and
// `sop lint --changed-since HEAD`.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempRepo } from '../git/temp-repo.js';

describe('a repository of SOPs, from sop init to a review round', () => {
  it('init, new, commit, edit; diff, render --compare and lint --changed-since see the edit', async () => {
    const repo = tempRepo();
    expect((await runCli(['init'], repo.dir)).code).toBe(0);
    expect((await runCli(['new', 'leave-request', '--title', '請假申請作業流程', '--unit', '人事室'], repo.dir)).code).toBe(0);
    repo.commit('first round');

    // The edit: the example SOP gets a new step after its first one.
    const example = path.join(repo.dir, 'sops/example.sop.yaml');
    const before = readFileSync(example, 'utf8');
    const stepsAt = before.search(/^steps:/m);
    expect(stepsAt).toBeGreaterThan(0);
    const firstStep = before.indexOf('\n  - ', stepsAt);
    const firstStepEnd = before.indexOf('\n  - ', firstStep + 1);
    expect(firstStepEnd).toBeGreaterThan(firstStep);
    const added = '\n  - id: added-check\n    text: 承辦人檢查附件是否齊全\n    owner: 企劃處\n    time: 30m';
    writeFileSync(example, before.slice(0, firstStepEnd) + added + before.slice(firstStepEnd));

    const diff = await runCli(['diff', '--base', 'HEAD', '--format', 'json'], repo.dir);
    expect(diff.code).toBe(0);
    const report = JSON.parse(diff.stdout) as { files: { file: string; status: string; steps: { added: { id: string }[] } }[] };
    const changed = report.files.filter((f) => f.status !== 'unchanged');
    expect(changed.map((f) => f.file)).toEqual(['sops/example.sop.yaml']);
    expect(changed[0]!.steps.added.map((s) => s.id)).toEqual(['added-check']);

    const render = await runCli(['render', 'sops/example.sop.yaml', '-o', 'out', '--compare', 'HEAD', '--format', 'svg'], repo.dir);
    expect(render.code, render.stderr).toBe(0);
    const svg = readFileSync(path.join(repo.dir, 'out', `${/^id: (\S+)/m.exec(before)![1]}.svg`), 'utf8');
    const group = /<g[^>]*data-step-id="added-check"[^>]*>[\s\S]*?<\/g>/.exec(svg)?.[0] ?? '';
    expect(group).toMatch(/#1a7f37/i); // the added colour

    // The SOP written by `sop new` was committed and not changed since: only the edited file is linted.
    const lint = await runCli(['lint', '--changed-since', 'HEAD', '--format', 'json'], repo.dir);
    const files = (JSON.parse(lint.stdout) as { filePath: string }[]).map((f) => path.relative(repo.dir, f.filePath));
    expect(files).toEqual(['sops/example.sop.yaml']);
  });
});
