// Every seed fixture and every example rendered as handbook pages: inside the page and its
// margins, sections apart, connectors paired, the PDF readable with the composed page count,
// fonts embedded as subsets, and the same bytes on a second render.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n/lang.js';
import { loadSopFile } from '../../src/loader/load-sop.js';
import { composeHandbook, layoutForHandbook } from '../../src/render/compose-handbook.js';
import { writePdf } from '../../src/render/pdf-writer.js';
import { loadFonts } from '../../src/render/text/index.js';
import { composeSopDocument } from '../../src/render/book/sop-document.js';
import { MARGINS } from '../../src/render/handbook/page-flow.js';
import { pageMetrics } from '../../src/render/metrics/chart-metrics.js';
import { allTexts, connectorLettersByPage, connectorProblems, layoutProblems } from './handbook-checks.js';
import { inspectPdf } from './pdf-inspect.js';
import { CONNECTOR_RADIUS } from '../../src/render/handbook/chart-page-plan.js';
import { itemBox } from '../../src/render/scene-geometry.js';
import type { Box } from '../../src/render/scene.js';

const boxesTouch = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fonts = loadFonts();

function sopFiles(dir: string): string[] {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((f) => /\.sop\.ya?ml$/.test(f))
    .sort()
    .map((f) => path.join(full, f));
}

const seed = sopFiles('test/fixtures/seed');
const examples = sopFiles('examples');

function langOf(file: string): Lang {
  return /\.en\.sop\.ya?ml$/.test(file) ? 'en' : 'zh-TW';
}

async function render(file: string) {
  const loaded = loadSopFile(file, { cwd: root, hoursPerDay: 8 });
  if (!loaded.sop) throw new Error(`${file}: ${JSON.stringify(loaded.problems)}`);
  const sop = loaded.sop;
  const lang = langOf(file);
  const layout = await layoutForHandbook(sop, { page: 'A4', lang, fonts });
  const result = composeHandbook(sop, layout, { page: 'A4', lang, fonts });
  // A fixed date: two renders are compared byte for byte.
  const pdf = await writePdf(result.scene, { date: new Date(Date.UTC(2025, 0, 1)) });
  return { sop, layout, result, pdf };
}

describe.each([...seed, ...examples].map((f) => [path.relative(root, f), f]))('handbook of %s', (_name, file) => {
  it('fits its pages, pairs its connectors and writes a reproducible PDF', async () => {
    const first = await render(file);
    const { scene, connectors } = first.result;
    expect(layoutProblems(scene, fonts)).toEqual([]);
    expect(connectorProblems(connectors)).toEqual([]);
    // Connector lines cross no other line; no page holds only a few lines.
    const pages = pageMetrics(scene, MARGINS);
    expect(pages.pageCrossings).toBe(0);
    expect(pages.thinPages).toBe(0);
    // Every step drawn once.
    const steps = JSON.stringify(scene.pages).match(/"data-step-id":/g) ?? [];
    expect(steps).toHaveLength(first.layout.stepNumbers.size);
    const facts = await inspectPdf(first.pdf);
    expect(facts.pageCount).toBe(scene.pages.length);
    expect(facts.title).toBe(first.sop.title);
    for (const name of facts.baseFonts) expect(name).toMatch(/^[A-Z]{6}\+/);
    expect(facts.embedded.every(Boolean)).toBe(true);
    const second = await render(file);
    expect(Buffer.from(second.pdf).equals(Buffer.from(first.pdf))).toBe(true);
  });
});

describe('with the control tables (--tables)', () => {
  it.each(seed.map((f) => [path.relative(root, f), f]))('%s has no page holding only a sentence or a few lines', async (_name, file) => {
    const { sop, layout } = await render(file);
    const document = composeSopDocument(sop, layout, { page: 'A4', lang: langOf(file), fonts, tables: true });
    expect(document.tablePages).toBeGreaterThan(0);
    expect(layoutProblems(document.scene, fonts)).toEqual([]);
    expect(pageMetrics(document.scene, MARGINS).thinPages).toBe(0);
  });
});

