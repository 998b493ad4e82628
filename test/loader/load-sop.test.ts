import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSopFile, loadSopText } from '../../src/loader/load-sop.js';
import { MAX_FILE_BYTES } from '../../src/loader/parse-yaml.js';
import { ROOT } from '../helpers/run-cli.js';

const options = { cwd: ROOT, hoursPerDay: 8 };
const broken = (name: string) => loadSopFile(path.join(ROOT, 'test/fixtures/broken', name), options);

describe('loader', () => {
  it('reports a YAML syntax error once, where the mistake is: a list never closed, at its "["', () => {
    const loaded = broken('syntax-error.sop.yaml');
    expect(loaded.sop).toBeUndefined();
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]).toMatchObject({ ruleId: 'yaml', messageId: 'unclosedBracket', data: { open: '[', close: ']' }, range: { line: 8, column: 11 } });
  });

  it('reports a number where a duration belongs as a duration problem', () => {
    const loaded = broken('wrong-type.sop.yaml');
    expect(loaded.problems).toEqual([
      expect.objectContaining({ ruleId: 'schema', messageId: 'duration', stepId: 'receive', range: expect.objectContaining({ line: 9, column: 11 }) }),
    ]);
  });

  it('points a misspelt key at the key and suggests the right one', () => {
    const loaded = broken('misspelt-key.sop.yaml');
    expect(loaded.problems).toEqual([
      expect.objectContaining({ ruleId: 'schema', messageId: 'unknownKeySuggest', data: { key: 'ownr', suggestion: 'owner' }, range: expect.objectContaining({ line: 9, column: 5 }) }),
    ]);
  });

  it('refuses an alias bomb without expanding it', () => {
    const loaded = broken('alias-bomb.sop.yaml');
    expect(loaded.problems).toEqual([expect.objectContaining({ ruleId: 'yaml', messageId: 'aliasBomb' })]);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-big-'));
    const file = path.join(dir, 'big.sop.yaml');
    writeFileSync(file, `sop: 1\n${'# padding line\n'.repeat(Math.ceil((6 * 1024 * 1024) / 15))}`);
    const loaded = loadSopFile(file, options);
    expect(MAX_FILE_BYTES).toBe(5 * 1024 * 1024);
    expect(loaded.problems).toEqual([expect.objectContaining({ ruleId: 'yaml', messageId: 'tooLarge', range: expect.objectContaining({ line: 1, column: 1 }) })]);
  });

  it('reports duplicate keys with the key name', () => {
    const loaded = loadSopText('sop: 1\nid: a\nid: b\n', '/x/a.sop.yaml', 'a.sop.yaml', options);
    expect(loaded.problems).toEqual([expect.objectContaining({ messageId: 'duplicateKey', data: { key: 'id' }, range: expect.objectContaining({ line: 3, column: 1 }) })]);
  });

  it('reports an unreadable file as a finding, not an exception', () => {
    const loaded = loadSopFile('/definitely/not/here.sop.yaml', options);
    expect(loaded.problems).toEqual([expect.objectContaining({ ruleId: 'yaml', messageId: 'unreadable' })]);
  });

  it('builds the model: defaults, successors, durations and notes', () => {
    const loaded = loadSopText(
      `sop: 1
id: m
title: t
unit: u
deadline: 5d
steps:
  - {id: a, kind: start, text: 受理, time: 30分鐘, notes: ["１"]}
  - {id: b, kind: decision, text: 是否同意？, branches: {同意: c, 不同意: d}}
  - {id: c, text: 辦理, time: 1-2d, next: [d, a]}
  - {id: d, kind: end, text: 結案}
legal: []
forms: [申請表, {id: f2, name: 紀錄表, notes: [2]}]
guidance: [注意事項, {text: 另一項, notes: [1]}]
notes: {1: 一, 2: 二}
`,
      '/x/m.sop.yaml',
      'm.sop.yaml',
      options,
    );
    expect(loaded.problems).toEqual([]);
    const sop = loaded.sop!;
    expect(sop.deadline).toMatchObject({ minMinutes: 5 * 8 * 60, maxMinutes: 5 * 8 * 60 });
    expect(sop.steps[0]!.time).toMatchObject({ minMinutes: 30 });
    expect(sop.steps[0]!.notes).toEqual(['1']);
    expect(sop.steps[0]!.successors).toEqual([{ from: 'a', to: 'b', via: 'default', toIndex: 1 }]);
    expect(sop.steps[1]!.successors.map((e) => [e.to, e.label])).toEqual([
      ['c', '同意'],
      ['d', '不同意'],
    ]);
    expect(sop.steps[2]!.successors.map((e) => e.to)).toEqual(['d', 'a']);
    expect(sop.steps[2]!.time).toMatchObject({ minMinutes: 8 * 60, maxMinutes: 16 * 60 });
    expect(sop.steps[3]!.successors).toEqual([]);
    expect(sop.forms.map((f) => f.name)).toEqual(['申請表', '紀錄表']);
    expect(sop.guidance[1]).toEqual({ text: '另一項', notes: ['1'], path: ['guidance', 1], textPath: ['guidance', 1, 'text'] });
    expect([...sop.notes.keys()]).toEqual(['1', '2']);
    expect(sop.recurrence).toBe('none');
  });

  it('gives every item its YAML path as written: list item or single value, string or mapping', () => {
    const text = `sop: 1
id: m
title: t
unit: u
kpis: [K1, K2]
steps:
  - {id: a, kind: start, text: 受理, next: b, controls: [一項]}
  - {id: b, kind: decision, text: 是否同意？, branches: {同意: c, 不同意: a}}
  - {id: c, kind: end, text: 結案, controls: [甲, 乙]}
  - {id: d, text: 另案, next: [a, c]}
legal: [某法]
forms: [申請表, {id: f2, name: 紀錄表, note: 說明}]
guidance: [注意事項, {text: 另一項}]
notes: {1: 一, "02": 二}
`;
    const loaded = loadSopText(text, '/x/m.sop.yaml', 'm.sop.yaml', options);
    expect(loaded.problems).toEqual([]);
    const sop = loaded.sop!;
    expect(sop.steps.map((s) => s.successors.map((e) => e.path))).toEqual([
      [['steps', 0, 'next']],
      [['steps', 1, 'branches', '同意'], ['steps', 1, 'branches', '不同意']],
      [],
      [['steps', 3, 'next', 0], ['steps', 3, 'next', 1]],
    ]);
    expect(sop.steps.map((s) => s.controlPaths)).toEqual([[['steps', 0, 'controls', 0]], [], [['steps', 2, 'controls', 0], ['steps', 2, 'controls', 1]], []]);
    expect(sop.kpiPaths).toEqual([['kpis', 0], ['kpis', 1]]);
    expect(sop.legalPaths).toEqual([['legal', 0]]);
    expect(sop.forms.map((f) => [f.path, f.namePath])).toEqual([
      [['forms', 0], ['forms', 0]],
      [['forms', 1], ['forms', 1, 'name']],
    ]);
    expect(sop.guidance.map((g) => g.textPath)).toEqual([['guidance', 0], ['guidance', 1, 'text']]);
    expect(sop.noteEntries).toEqual([
      { key: '1', text: '一', path: ['notes', '1'] },
      { key: '2', text: '二', path: ['notes', '02'] },
    ]);
    // Each path names the value as written in the file.
    const at = (path: readonly (string | number)[]): string => {
      const r = loaded.sourceMap.resolve(path);
      const line = text.split('\n')[r.line - 1]!;
      return r.line === r.endLine ? line.slice(r.column - 1, r.endColumn - 1) : line.slice(r.column - 1);
    };
    expect(at(sop.steps[3]!.successors[1]!.path!)).toBe('c');
    expect(at(sop.steps[0]!.controlPaths[0]!)).toBe('一項');
    expect(at(sop.forms[1]!.namePath)).toBe('紀錄表');
    expect(at(sop.guidance[0]!.textPath)).toBe('注意事項');
    expect(at(sop.noteEntries[1]!.path)).toBe('二');
  });

  it('accepts x- keys and rejects next on a decision', () => {
    const loaded = loadSopText(
      `sop: 1
id: m
title: t
unit: u
x-owner-team: ops
steps:
  - {id: a, kind: start, text: 受理}
  - {id: b, kind: decision, text: 是否？, branches: {是: c}, next: c}
  - {id: c, kind: end, text: 結案}
legal: []
forms: []
`,
      '/x/m.sop.yaml',
      'm.sop.yaml',
      options,
    );
    expect(loaded.problems.map((p) => p.messageId)).toEqual(['nextNotAllowed']);
    expect(loaded.problems[0]!.range.line).toBe(8);
  });
});
