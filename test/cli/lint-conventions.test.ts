// ESLint's command-line conventions in `sop lint`: --stdin with --stdin-filename, --print-config,
// --ignore-pattern and .sopignore, --color / --no-color, --max-warnings -1, and -o - for stdout.

import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../git/temp-repo.js';
import { ROOT, runBin, runCli } from '../helpers/run-cli.js';

const UNKNOWN_NEXT = readFileSync(path.join(ROOT, 'test/fixtures/broken/unknown-next.sop.yaml'), 'utf8');
const FIX_DIR = path.join(ROOT, 'test/fixtures/fix');
const FIX_TEXT = readFileSync(path.join(FIX_DIR, 'account.sop.yaml'), 'utf8');

interface JsonFile {
  filePath: string;
  messages: { ruleId: string; message: string; severity: number }[];
  errorCount: number;
  warningCount: number;
}

/** A folder with a config that names the language and turns a rule off, and one SOP under sops/. */
function project(config = 'lang: en\nrules:\n  owner: off\n'): string {
  const dir = tempDir('sop-conv-');
  writeFileSync(path.join(dir, 'sop.config.yaml'), config);
  mkdirSync(path.join(dir, 'sops'));
  writeFileSync(path.join(dir, 'sops/a.sop.yaml'), UNKNOWN_NEXT);
  return dir;
}

describe('sop lint --stdin', () => {
  it('lints standard input as the file --stdin-filename names: its config, its path, no file read', async () => {
    const dir = project();
    const { code, stdout } = await runCli(['lint', '--stdin', '--stdin-filename', 'sops/new.sop.yaml', '--format', 'json'], dir, { stdin: UNKNOWN_NEXT });
    expect(code).toBe(1);
    const [file] = JSON.parse(stdout) as JsonFile[];
    expect(file!.filePath).toBe(path.join(dir, 'sops/new.sop.yaml'));
    // The config's lang (en) and its `owner: off` apply.
    expect(file!.messages.find((m) => m.ruleId === 'unknown-step')!.message).toBe('No step "handel"; did you mean "handle"? As written, "handle" and what follows it (1 more) cannot be reached');
    expect(file!.messages.map((m) => m.ruleId)).not.toContain('owner');
    const stylish = await runCli(['lint', '--stdin', '--stdin-filename', 'sops/new.sop.yaml', '--quiet'], dir, { stdin: UNKNOWN_NEXT });
    expect(stylish.stdout.split('\n')[1]).toBe('sops/new.sop.yaml');
  });

  it('without --stdin-filename: <text>, with the working folder\'s config', async () => {
    const dir = project();
    const { stdout } = await runCli(['lint', '--stdin', '--format', 'json'], path.join(dir, 'sops'), { stdin: UNKNOWN_NEXT });
    const [file] = JSON.parse(stdout) as JsonFile[];
    expect(file!.filePath).toBe('<text>');
    expect(file!.messages.map((m) => m.ruleId)).not.toContain('owner');
    const github = await runCli(['lint', '--stdin', '--format', 'github', '--quiet'], dir, { stdin: UNKNOWN_NEXT });
    expect(github.stdout).toMatch(/^::error file=<text>,line=9,col=11,/);
  });

  it('--fix prints the whole fixed text on standard output and the remaining findings on standard error', async () => {
    const args = ['lint', '--stdin', '--stdin-filename', path.join(FIX_DIR, 'account.sop.yaml'), '--fix', '--lang', 'en'];
    const { code, stdout, stderr } = await runCli(args, ROOT, { stdin: FIX_TEXT });
    expect(code).toBe(0);
    expect(stdout).toContain('forms: [資訊系統帳號申請單]     # misspelt: the list says 申請單');
    expect(stdout).toContain("text: '設定使用者帳號權限'");
    expect(stdout).toContain('以電子郵件通知使用者帳號已開通');
    expect(stdout).toContain('# 這個檔案測試 --fix：註解裡的客戶端與資訊系統帳號申請表都不能被改動。');
    expect(stdout.split('\n')).toHaveLength(FIX_TEXT.split('\n').length);
    expect(stderr).toContain('Fixed 4 problem(s) in 1 file(s)');
    expect(readFileSync(path.join(FIX_DIR, 'account.sop.yaml'), 'utf8')).toBe(FIX_TEXT);
    // Nothing to fix: the text unchanged on standard output (a filter in an editor).
    const clean = await runCli(['lint', '--stdin', '--fix', '--lang', 'en'], ROOT, { stdin: stdout });
    expect(clean.stdout).toBe(stdout);
    // --fix-dry-run: a diff, as for files.
    const dry = await runCli(['lint', '--stdin', '--stdin-filename', 'account.sop.yaml', '--fix-dry-run'], FIX_DIR, { stdin: FIX_TEXT });
    expect(dry.stdout).toMatch(/^--- a\/account\.sop\.yaml\n\+\+\+ b\/account\.sop\.yaml\n/);
  });

  it('works in the real process with a pipe', () => {
    const { code, stdout } = runBin(['lint', '--stdin', '--stdin-filename', 'x.sop.yaml', '--format', 'json'], tempDir(), {}, UNKNOWN_NEXT);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as JsonFile[])[0]!.errorCount).toBe(1);
  });

  it('usage errors: paths with --stdin, --stdin-filename alone, --changed-since with --stdin', async () => {
    const dir = project();
    for (const args of [['--stdin', 'sops'], ['--stdin-filename', 'a.sop.yaml'], ['--stdin', '--changed-since', 'HEAD']]) {
      const { code, stderr } = await runCli(['lint', ...args, '--lang', 'en'], dir, { stdin: UNKNOWN_NEXT });
      expect({ args, code }).toEqual({ args, code: 2 });
      expect(stderr).toMatch(/^sop: .*--stdin/);
    }
  });
});

