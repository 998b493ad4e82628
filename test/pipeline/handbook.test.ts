import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { discoverFiles } from '../../src/loader/discover.js';
import { bookOrder, renderHandbook, type HandbookBookResult } from '../../src/pipeline/handbook.js';
import { ROOT } from '../helpers/run-cli.js';
import { pdfBookmarks, pdfLinks, pdfPageTexts, squash, tocPageOf } from '../render/book/pdf-read.js';
import { inspectPdf } from '../render/pdf-inspect.js';

const DATE = { year: 2025, month: 7, day: 1 };
const examples = discoverFiles(['examples'], { cwd: ROOT });
const controls = discoverFiles(['test/fixtures/controls'], { cwd: ROOT });

describe('renderHandbook (examples)', () => {
  let result: HandbookBookResult;
  let texts: string[];

  beforeAll(async () => {
    // Two renders compared byte for byte: the PDF's creation date must not be the clock's.
    vi.stubEnv('SOURCE_DATE_EPOCH', '1751328000');
    result = await renderHandbook(examples, { cwd: ROOT, date: DATE });
    texts = await pdfPageTexts(result.pdf!);
  });

  it('holds a cover, the TOC and every SOP, its pages numbered over the book', async () => {
    expect(result.written).toBe(true);
    expect(result.skipped).toEqual([]);
    expect(result.entries).toHaveLength(examples.length);
    const facts = await inspectPdf(result.pdf!);
    expect(facts.pageCount).toBe(result.pages);
    expect(facts.title).toBe('標準作業流程手冊');
    expect(texts[0]).toBe(squash('標準作業流程手冊收錄 4 個單位、5 項標準作業流程中華民國114年7月1日'));
    texts.forEach((text, i) => {
      if (i === 0) expect(text).not.toMatch(/第\d+頁/);
      else expect(text.endsWith(`第${i + 1}頁／共${result.pages}頁`)).toBe(true);
    });
    // Each SOP's pages follow one another with no gap.
    let next = 1 + result.tocPages + 1;
    for (const e of result.entries) {
      expect(e.page).toBe(next);
      next += e.pages + e.tablePages;
    }
    expect(next - 1).toBe(result.pages);
  });

  it('has a TOC whose page numbers name the page where each SOP starts', () => {
    const toc = texts.slice(1, 1 + result.tocPages).join('');
    expect(toc.startsWith('目錄科別編號SOP名稱頁次')).toBe(true);
    for (const e of result.entries) {
      const page = tocPageOf(toc, e.title);
      expect(page, e.title).toBe(e.page);
      expect(texts[page! - 1]).toContain(squash(e.title));
      if (e.code) expect(texts[page! - 1]).toContain(squash(e.code));
    }
    // Grouped by unit: the examples' config lists the units, in that order.
    expect(result.entries.map((e) => e.unit)).toEqual(['企劃處研考科', '企劃處研考科', '企劃處資訊科', '企劃處綜合規劃科', 'IT Section']);
  });

  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('has bookmarks for the cover and the TOC, then one per unit with one per SOP under it, opening its first page', async () => {
    const { bookmarks: all, pageMode } = await pdfBookmarks(result.pdf!);
    expect(pageMode).toBe('UseOutlines');
    expect(all.slice(0, 2)).toEqual([
      { title: '封面', page: 0, children: [] },
      { title: '目錄', page: 1, children: [] },
    ]);
    const bookmarks = all.slice(2);
    const units = [...new Set(result.entries.map((e) => e.unit))];
    expect(bookmarks.map((b) => b.title)).toEqual(units);
    for (const unit of bookmarks) {
      const sops = result.entries.filter((e) => e.unit === unit.title);
      expect(unit.page).toBe(sops[0]!.page - 1);
      expect(unit.children.map((c) => c.title)).toEqual(sops.map((e) => (e.code ? `${e.code}　${e.title}` : e.title)));
      expect(unit.children.map((c) => c.page)).toEqual(sops.map((e) => e.page - 1));
      for (const c of unit.children) expect(c.children).toEqual([]);
    }
  });

  it('links each TOC row (code, title, page number) to its SOP\'s first page', async () => {
    const links = await pdfLinks(result.pdf!);
    expect(links.every((l) => l.page >= 1 && l.page <= result.tocPages)).toBe(true);
    for (const e of result.entries) {
      const row = links.filter((l) => l.target === e.page - 1);
      // One link per cell: the code, the title and the page number.
      expect(row.map((l) => l.text), e.title).toEqual([squash(e.code ?? ''), squash(e.title), String(e.page)]);
    }
    expect(links).toHaveLength(3 * result.entries.length);
  });

  it('gives the same bytes whether the chart layouts are kept between the passes or not', async () => {
    const again = await renderHandbook(examples, { cwd: ROOT, date: DATE, keepLayouts: false });
    expect(Buffer.from(again.pdf!).equals(Buffer.from(result.pdf!))).toBe(true);
  });
});

