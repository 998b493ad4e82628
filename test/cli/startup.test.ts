// What `sop` loads before a command runs: commander, the commands' options and help, and their
// messages. Each command's code (the engine, the rules, the config, the loader, the renderer …)
// loads with import() when that command runs, so that `sop --version`, `--help` and every
// command start without evaluating the others' code.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../git/temp-repo.js';
import { runBin, runCli } from '../helpers/run-cli.js';
import { startupFiles } from '../helpers/startup-files.js';

describe('start-up', () => {
  it('loads the commands, not their work', () => {
    const files = startupFiles();
    for (const command of ['lint', 'render', 'init', 'new', 'report', 'diff', 'lsp', 'preview']) expect(files).toContain(`cli/${command}-command.ts`);
    const work = /^(analysis|config|diff|engine|fix|format\/(?!names\.ts)|git|loader|lsp|model|pipeline|preview|render|report|rules|words)\b/;
    expect(files.filter((f) => work.test(f))).toEqual([]);
    expect(files.filter((f) => f.startsWith('cli/') && f.endsWith('-action.ts'))).toEqual([]);
  });

  it('help in the language of the working folder\'s config, written once', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'sop.config.yaml'), 'lang: en\n');
    const help = runBin(['render', '--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout.match(/^Usage: sop render/gm)).toHaveLength(1);
    expect(help.stdout).toContain('\nOptions:\n');
    const top = await runCli(['--help'], dir);
    expect(top.stdout.match(/^Usage: sop/gm)).toHaveLength(1);
    expect(top.stdout).toContain('\nCommands:\n');
  });

  it('a config that does not load leaves commander in 繁體中文; the command reports the config', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'sop.config.yaml'), 'lang: en\nrules:\n  no-such-rule: error\n');
    expect((await runCli(['lint', '--help'], dir)).stdout).toMatch(/^用法： sop lint/);
    expect((await runCli(['lint', '--formt'], dir)).stderr).toBe('sop: 不認得的選項 --formt（您是指 --format 嗎？）\n（加上 --help 查看用法）\n');
    const lint = await runCli(['lint'], dir);
    expect(lint.code).toBe(2);
    expect(lint.stderr).toContain('no-such-rule');
  });

  it('--version needs no config and prints the version alone', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'sop.config.yaml'), 'lang: en\n');
    const version = runBin(['--version'], dir);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
    expect(version.stderr).toBe('');
  });
});
