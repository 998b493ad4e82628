// Issue 12: SOPs inside a Git submodule are not compared by --changed-since, diff --base or
// render --compare; the commands say so for each changed submodule instead of passing over it.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const EXAMPLE = path.join(ROOT, 'examples/account-request.en.sop.yaml');
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'protocol.file.allow=always', ...args], { cwd, stdio: 'pipe' });

describe('submodules', () => {
  it('--changed-since, diff --base and render --compare name a changed submodule whose SOPs they do not compare', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-submodule-'));
    const inner = path.join(dir, 'inner');
    execFileSync('git', ['init', '-q', inner]);
    cpSync(EXAMPLE, path.join(inner, 'a.sop.yaml'));
    git(inner, 'add', '.');
    git(inner, 'commit', '-qm', 'a');
    const outer = path.join(dir, 'outer');
    execFileSync('git', ['init', '-q', outer]);
    cpSync(EXAMPLE, path.join(outer, 'b.sop.yaml'));
    git(outer, 'submodule', 'add', '-q', inner, 'sub');
    git(outer, 'add', '.');
    git(outer, 'commit', '-qm', 'b');
    const sopInSub = path.join(outer, 'sub/a.sop.yaml');
    writeFileSync(sopInSub, readFileSync(sopInSub, 'utf8').replace('Fill in the Account Request Form', 'Fill in the form'));
    git(path.join(outer, 'sub'), 'commit', '-qam', 'edit');

    const lint = await runCli(['lint', '--changed-since', 'HEAD', '--lang', 'en'], outer);
    expect(lint.stderr).toContain('Note: the submodule sub changed, but --changed-since does not look at the SOPs inside submodules');
    const diff = await runCli(['diff', '--base', 'HEAD', '--lang', 'en'], outer);
    expect(diff.stderr).toContain('Note: the submodule sub changed, but --base does not look at the SOPs inside submodules');
    const render = await runCli(['render', 'b.sop.yaml', '-o', path.join(dir, 'out'), '--format', 'svg', '--compare', 'HEAD', '--lang', 'en'], outer);
    expect(render.stderr).toContain('Note: the submodule sub changed, but --compare does not look at the SOPs inside submodules');
  });
});
