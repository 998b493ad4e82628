import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSops } from '../../src/pipeline/read-sops.js';
import { findSopFiles, openRun } from '../../src/pipeline/render-run.js';

const SOP = `sop: 1
id: small
title: 小流程
unit: 測試科
steps:
  - id: a
    kind: start
    text: 收件

  - id: b
    kind: end
    text: 結案
legal: []
forms: []
`;

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sop-read-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('readSops', () => {
  it('keeps each file with the text it linted, its findings and where each step starts', () => {
    const dir = folder({ 'a.sop.yaml': SOP, 'b.sop.yaml': 'sop: 1\nid: [\n' });
    const run = openRun({ cwd: dir, lang: 'en' });
    const read = readSops(run, findSopFiles(run, []));
    const [good, broken] = read.sources;
    expect(good!.result.displayPath).toBe('a.sop.yaml');
    expect(good!.text).toBe(SOP);
    expect(good!.stepLines).toEqual({ a: 6, b: 10 });
    expect(broken!.result.sop).toBeUndefined();
    // The unclosed `[` is reported on its own line (2), not where the parser ran out of text.
    expect(broken!.result.findings.map((f) => [f.ruleId, f.line])).toEqual([['yaml', 2]]);
    expect(broken!.stepLines).toEqual({});
    expect([...read.sopTitles]).toEqual([['small', '小流程']]);
  });
});