describe('renderHandbook --tables', () => {
  it('puts each SOP\'s control tables after its pages, with its control points', async () => {
    const result = await renderHandbook(controls, { cwd: ROOT, date: DATE, tables: true, lang: 'zh-TW' });
    const texts = await pdfPageTexts(result.pdf!);
    // No config lists the units: they come as their files do (office-supplies, purchase-payment).
    expect(result.entries.map((e) => e.id)).toEqual(['office-supplies', 'purchase-payment']);
    const purchase = result.entries[1]!;
    expect(purchase.tablePages).toBe(2);
    const tablePages = texts.slice(purchase.page - 1 + purchase.pages, purchase.page - 1 + purchase.pages + purchase.tablePages);
    expect(tablePages[0]!.startsWith('作業程序說明表')).toBe(true);
    expect(tablePages[1]!.startsWith('自行評估表')).toBe(true);
    for (const point of ['請購單經單位主管核章', '核對預算科目及可用餘額', '超過額度者不得核准', '驗收人員與採購人員不得為同一人', '支出憑證應有驗收紀錄佐證']) {
      expect(tablePages[0]).toContain(point);
      expect(tablePages[1]).toContain(point);
    }
    expect(tablePages[1]).toContain('是否不適用');
    const office = result.entries[0]!;
    expect(office.tablePages).toBe(1);
    expect(texts[office.page - 1 + office.pages]).toContain('本作業流程未列控制重點');
    texts.slice(1).forEach((text, i) => expect(text.endsWith(`第${i + 2}頁／共${result.pages}頁`)).toBe(true));
  });
});

describe('renderHandbook output and skipped files', () => {
  it('writes the file atomically and leaves undrawable SOPs out with their findings', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-book-'));
    const out = path.join(dir, 'book', 'handbook.pdf');
    const broken = discoverFiles(['test/fixtures/broken'], { cwd: ROOT });
    const result = await renderHandbook([...broken, ...controls], { cwd: ROOT, date: DATE, out, lang: 'en' });
    expect(result.written).toBe(true);
    expect(result.file).toBe(out);
    expect(result.pdf).toBeUndefined();
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readdirSync(path.dirname(out))).toEqual(['handbook.pdf']);
    expect(result.entries.map((e) => e.id).sort()).toEqual(['office-supplies', 'purchase-payment']);
    expect(result.skipped.map((s) => path.basename(s.filePath)).sort()).toEqual(broken.map((f) => path.basename(f)).sort());
    const rules = new Set(result.skipped.flatMap((s) => s.findings.map((f) => f.ruleId)));
    expect([...rules].sort()).toEqual(['schema', 'unique-id', 'unknown-step', 'yaml']);
    const texts = await pdfPageTexts(readFileSync(out));
    expect(texts[0]).toContain('StandardOperatingProcedures');
    expect(texts[1]!.startsWith('ContentsUnitCodeProcedurePage')).toBe(true);
  });

  it('writes nothing when no SOP can be drawn', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-book-'));
    const out = path.join(dir, 'handbook.pdf');
    const broken = discoverFiles(['test/fixtures/broken'], { cwd: ROOT });
    const result = await renderHandbook(broken, { cwd: ROOT, out });
    expect(result.written).toBe(false);
    expect(result.skipped).toHaveLength(broken.length);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('bookOrder', () => {
  it('puts the config units first, then units as they appear; SOPs by code (numeric), then id', () => {
    const sops = [
      { id: 'b', unit: '主計處', code: '主計-10' },
      { id: 'a', unit: '秘書處' },
      { id: 'c', unit: '主計處', code: '主計-2' },
      { id: 'd', unit: '企劃處' },
      { id: 'e', unit: '主計處' },
    ];
    expect(bookOrder(sops, ['企劃處', '不存在的單位']).map((s) => s.id)).toEqual(['d', 'c', 'b', 'e', 'a']);
  });
});