describe('sop lint --print-config', () => {
  it('says which config applies to the file, and the settings after --rule', async () => {
    const dir = project('lang: en\nhoursPerDay: 7\nrules:\n  owner: off\n  standard-time: [warn, {}]\n');
    const { code, stdout } = await runCli(['lint', '--print-config', 'sops/a.sop.yaml', '--rule', 'contact:error'], dir);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(`# The config that applies to sops/a.sop.yaml: ${path.join(dir, 'sop.config.yaml')} (the nearest one in the file's folder or above, up to the repository root)`);
    const printed = parse(stdout) as { configFile: string; configSource: string; hoursPerDay: number; rules: Record<string, unknown>; ignored: boolean };
    expect(printed).toMatchObject({ configFile: path.join(dir, 'sop.config.yaml'), configSource: 'nearest', hoursPerDay: 7, ignored: false });
    const severity = (id: string) => [printed.rules[id]].flat()[0];
    expect(['owner', 'standard-time', 'contact', 'unique-id'].map(severity)).toEqual(['off', 'warn', 'error', 'error']);
    // Every rule the engine knows is listed, with the options it runs with (its defaults merged with the config's).
    expect(Object.keys(printed.rules)).toEqual(expect.arrayContaining(['yaml', 'schema', 'form-name', 'vague-wording']));
    expect(printed.rules['vague-wording']).toEqual(['warn', expect.objectContaining({ guidance: true })]);
    const json = await runCli(['lint', '--print-config', 'sops/a.sop.yaml', '--format', 'json'], dir);
    expect(JSON.parse(json.stdout)).toMatchObject({ file: path.join(dir, 'sops/a.sop.yaml'), configFile: path.join(dir, 'sop.config.yaml'), lang: 'en' });
  });

  it('--config, and no config at all (the defaults)', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'other.yaml'), 'lang: zh-TW\n');
    const explicit = await runCli(['lint', '--print-config', 'sops/a.sop.yaml', '--config', 'other.yaml', '--format', 'json'], dir);
    expect(JSON.parse(explicit.stdout)).toMatchObject({ configFile: path.join(dir, 'other.yaml'), configSource: 'option', lang: 'zh-TW' });
    const bare = tempDir();
    const defaults = await runCli(['lint', '--print-config', 'x.sop.yaml'], bare);
    expect(defaults.stdout.split('\n')[0]).toBe('# x.sop.yaml 沒有適用的 sop.config.yaml（其所在的資料夾往上到儲存庫根目錄都沒有；儲存庫以外的設定檔不採用），以下為預設值');
    expect(parse(defaults.stdout)).toMatchObject({ configFile: null, configSource: 'defaults', hoursPerDay: 8 });
  });

  it('says when sop lint would skip the file', async () => {
    const dir = project();
    writeFileSync(path.join(dir, '.sopignore'), 'sops/\n');
    const { stdout } = await runCli(['lint', '--print-config', 'sops/a.sop.yaml', '--lang', 'en'], dir);
    expect(stdout.split('\n')[1]).toBe("# sop lint skips this file (.sopignore, --ignore-pattern or the config's exclude)");
    expect(parse(stdout)).toMatchObject({ ignored: true });
  });
});

