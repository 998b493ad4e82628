import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const SOP = (title: string) => `sop: 1
id: watched
title: ${title}
unit: 測試科
steps:
  - id: a
    kind: start
    text: 開始
    owner: 測試科
  - id: b
    text: 處理
    owner: 測試科
    time: 2h
  - id: c
    kind: end
    text: 結束
legal: []
forms: []
`;

/** Waits until `check` holds (polling), or fails with `what` after 30 s. */
async function until(what: string, check: () => boolean): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > 30_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('sop render --watch', () => {
  it('renders again when an SOP or the config changes, prints errors and keeps watching, and exits 0 on Ctrl-C', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-watch-'));
    const file = path.join(dir, 'a.sop.yaml');
    const svg = path.join(dir, 'out', 'watched.svg');
    writeFileSync(file, SOP('第一版作業流程'));
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/sop.js'), 'render', '-o', 'out', '--format', 'svg', '--watch'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const watching = () => (stderr.match(/監看中/g) ?? []).length;
    try {
      await until('the first render', () => watching() === 1 && existsSync(svg));
      expect(stdout).toBe(`${path.join('out', 'watched.svg')}\n`);
      expect(readFileSync(svg, 'utf8')).toContain('第一版作業流程');

      // A save: rendered again.
      writeFileSync(file, SOP('第二版作業流程'));
      await until('the second render', () => readFileSync(svg, 'utf8').includes('第二版作業流程') && watching() === 2);
      expect(stderr).toContain('偵測到變更，重新輸出…');

      // A YAML mistake: reported, the last SVG kept, still watching.
      writeFileSync(file, 'sop: 1\nid: watched\n  title: :\n');
      await until('the error', () => watching() === 3);
      expect(stdout).toMatch(/a\.sop\.yaml\n\s+\d+:\d+\s+錯誤/);
      expect(stderr).toContain('a.sop.yaml：有無法繪製的錯誤，未輸出');
      expect(readFileSync(svg, 'utf8')).toContain('第二版作業流程');
      expect(child.exitCode).toBeNull();

      // Fixed, then the config changes (its language): each renders again.
      writeFileSync(file, SOP('第三版作業流程'));
      await until('the fixed render', () => readFileSync(svg, 'utf8').includes('第三版作業流程') && watching() === 4);
      expect(readFileSync(svg, 'utf8')).toContain('>主辦<');
      writeFileSync(path.join(dir, 'sop.config.yaml'), 'lang: en\n');
      await until('the render after the config change', () => readFileSync(svg, 'utf8').includes('>Owner<'));
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    expect(stderr.trimEnd().split('\n').at(-1)).toBe('已停止監看');
  }, 120_000);
});
