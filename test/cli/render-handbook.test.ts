import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSopFile } from '../../src/loader/load-sop.js';
import { discoverFiles } from '../../src/loader/discover.js';
import { ROOT, runBin, runCli } from '../helpers/run-cli.js';
import { pdfBookmarks, pdfPageTexts, squash, tocPageOf } from '../render/book/pdf-read.js';

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'sop-handbook-'));
}

/** The examples' SOPs as the book lists them: title, code, unit. */
function exampleSops() {
  return discoverFiles(['examples'], { cwd: ROOT }).map((file) => loadSopFile(file, { cwd: ROOT, hoursPerDay: 8 }).sop!);
}

const PROGRESS = /[█░]|\x1b\[K|\d+\/\d+ /;

describe('sop render --handbook', () => {
  it('writes the examples as one book: TOC numbers match the pages, bookmarks per unit and SOP, every SOP', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'handbook.pdf');
    const { code, stdout, stderr } = await runCli(['render', '--handbook', 'examples', '-o', out]);
    expect(stderr).not.toMatch(/internal error/);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(path.relative(ROOT, out));
    expect(stderr).not.toMatch(PROGRESS);
    expect(readdirSync(dir)).toEqual(['handbook.pdf']);

    const bytes = readFileSync(out);
    const texts = await pdfPageTexts(bytes);
    expect(texts[0]).toContain('標準作業流程手冊');
    expect(texts[1]!.startsWith('目錄科別編號SOP名稱頁次')).toBe(true);
    const sops = exampleSops();
    const toc = texts.slice(1).filter((t) => t.startsWith('目錄')).join('');
    const firstPages = new Map<string, number>();
    for (const sop of sops) {
      const page = tocPageOf(toc, sop.title);
      expect(page, sop.title).toBeGreaterThan(2);
      // The page the TOC names is that SOP's first page: its header table holds its title and code.
      // (An SOP with `lang: en` prints its own pages in English; the footer stays the book's.)
      expect(texts[page! - 1], sop.title).toContain(squash(`${sop.lang === 'en' ? 'Title' : '項目'}${sop.title}`));
      if (sop.code) expect(texts[page! - 1]).toContain(squash(sop.code));
      firstPages.set(sop.id, page!);
    }
    // Footers run over the book.
    texts.slice(1).forEach((t, i) => expect(t.endsWith(`第${i + 2}頁／共${texts.length}頁`)).toBe(true));

    const { bookmarks: all } = await pdfBookmarks(bytes);
    // The cover and the TOC first, then the units.
    expect(all.slice(0, 2).map((b) => [b.title, b.page])).toEqual([
      ['封面', 0],
      ['目錄', 1],
    ]);
    const bookmarks = all.slice(2);
    const units = [...new Set(sops.map((s) => s.unit))];
    expect(bookmarks.map((b) => b.title).sort()).toEqual(units.sort());
    expect(bookmarks.flatMap((b) => b.children)).toHaveLength(sops.length);
    for (const unit of bookmarks) {
      for (const child of unit.children) {
        const sop = sops.find((s) => child.title.endsWith(s.title))!;
        expect(sop.unit).toBe(unit.title);
        expect(child.page + 1).toBe(firstPages.get(sop.id));
      }
      expect(unit.page).toBe(Math.min(...unit.children.map((c) => c.page)));
    }
  });

  it('adds the control tables with --tables, and the cover title with --title', async () => {
    const out = path.join(tempDir(), 'controls.pdf');
    const { code, stderr } = await runCli(['render', '--handbook', 'test/fixtures/controls', '-o', out, '--tables', '--title', '主計處內部控制手冊']);
    expect(stderr).not.toMatch(/internal error/);
    expect(code).toBe(0);
    const texts = await pdfPageTexts(readFileSync(out));
    expect(texts[0]!.startsWith('主計處內部控制手冊')).toBe(true);
    const description = texts.filter((t) => t.startsWith('作業程序說明表'));
    const assessment = texts.filter((t) => t.startsWith('自行評估表'));
    expect(description).toHaveLength(2);
    // purchase-payment's 自行評估表 has a page of its own; office-supplies has no control point: a note below its 說明表.
    expect(assessment).toHaveLength(1);
    expect(description.filter((t) => t.includes('自行評估表') && t.includes('本作業流程未列控制重點'))).toHaveLength(1);
    const points = ['請購單經單位主管核章', '核對預算科目及可用餘額', '超過額度者不得核准', '驗收人員與採購人員不得為同一人', '支出憑證應有驗收紀錄佐證'];
    for (const point of points) expect(assessment.join('')).toContain(point);
    expect(assessment.join('').split('是否不適用')).toHaveLength(points.length + 1);
  });

  it('exits 2 and writes nothing for a folder without SOPs', async () => {
    const dir = tempDir();
    const empty = path.join(dir, 'empty');
    mkdirSync(empty);
    const out = path.join(dir, 'handbook.pdf');
    const { code, stdout, stderr } = await runCli(['render', '--handbook', empty, '-o', out, '--lang', 'en']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('No SOP files');
    expect(readdirSync(dir)).toEqual(['empty']);
  });

  it('leaves undrawable SOPs out, lists them with their findings on stderr, writes the book and exits 1', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'handbook.pdf');
    const { code, stdout, stderr } = await runCli(['render', '--handbook', 'test/fixtures', '-o', out, '--lang', 'en', '--quiet']);
    expect(code).toBe(1);
    expect(stdout.trim()).toBe(path.relative(ROOT, out));
    expect(stderr).toContain('duplicate-step-id.sop.yaml: left out of the handbook');
    for (const rule of ['yaml', 'schema', 'unique-id', 'unknown-step']) expect(stderr).toContain(rule);
    expect(stderr).toMatch(/handbook\.pdf written \(\d+ pages, \d+ SOPs\); \d+ SOPs left out/);
    expect(existsSync(out)).toBe(true);
    expect(readdirSync(dir)).toEqual(['handbook.pdf']);
  });

  it('exits 2 before laying anything out when -o names a folder', async () => {
    const dir = tempDir();
    const { code, stderr } = await runCli(['render', '--handbook', 'test/fixtures/controls', '-o', dir, '--lang', 'en']);
    expect(code).toBe(2);
    expect(stderr).toContain('Cannot write');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses other paths beside --handbook', async () => {
    const { code, stderr } = await runCli(['render', 'examples', '--handbook', 'examples', '-o', path.join(tempDir(), 'x.pdf'), '--lang', 'en']);
    expect(code).toBe(2);
    expect(stderr).toContain('--handbook takes one folder');
  });

  it('shows no progress bar when standard error is not a terminal', () => {
    const out = path.join(tempDir(), 'handbook.pdf');
    const { code, stdout, stderr } = runBin(['render', '--handbook', 'test/fixtures/controls', '-o', out]);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(path.relative(ROOT, out));
    expect(stderr).toBe('');
  });

  it('explains --handbook, --tables and the exit codes in --help', async () => {
    const { code, stdout } = await runCli(['render', '--help']);
    expect(code).toBe(0);
    for (const text of ['--handbook <folder>', '--title <text>', '--tables', '--quiet', 'sop render --handbook sops -o handbook.pdf', 'the book is']) expect(stdout).toContain(text);
  });
});

describe('sop render --tables (one PDF per SOP)', () => {
  it('ends each PDF with its control tables, numbered with the handbook pages', async () => {
    const out = tempDir();
    const { code, stderr } = await runCli(['render', 'test/fixtures/controls/purchase-payment.sop.yaml', '-o', out, '--format', 'pdf', '--tables']);
    expect(stderr).not.toMatch(/internal error/);
    expect(code).toBe(0);
    const texts = await pdfPageTexts(readFileSync(path.join(out, 'purchase-payment.pdf')));
    const n = texts.length;
    expect(texts[n - 2]!.startsWith('作業程序說明表')).toBe(true);
    expect(texts[n - 1]!.startsWith('自行評估表')).toBe(true);
    expect(texts[n - 1]).toContain('驗收人員與採購人員不得為同一人');
    texts.forEach((t, i) => expect(t.endsWith(`第${i + 1}頁／共${n}頁`)).toBe(true));
  });
});
