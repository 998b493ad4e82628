// One SOP never aborts the run (issue 12), PNG included: when the PNG step throws, the SOP gets a
// render-error finding (pngFailed), its later outputs are skipped as for a failed SVG, and the run goes on.

import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { findSopFiles, openRun } from '../../src/pipeline/render-run.js';
import { renderSops } from '../../src/pipeline/render-sops.js';

vi.mock('../../src/pipeline/png-output.js', () => ({
  chartPng: async () => {
    throw new Error('no canvas');
  },
}));

const SOP = (id: string) => `sop: 1\nid: ${id}\ntitle: 流程 ${id}\nunit: 測試科\nlegal: []\nforms: []\nsteps:\n  - id: s\n    kind: start\n    text: 開始\n    next: a\n  - id: a\n    text: 辦理\n    next: e\n  - id: e\n    kind: end\n    text: 結束\n`;

describe('render-error: a PNG that cannot be made', () => {
  it('is reported as render-error for its SOP (as a failed SVG or PDF is); what came before it and the other files are still written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-png-error-'));
    for (const id of ['a', 'b']) writeFileSync(path.join(dir, `${id}.sop.yaml`), SOP(id));
    const run = openRun({ cwd: dir, lang: 'en' });
    const outDir = path.join(dir, 'out');
    const outcome = await renderSops(run, findSopFiles(run, []), { outDir, formats: new Set(['svg', 'png', 'pdf'] as const), page: 'A4', creator: 'sop test' }, { written: () => {}, notice: () => {} });
    expect(readdirSync(outDir).sort()).toEqual(['a.svg', 'b.svg']);
    expect(outcome.blocked.map((r) => [r.displayPath, r.findings.map((f) => `${f.ruleId}:${f.messageId}`)])).toEqual([
      ['a.sop.yaml', ['render-error:pngFailed']],
      ['b.sop.yaml', ['render-error:pngFailed']],
    ]);
    expect(outcome.blocked[0]!.findings[0]!.message).toBe('Writing the PNG failed; not written: no canvas (please report it)');
  });
});
