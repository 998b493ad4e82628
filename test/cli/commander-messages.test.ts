// commander's own words (errors, the hint after them, help headings) in the run's language:
// --lang, else the working folder's config `lang`, else 繁體中文.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translateCommanderError } from '../../src/cli/commander-i18n.js';
import { tempDir } from '../git/temp-repo.js';
import { runBin, runCli } from '../helpers/run-cli.js';

describe("commander's messages", () => {
  it('an unknown option, with its suggestion, in 繁體中文 by default and in English with --lang en', async () => {
    const zh = await runCli(['lint', '--formt', 'json']);
    expect(zh).toEqual({ code: 2, stdout: '', stderr: 'sop: 不認得的選項 --formt（您是指 --format 嗎？）\n（加上 --help 查看用法）\n' });
    const en = await runCli(['lint', '--formt', 'json', '--lang', 'en']);
    expect(en.stderr).toBe('sop: unknown option --formt (did you mean --format?)\n(add --help for usage)\n');
  });

  it('takes the language from the working folder\'s config when --lang is not given', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'sop.config.yaml'), 'lang: en\n');
    expect((await runCli(['new'], dir)).stderr).toBe('sop: missing the argument <id>\n(add --help for usage)\n');
    expect((await runCli(['new', '--lang=zh-TW'], dir)).stderr).toBe('sop: 缺少必要的引數 <id>\n（加上 --help 查看用法）\n');
  });

  it('words every commander error sop can meet', async () => {
    const cases: [string[], string][] = [
      [['frobnicate'], 'sop: 沒有 frobnicate 這個命令'],
      [['lint', '--format'], 'sop: 選項 -f, --format <name> 後面要接一個值'],
      [['lint', '--format', 'xml'], 'sop: 選項 -f, --format <name> 不接受「xml」，可用：stylish, json, sarif, github, gitlab'],
      [['render', 'x.sop.yaml'], 'sop: 必須指定選項 -o, --out-dir <dir>'],
      [['new', 'a', 'b'], "sop: 引數太多：需要 1 個，收到 2 個"],
    ];
    for (const [args, first] of cases) {
      const { code, stderr } = await runCli(args);
      expect({ args, code, first: stderr.split('\n')[0] }).toEqual({ args, code: 2, first });
    }
    // A message commander may add later is printed as it wrote it, without its "error:" prefix.
    expect(translateCommanderError("error: something new '--x'\n", 'en')).toBe("sop: something new '--x'\n(add --help for usage)\n");
  });

  it('help headings and value notes in the run\'s language; the real process prints them too', async () => {
    const zh = (await runCli(['lint', '--help'])).stdout;
    expect(zh).toMatch(/^用法： sop lint \[options\] \[paths\.\.\.\]\n/);
    expect(zh).toContain('\n選項：\n');
    expect(zh).toContain('\n引數：\n');
    expect(zh).toMatch(/（可選："stylish", "json",\s+"sarif", "github", "gitlab"；預設："stylish"）/);
    const en = runBin(['lint', '--help', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^Usage: sop lint \[options\] \[paths\.\.\.\]\n/);
    expect(en.stdout).toContain('\nOptions:\n');
    expect(en.stdout).toMatch(/\(choices: "stylish", "json",\s+"sarif", "github", "gitlab", default: "stylish"\)/);
    const top = (await runCli(['--help'])).stdout;
    expect(top).toContain('\n命令：\n');
    expect(top).toContain('-h, --help');
  });
});