describe('a loop back to an earlier page', () => {
  it('ends at a connector beside its source captioned 接步驟2, and one beside its target leads into it', async () => {
    const { sop, result } = await render(path.join(root, 'test/fixtures/render/five-branches.sop.yaml'));
    const { scene, connectors } = result;
    expect(layoutProblems(scene, fonts)).toEqual([]);
    expect(connectorProblems(connectors)).toEqual([]);
    const loop = connectors.filter((c) => c.edges.some((e) => e.from === 'decide' && e.to === 'register'));
    const out = loop.find((c) => c.end === 'out')!;
    const inn = loop.find((c) => c.end === 'in')!;
    expect(inn.page).toBeLessThan(out.page);
    const stepBox = (page: number, id: string) => {
      const groups = scene.pages[page]!.items.flatMap((i) => (i.kind === 'group' ? i.items : []));
      return groups.find((g) => g.kind === 'group' && g.role === 'step' && g.data?.['data-step-id'] === id)!;
    };
    // Beside the decision (left of its west corner, on its middle) and beside 收件登錄 (left of it, within its height).
    const decision = stepBox(out.page, 'decide');
    const register = stepBox(inn.page, 'register');
    expect(decision.kind === 'group' && register.kind === 'group').toBe(true);
    if (decision.kind !== 'group' || register.kind !== 'group') return;
    expect(decision.bounds!.x - out.center.x).toBeGreaterThan(0);
    expect(decision.bounds!.x - out.center.x).toBeLessThan(60);
    expect(out.center.y).toBeCloseTo(decision.bounds!.y + decision.bounds!.height / 2, 0);
    expect(register.bounds!.x - inn.center.x).toBeGreaterThan(0);
    expect(register.bounds!.x - inn.center.x).toBeLessThan(60);
    expect(Math.abs(inn.center.y - (register.bounds!.y + register.bounds!.height / 2))).toBeLessThan(register.bounds!.height / 2);
    // Each connector clear of every text on its page but its letter (the branch label 補正 was under it).
    for (const c of [out, inn]) {
      const circle = { x: c.center.x - CONNECTOR_RADIUS, y: c.center.y - CONNECTOR_RADIUS, width: 2 * CONNECTOR_RADIUS, height: 2 * CONNECTOR_RADIUS };
      const under = allTexts(scene.pages[c.page]!).filter((t) => t.role !== 'connector' && boxesTouch(itemBox(t, fonts)!, circle));
      expect(under.map((t) => t.text)).toEqual([]);
    }
    // Captioned in the handbook's language, with the step numbers.
    const number = (id: string) => String([...sop.steps].findIndex((s) => s.id === id) + 1);
    expect(allTexts(scene.pages[out.page]!).map((t) => t.text)).toContain(`接步驟${number('register')}`);
    expect(allTexts(scene.pages[inn.page]!).map((t) => t.text)).toContain(`自步驟${number('decide')}`);
    // No line of the loop runs up its pages: on each, the loop's line stays on its step's row.
    for (const [page, step] of [[out.page, decision], [inn.page, register]] as const) {
      const lines = scene.pages[page]!.items.flatMap((i) => (i.kind === 'group' ? i.items : [])).filter((g) => g.kind === 'group' && g.role === 'edge' && g.data?.['data-from'] === 'decide' && g.data?.['data-to'] === 'register');
      expect(lines).toHaveLength(1);
      const ys = JSON.stringify(lines).match(/"y":-?[\d.]+/g)!.map((m) => Number(m.slice(4)));
      for (const y of ys) expect(y).toBeGreaterThanOrEqual(step.bounds!.y - 1);
      for (const y of ys) expect(y).toBeLessThanOrEqual(step.bounds!.y + step.bounds!.height + 1);
    }
  });
});

describe('A4 portrait', () => {
  it.each([...seed, ...examples].map((f) => [path.relative(root, f), f]))('%s fits its chart on A4 portrait pages, text at 7 pt or more', async (_name, file) => {
    const { layout, result } = await render(file);
    expect(result.warnings).toEqual([]);
    expect(result.scene.pages.every((p) => p.width === 595.28 && p.height === 841.89)).toBe(true);
    expect(Math.min(layout.textSizes.label, layout.textSizes.cell)).toBeGreaterThanOrEqual(7);
  });
});

describe('the longest seed fixture', () => {
  it.runIf(seed.length > 0)('runs over several pages with matching off-page connectors', async () => {
    const longest = seed
      .map((file) => ({ file, steps: loadSopFile(file, { cwd: root, hoursPerDay: 8 }).sop?.steps.length ?? 0 }))
      .sort((a, b) => b.steps - a.steps || a.file.localeCompare(b.file))[0]!.file;
    const { result } = await render(longest);
    const chartPages = result.scene.pages.filter((p) => p.items.some((i) => i.kind === 'group' && i.role === 'chart'));
    expect(chartPages.length).toBeGreaterThan(1);
    expect(result.connectors.length).toBeGreaterThanOrEqual(2);
    expect(connectorProblems(result.connectors)).toEqual([]);
    // Each letter is drawn on exactly two pages: where its edges leave and where they arrive.
    const byPage = connectorLettersByPage(result.scene);
    for (const letter of new Set(result.connectors.map((c) => c.letter))) {
      const pages = byPage.flatMap((letters, i) => (letters.includes(letter) ? [i] : []));
      expect(pages).toHaveLength(2);
    }
  });
});

/** A generated SOP: a chain of n steps with a decision every tenth step that loops back. */
function generatedSopYaml(n: number): string {
  const lines = ['sop: 1', 'id: generated', 'title: 產生的長流程', 'unit: 測試科', 'steps:'];
  for (let i = 1; i <= n; i++) {
    const id = `s${i}`;
    if (i === 1) lines.push(`  - {id: ${id}, kind: start, text: 開始處理第${i}步}`);
    else if (i === n) lines.push(`  - {id: ${id}, kind: end, text: 結案}`);
    else if (i % 10 === 0) lines.push(`  - {id: ${id}, kind: decision, text: 第${i}步是否核可？, branches: {是: s${i + 1}, 否: s${i - 3}}}`);
    else lines.push(`  - {id: ${id}, text: 第${i}步的作業內容說明, owner: 承辦科${i % 4}, time: 1d}`);
  }
  lines.push('legal: []', 'forms: []');
  return lines.join('\n');
}

describe('a 200-step generated SOP', () => {
  it('renders as handbook pages without error', async () => {
    const { loadSopText } = await import('../../src/loader/load-sop.js');
    const sop = loadSopText(generatedSopYaml(200), path.join(root, 'generated.sop.yaml'), 'generated.sop.yaml', { cwd: root, hoursPerDay: 8 }).sop!;
    expect(sop.steps).toHaveLength(200);
    const layout = await layoutForHandbook(sop, { page: 'A4', lang: 'zh-TW', fonts });
    const { scene, connectors } = composeHandbook(sop, layout, { page: 'A4', lang: 'zh-TW', fonts });
    expect(layoutProblems(scene, fonts)).toEqual([]);
    expect(connectorProblems(connectors)).toEqual([]);
    const facts = await inspectPdf(await writePdf(scene));
    expect(facts.pageCount).toBe(scene.pages.length);
    expect(facts.pageCount).toBeGreaterThan(5);
  });
});
