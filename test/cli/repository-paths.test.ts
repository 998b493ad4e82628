// Paths wherever sop runs in a repository: `sop lint` without paths lints the current folder,
// SARIF, github and gitlab name files from the repository root (where CI hosts place them), and
// stylish from the current folder.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { leaveSop, tempDir, tempRepo } from '../git/temp-repo.js';
import { runCli } from '../helpers/run-cli.js';

/** A repository whose config's include globs cover two units' folders; each SOP has one error. */
function repository() {
  const repo = tempRepo({
    'sop.config.yaml': 'include: ["sops/**/*.sop.yaml"]\n',
    'sops/人事室/leave.sop.yaml': leaveSop('nowhere', 'leave'),
    'sops/資訊科/account.sop.yaml': leaveSop('nowhere', 'account'),
  });
  repo.commit();
  return repo;
}

interface SarifLog {
  runs: { originalUriBaseIds: Record<string, { uri: string }>; results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[] }[];
}

describe('paths from a subfolder of the repository', () => {
  it('sop lint without paths lints the current folder only', async () => {
    const repo = repository();
    const sub = path.join(repo.dir, 'sops', '人事室');
    const { stdout } = await runCli(['lint', '--format', 'json'], sub);
    expect((JSON.parse(stdout) as { filePath: string }[]).map((f) => f.filePath)).toEqual([path.join(sub, 'leave.sop.yaml')]);
    const all = await runCli(['lint', '--format', 'json'], repo.dir);
    expect(JSON.parse(all.stdout)).toHaveLength(2);
  });

  it('sarif, github and gitlab are relative to the repository root; stylish to the current folder', async () => {
    const repo = repository();
    const sub = path.join(repo.dir, 'sops', '人事室');
    const file = 'sops/人事室/leave.sop.yaml';

    const sarif = JSON.parse((await runCli(['lint', '--format', 'sarif', '--quiet'], sub)).stdout) as SarifLog;
    const run = sarif.runs[0]!;
    expect(run.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation)).toEqual([
      { uri: 'sops/%E4%BA%BA%E4%BA%8B%E5%AE%A4/leave.sop.yaml', uriBaseId: '%SRCROOT%' },
    ]);
    expect(decodeURIComponent(run.originalUriBaseIds['%SRCROOT%']!.uri)).toBe(`file://${repo.dir}/`);

    const github = (await runCli(['lint', '--format', 'github', '--quiet'], sub)).stdout;
    expect(github).toMatch(new RegExp(`^::error file=${file},line=\\d+`));

    const gitlab = JSON.parse((await runCli(['lint', '--format', 'gitlab', '--quiet'], sub)).stdout) as { location: { path: string } }[];
    expect(gitlab.map((issue) => issue.location.path)).toEqual([file]);

    const stylish = (await runCli(['lint', '--quiet'], sub)).stdout;
    expect(stylish.split('\n')[1]).toBe('leave.sop.yaml');
  });

  it('outside a Git repository, the config\'s folder is the root; without a config, the current folder', async () => {
    const paths = async (cwd: string) =>
      (JSON.parse((await runCli(['lint', '--format', 'gitlab', '--quiet'], cwd)).stdout) as { location: { path: string } }[]).map((i) => i.location.path);
    const withConfig = tempDir();
    writeFileSync(path.join(withConfig, 'sop.config.yaml'), 'lang: en\n');
    mkdirSync(path.join(withConfig, 'unit'));
    writeFileSync(path.join(withConfig, 'unit/x.sop.yaml'), leaveSop('nowhere', 'x'));
    expect(await paths(path.join(withConfig, 'unit'))).toEqual(['unit/x.sop.yaml']);
    const bare = tempDir();
    mkdirSync(path.join(bare, 'unit'));
    writeFileSync(path.join(bare, 'unit/x.sop.yaml'), leaveSop('nowhere', 'x'));
    expect(await paths(path.join(bare, 'unit'))).toEqual(['x.sop.yaml']);
  });
});