describe('sop lint --ignore-pattern and .sopignore', () => {
  function tree(): string {
    const dir = tempDir('sop-ignore-');
    mkdirSync(path.join(dir, '.git'));
    for (const file of ['sops/a.sop.yaml', 'sops/drafts/b.sop.yaml', 'sops/old/c.sop.yaml', 'sub/d.sop.yaml']) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), UNKNOWN_NEXT);
    }
    return dir;
  }
  const linted = async (args: string[], cwd: string) =>
    (JSON.parse((await runCli(['lint', '--format', 'json', ...args], cwd)).stdout) as JsonFile[]).map((f) => path.basename(f.filePath));

  it('.sopignore at the repository root (gitignore syntax) drops files from folders and globs, from any subfolder', async () => {
    const dir = tree();
    writeFileSync(path.join(dir, '.sopignore'), '# drafts are not reviewed\ndrafts/\n/sub/\n');
    expect(await linted([], dir)).toEqual(['a.sop.yaml', 'c.sop.yaml']);
    expect(await linted(['sops/**/*.sop.yaml'], dir)).toEqual(['a.sop.yaml', 'c.sop.yaml']);
    expect(await linted([], path.join(dir, 'sops'))).toEqual(['a.sop.yaml', 'c.sop.yaml']);
  });

  it('--ignore-pattern is repeatable and relative to the working folder', async () => {
    const dir = tree();
    expect(await linted(['--ignore-pattern', 'drafts/', '--ignore-pattern', 'old/'], dir)).toEqual(['a.sop.yaml', 'd.sop.yaml']);
    expect(await linted(['--ignore-pattern', '/old/'], path.join(dir, 'sops'))).toEqual(['a.sop.yaml', 'b.sop.yaml']);
  });

  it('a file named on its own and ignored: a note, an empty report and exit 0 (a pre-commit hook\'s list)', async () => {
    const dir = tree();
    const { code, stdout, stderr } = await runCli(['lint', 'sops/drafts/b.sop.yaml', '--ignore-pattern', 'drafts/', '--format', 'json', '--lang', 'en'], dir);
    expect({ code, stdout: JSON.parse(stdout) as unknown }).toEqual({ code: 0, stdout: [] });
    expect(stderr).toBe('sops/drafts/b.sop.yaml: ignored by .sopignore or --ignore-pattern; not linted\n');
  });
});

describe('sop lint: --max-warnings, --color, -o -', () => {
  it('--max-warnings -1 means no limit, as in ESLint; words are a usage error', async () => {
    const file = 'test/fixtures/broken/unknown-next.sop.yaml';
    expect((await runCli(['lint', file, '--rule', 'unknown-step:warn', '--max-warnings', '0'])).code).toBe(1);
    expect((await runCli(['lint', file, '--rule', 'unknown-step:warn', '--max-warnings', '-1'])).code).toBe(0);
    const words = await runCli(['lint', file, '--max-warnings', 'many', '--lang', 'en']);
    expect(words).toMatchObject({ code: 2, stderr: 'sop: --max-warnings takes a whole number (-1 for no limit), not "many"\n' });
  });

  it('--color and --no-color win over the terminal, FORCE_COLOR and NO_COLOR', async () => {
    const file = 'test/fixtures/broken/unknown-next.sop.yaml';
    const ESC = '\u001b[';
    const run = async (args: string[], env: Record<string, string>, isTTY: boolean) => (await runCli(['lint', file, ...args], ROOT, { env, isTTY })).stdout.includes(ESC);
    expect(await run([], {}, true)).toBe(true);
    expect(await run([], {}, false)).toBe(false);
    expect(await run(['--color'], {}, false)).toBe(true);
    expect(await run(['--no-color'], {}, true)).toBe(false);
    expect(await run([], { NO_COLOR: '1' }, true)).toBe(false);
    expect(await run([], { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(await run([], { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(await run(['--no-color'], { FORCE_COLOR: '1' }, true)).toBe(false);
    expect(await run([], { TERM: 'dumb' }, true)).toBe(false);
  });

  it('-o - prints the report on standard output and writes no file named -', async () => {
    const dir = tempDir();
    cpSync(path.join(ROOT, 'test/fixtures/broken/unknown-next.sop.yaml'), path.join(dir, 'a.sop.yaml'));
    const { code, stdout } = await runCli(['lint', '-o', '-', '--format', 'json'], dir);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as JsonFile[])[0]!.errorCount).toBe(1);
    expect(existsSync(path.join(dir, '-'))).toBe(false);
  });
});
