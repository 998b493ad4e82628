import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSopFile } from '../../src/loader/load-sop.js';
import { runCli } from '../helpers/run-cli.js';

const INIT_FILES = ['sop.config.yaml', 'sops/example.sop.yaml', '.github/workflows/sop.yml'];

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'sop-init-'));
}

describe('sop init', () => {
  it('writes the config, an example and the workflow; then sop lint there exits 0 with no findings', async () => {
    const dir = tempDir();
    const init = await runCli(['init'], dir);
    expect(init.code).toBe(0);
    for (const file of INIT_FILES) {
      expect(existsSync(path.join(dir, file)), file).toBe(true);
      expect(init.stdout).toContain(file);
    }
    const lint = await runCli(['lint', '--format', 'json'], dir);
    expect(lint.code).toBe(0);
    const results = JSON.parse(lint.stdout) as { filePath: string; messages: unknown[] }[];
    expect(results.map((r) => path.relative(dir, r.filePath))).toEqual([path.join('sops', 'example.sop.yaml')]);
    expect(results[0]!.messages).toEqual([]);
  });

  it('--ci gitlab writes .gitlab-ci.yml instead of the GitHub workflow, and says so', async () => {
    const dir = tempDir();
    const init = await runCli(['init', '--ci', 'gitlab', '--lang', 'en'], dir);
    expect(init.code).toBe(0);
    expect(existsSync(path.join(dir, '.gitlab-ci.yml'))).toBe(true);
    expect(existsSync(path.join(dir, '.github'))).toBe(false);
    expect(init.stdout).toContain('.gitlab-ci.yml');
    expect(init.stdout).toContain('after a push GitLab CI/CD checks and builds the handbook');
    expect((await runCli(['init', '--ci', 'jenkins'], tempDir())).code).toBe(2);
  });

  it('says how to add the package when package.json does not list it (the CI installs with npm ci)', async () => {
    const bare = tempDir();
    const init = await runCli(['init', '--lang', 'en'], bare);
    expect(init.stderr).toMatch(/^Note: the CI installs sop with npm ci from package\.json and package-lock\.json, but the package\.json here does not list sop-as-code\. Run npm install -D /);
    const installed = tempDir();
    writeFileSync(path.join(installed, 'package.json'), JSON.stringify({ name: 'my-sops', devDependencies: { 'sop-as-code': 'file:vendor/sop-as-code-0.1.0.tgz' } }));
    const quiet = await runCli(['init'], installed);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
  });

  it('refuses to overwrite anything without --force, and writes nothing then', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'sop.config.yaml'), 'units: [mine]\n');
    const refused = await runCli(['init', '--lang', 'en'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('sop.config.yaml');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(path.join(dir, 'sop.config.yaml'), 'utf8')).toBe('units: [mine]\n');
    expect(existsSync(path.join(dir, 'sops'))).toBe(false);
    expect(existsSync(path.join(dir, '.github'))).toBe(false);

    const forced = await runCli(['init', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, 'sop.config.yaml'), 'utf8')).toContain('kpis:');
  });
});

describe('sop new', () => {
  it('writes a skeleton that validates, and prints the next steps', async () => {
    const dir = tempDir();
    await runCli(['init'], dir);
    const created = await runCli(['new', 'x', '--title', '測試作業流程', '--unit', '企劃處資訊科'], dir);
    expect(created.code).toBe(0);
    const file = path.join(dir, 'sops', 'x.sop.yaml');
    expect(created.stdout).toContain('sops/x.sop.yaml');
    expect(created.stdout).toMatch(/下一步/);
    const loaded = loadSopFile(file, { cwd: dir, hoursPerDay: 8 });
    expect(loaded.problems).toEqual([]);
    expect(loaded.sop!.id).toBe('x');
    expect(loaded.sop!.title).toBe('測試作業流程');
    expect(loaded.sop!.steps.map((s) => s.kind)).toEqual(['start', 'process', 'end']);
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../node_modules/sop-as-code/schemas/sop.schema.json');
    // It may have findings (no owner, no legal basis …), but no yaml or schema ones.
    const lint = await runCli(['lint', 'sops/x.sop.yaml', '--format', 'json'], dir);
    const messages = (JSON.parse(lint.stdout) as { messages: { ruleId: string }[] }[])[0]!.messages;
    expect(messages.filter((m) => m.ruleId === 'yaml' || m.ruleId === 'schema')).toEqual([]);
    expect(lint.code).toBe(0);
  });

  it('uses --dir, points the modeline at the repository root, and refuses bad ids and overwrites', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'sop.config.yaml'), 'units: []\n');
    mkdirSync(path.join(dir, 'work'));
    const nested = await runCli(['new', 'deep-one', '--dir', '../sops/研考科'], path.join(dir, 'work'));
    expect(nested.code).toBe(0);
    const text = readFileSync(path.join(dir, 'sops', '研考科', 'deep-one.sop.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../node_modules/sop-as-code/schemas/sop.schema.json');

    const again = await runCli(['new', 'deep-one', '--dir', 'sops/研考科'], dir);
    expect(again.code).toBe(2);
    expect(readFileSync(path.join(dir, 'sops', '研考科', 'deep-one.sop.yaml'), 'utf8')).toBe(text);
    expect((await runCli(['new', 'Bad_Id'], dir)).code).toBe(2);
    expect((await runCli(['new', 'deep-one', '--dir', 'sops/研考科', '--force', '--title', '新名稱'], dir)).code).toBe(0);
  });

  it('prints bilingual --help with examples', async () => {
    for (const command of ['init', 'new', 'report']) {
      const help = await runCli([command, '--help']);
      expect(help.code, command).toBe(0);
      expect(help.stdout, command).toContain('Examples / 範例');
    }
  });
});

describe('--lang en: the files in English', () => {
  const CJK = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/u;
  const filesUnder = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name));

  it('sop init --lang en writes the config, example and CI in English; the example lints clean', async () => {
    for (const ci of ['github', 'gitlab']) {
      const dir = tempDir();
      const init = await runCli(['init', '--lang', 'en', '--ci', ci], dir);
      expect(init.code).toBe(0);
      const files = filesUnder(dir);
      expect(files).toHaveLength(3);
      for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(CJK);
      const lint = await runCli(['lint', '--format', 'json'], dir);
      expect(lint.code).toBe(0);
      expect((JSON.parse(lint.stdout) as { messages: unknown[] }[]).map((r) => r.messages)).toEqual([[]]);
    }
  });

  it('sop new writes an English skeleton with --lang en, or when the config says lang: en', async () => {
    const dir = tempDir();
    await runCli(['init', '--lang', 'en'], dir);
    const created = await runCli(['new', 'from-config'], dir);
    expect(created.stdout).toMatch(/^Wrote:\n {2}sops\/from-config\.sop\.yaml\n\nNext:/);
    const bare = tempDir();
    expect((await runCli(['new', 'asked', '--lang', 'en'], bare)).code).toBe(0);
    for (const file of [path.join(dir, 'sops/from-config.sop.yaml'), path.join(bare, 'sops/asked.sop.yaml')]) {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(CJK);
      expect(text).toContain("title: (the SOP's name)          # the SOP's name");
      expect(loadSopFile(file, { cwd: dir, hoursPerDay: 8 }).problems).toEqual([]);
    }
  });
});
