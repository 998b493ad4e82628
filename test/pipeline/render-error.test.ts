// One SOP never aborts the run (issue 12): an SOP beyond the rendering limits, or one whose layout
// does not finish within its budget, gets a render-error finding; the other SOPs are still written,
// and the handbook still made.

import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHandbook } from '../../src/pipeline/handbook.js';
import { MAX_RENDER_STEPS } from '../../src/pipeline/render-error.js';
import { findSopFiles, openRun } from '../../src/pipeline/render-run.js';
import { renderSops } from '../../src/pipeline/render-sops.js';
import { LayoutBudgetError, layoutInThread } from '../../src/render/layout/elk-thread.js';

/** An SOP of `n` steps between start and end: plain steps, or decisions each with a way out. */
function flow(id: string, n: number, options: { decisions?: boolean; title?: string } = {}): string {
  let yaml = `sop: 1\nid: ${id}\ntitle: ${JSON.stringify(options.title ?? `流程 ${id}`)}\nunit: 測試科\nlegal: []\nforms: []\nsteps:\n  - id: s\n    kind: start\n    text: 開始\n    next: a0\n`;
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? `a${i + 1}` : 'e';
    yaml += options.decisions
      ? `  - id: a${i}\n    kind: decision\n    text: 是否核准第${i}項？\n    branches:\n      是: ${next}\n      否: e\n`
      : `  - id: a${i}\n    text: 辦理第${i}項\n    next: ${next}\n`;
  }
  return `${yaml}  - id: e\n    kind: end\n    text: 結束\n`;
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sop-render-error-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('render-error', () => {
  it('reports an SOP over the step limit and a title with a lone surrogate is still drawn; the others are written', async () => {
    const dir = folder({ 'big.sop.yaml': flow('big', 4000), 'ok.sop.yaml': flow('ok', 3), 'odd.sop.yaml': flow('odd', 2, { title: 'bad \ud800 title' }) });
    const run = openRun({ cwd: dir, lang: 'en' });
    const outDir = path.join(dir, 'out');
    const notices: string[] = [];
    const outcome = await renderSops(run, findSopFiles(run, []), { outDir, formats: new Set(['svg', 'pdf'] as const), page: 'A4', creator: 'sop test' }, { written: () => {}, notice: (l) => notices.push(l) });
    expect(readdirSync(outDir).sort()).toEqual(['odd.pdf', 'odd.svg', 'ok.pdf', 'ok.svg']);
    expect(outcome.blocked.map((r) => [r.displayPath, r.findings.map((f) => `${f.ruleId}:${f.messageId}`)])).toEqual([['big.sop.yaml', ['render-error:tooManySteps']]]);
    expect(outcome.blocked[0]!.findings[0]!.message).toContain(`the rendering limit is ${MAX_RENDER_STEPS}`);
    const pdf = readFileSync(path.join(outDir, 'odd.pdf'), 'latin1');
    expect(pdf.startsWith('%PDF')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('writes the handbook without the SOP it cannot draw, which it reports', async () => {
    const dir = folder({ 'big.sop.yaml': flow('big', MAX_RENDER_STEPS + 1), 'ok.sop.yaml': flow('ok', 3) });
    const files = readdirSync(dir).map((f) => path.join(dir, f));
    const book = await renderHandbook(files, { cwd: dir, lang: 'en' });
    expect(book.written).toBe(true);
    expect(book.entries.map((e) => e.id)).toEqual(['ok']);
    expect(book.skipped.map((r) => [r.displayPath, r.findings.map((f) => f.ruleId)])).toEqual([['big.sop.yaml', ['render-error']]]);
  });

  it('stops a layout past its budget with LayoutBudgetError', async () => {
    const children = Array.from({ length: 400 }, (_, i) => ({ id: `n${i}`, width: 40, height: 20 }));
    const edges = children.slice(1).flatMap((c, i) => [{ id: `e${i}`, sources: [`n${i}`], targets: [c.id] }, { id: `f${i}`, sources: [c.id], targets: ['n0'] }]);
    await expect(layoutInThread({ id: 'root', layoutOptions: { 'elk.algorithm': 'layered' }, children, edges }, 1)).rejects.toBeInstanceOf(LayoutBudgetError);
  });

  it('gives each layout its own budget: one stopped does not take the next one in the queue with it', async () => {
    const children = Array.from({ length: 400 }, (_, i) => ({ id: `n${i}`, width: 40, height: 20 }));
    const edges = children.slice(1).flatMap((c, i) => [{ id: `e${i}`, sources: [`n${i}`], targets: [c.id] }, { id: `f${i}`, sources: [c.id], targets: ['n0'] }]);
    const small = { id: 'root', layoutOptions: { 'elk.algorithm': 'layered' }, children: [{ id: 'a', width: 10, height: 10 }, { id: 'b', width: 10, height: 10 }], edges: [{ id: 'ab', sources: ['a'], targets: ['b'] }] };
    const [big, next] = await Promise.allSettled([layoutInThread({ id: 'root', layoutOptions: { 'elk.algorithm': 'layered' }, children, edges }, 1), layoutInThread(small)]);
    expect(big.status === 'rejected' && big.reason).toBeInstanceOf(LayoutBudgetError);
    expect(next.status === 'fulfilled' && next.value.children?.map((c) => c.id)).toEqual(['a', 'b']);
  });

  // The chain of 200 decisions took over 300 s inside ELK; now the layout stops at its budget
  // (30 s, LAYOUT_BUDGET_MS) and the SOP is reported, or is drawn if the machine is fast enough.
  // The bound here is the test's timeout: 90 s, generous for a loaded 2-core machine.
  it('finishes the chain of 200 decisions within the layout budget', { timeout: 90_000 }, async () => {
    const dir = folder({ 'chain.sop.yaml': flow('chain', 200, { decisions: true }), 'ok.sop.yaml': flow('ok', 2) });
    const run = openRun({ cwd: dir, lang: 'en' });
    const outDir = path.join(dir, 'out');
    const outcome = await renderSops(run, findSopFiles(run, []), { outDir, formats: new Set(['svg'] as const), page: 'A4', creator: 'sop test' }, { written: () => {}, notice: () => {} });
    expect(readdirSync(outDir)).toContain('ok.svg');
    const chain = outcome.blocked.find((r) => r.displayPath === 'chain.sop.yaml');
    if (chain) expect(chain.findings.map((f) => f.messageId)).toEqual(['layoutBudget']);
    else expect(readdirSync(outDir)).toContain('chain.svg');
  });
});
