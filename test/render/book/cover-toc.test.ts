import { describe, expect, it } from 'vitest';
import { composeCover } from '../../../src/render/book/cover.js';
import { composeToc, type TocEntry } from '../../../src/render/book/toc.js';
import type { Page, Scene } from '../../../src/render/scene.js';
import { loadFonts } from '../../../src/render/text/index.js';
import { allTexts, layoutProblems } from '../handbook-checks.js';

const fonts = loadFonts();

function sceneOf(pages: Page[]): Scene {
  return { title: 't', description: 'd', lang: 'zh-TW', pages, fonts: { regular: fonts.regular.file, bold: fonts.bold.file, family: fonts.family } };
}


describe('composeCover', () => {
  it('prints the default title, the counts and the date as 民國', () => {
    const page = composeCover({ page: 'A4', lang: 'zh-TW', fonts, date: { year: 2025, month: 7, day: 1 }, sops: 23, units: 9 });
    expect(allTexts(page).map((t) => t.text)).toEqual(['標準作業流程手冊', '收錄 9 個單位、23 項標準作業流程', '中華民國114年7月1日']);
    expect(layoutProblems(sceneOf([page]), fonts)).toEqual([]);
  });

  it('prints an English cover, and wraps a long title inside the margins', () => {
    const en = composeCover({ page: 'letter', lang: 'en', fonts, date: { year: 2025, month: 7, day: 1 }, sops: 1, units: 1 });
    expect(allTexts(en).map((t) => t.text)).toEqual(['Standard Operating Procedures', '1 procedure of 1 unit', 'July 1, 2025']);
    const long = composeCover({ page: 'A4', lang: 'zh-TW', fonts, title: '嘉義市政府'.repeat(60), date: { year: 2025, month: 7, day: 1 }, sops: 1, units: 1 });
    expect(allTexts(long).filter((t) => t.role === 'title').length).toBeGreaterThan(3);
    expect(layoutProblems(sceneOf([long]), fonts)).toEqual([]);
  });
});

describe('composeToc', () => {
  const units = ['企劃處研考科', '企劃處資訊科', '主計處', '人事處', '秘書處'];
  const entries: TocEntry[] = Array.from({ length: 90 }, (_, i) => ({
    id: `sop-${i}`,
    unit: units[Math.floor(i / 18)]!,
    code: `代號-${String(i + 1).padStart(2, '0')}`,
    title: i % 7 === 0 ? `第${i + 1}號作業流程：標題較長需要換行的標準作業流程名稱（含括號說明）` : `第${i + 1}號作業流程`,
    page: 0,
  }));

  it('lists 科別 | 編號 | SOP名稱 | 頁次 over pages; its page count does not depend on the numbers', () => {
    const blank = composeToc(entries, { page: 'A4', lang: 'zh-TW', fonts });
    const numbered = composeToc(
      entries.map((e, i) => ({ ...e, page: 10000 + i })),
      { page: 'A4', lang: 'zh-TW', fonts },
    );
    expect(blank.length).toBeGreaterThan(1);
    expect(numbered.length).toBe(blank.length);
    expect(allTexts(numbered[0]!)[0]!.text).toBe('目錄');
    for (const page of numbered) expect(allTexts(page).filter((t) => t.role === 'header').map((t) => t.text)).toEqual(['科別', '編號', 'SOP名稱', '頁次']);
    const numbers = numbered.flatMap((p) => allTexts(p).filter((t) => /^\d+$/.test(t.text)).map((t) => Number(t.text)));
    expect(numbers).toEqual(entries.map((_, i) => 10000 + i));
    // Each unit named once per page it has SOPs on.
    for (const page of numbered) {
      const named = allTexts(page).filter((t) => units.includes(t.text)).map((t) => t.text);
      expect(new Set(named).size).toBe(named.length);
    }
    expect(layoutProblems(sceneOf(numbered), fonts)).toEqual([]);
  });
});
