import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSopFiles, openRun } from '../../src/pipeline/render-run.js';
import { renderSops } from '../../src/pipeline/render-sops.js';
import { ROOT } from '../helpers/run-cli.js';

const sop = (id: string, text: string) => `sop: 1
id: ${id}
title: 小流程
unit: 測試科
steps:
  - id: a
    kind: start
    text: ${text}
  - id: b
    kind: end
    text: 結束
legal: []
forms: []
`;

describe('renderSops', () => {
  it('writes each drawable SOP, reports the others, and says why as it goes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-render-'));
    writeFileSync(path.join(dir, 'a.sop.yaml'), sop('first', '開始 😀'));
    writeFileSync(path.join(dir, 'b.sop.yaml'), sop('first', '開始'));
    copyFileSync(path.join(ROOT, 'test/fixtures/broken/duplicate-step-id.sop.yaml'), path.join(dir, 'c.sop.yaml'));
    const run = openRun({ cwd: dir, lang: 'en' });
    const written: string[] = [];
    const notices: string[] = [];
    const outDir = path.join(dir, 'out');
    const outcome = await renderSops(run, findSopFiles(run, []), { outDir, formats: new Set(['svg']), page: 'A4', creator: 'sop test' }, { written: (f) => written.push(f), notice: (l) => notices.push(l) });

    expect(written).toEqual([path.join(outDir, 'first.svg')]);
    expect(outcome.written).toEqual(written);
    expect(readdirSync(outDir)).toEqual(['first.svg']);
    expect(outcome.skipped).toBe(2);
    expect(outcome.blocked.map((r) => [r.displayPath, r.findings.map((f) => f.ruleId)])).toEqual([['c.sop.yaml', ['unique-id']]]);
    expect(notices).toEqual([
      expect.stringMatching(/^a\.sop\.yaml: the font \S+ has no glyph for these characters, which will print blank: 😀 \(U\+1F600\)$/),
      'b.sop.yaml: SOP id "first" is also the id of a.sop.yaml; their output files would collide, not rendered',
      'c.sop.yaml: not rendered (errors make it undrawable)',
    ]);
  });
});
