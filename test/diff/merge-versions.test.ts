import { describe, expect, it } from 'vitest';
import { mergeVersions } from '../../src/diff/merge-versions.js';
import { edgeKey } from '../../src/model/changes.js';
import { fromText } from '../render/chart-fixtures.js';
import { NEW_SOP, OLD_SOP } from '../render/compare/compare-fixtures.js';

const before = fromText(OLD_SOP, 'old.sop.yaml');
const after = fromText(NEW_SOP, 'new.sop.yaml');

function edges(marks: ReadonlyMap<string, string>): Record<string, string> {
  return Object.fromEntries([...marks].map(([key, kind]) => [key.replace('\u0000', '→'), kind]));
}

describe('mergeVersions', () => {
  const { sop, marks } = mergeVersions(before, after);

  it('marks added, removed and changed steps (changes only to printed fields)', () => {
    expect(Object.fromEntries(marks.steps)).toEqual({ archive: 'added', form: 'removed', setup: 'changed' });
    expect([...marks.fields.get('setup')!]).toEqual(['owner']);
    // approve lost a branch: that shows on its edge, not on the step.
    expect(marks.steps.has('approve')).toBe(false);
  });

  it('marks edges by (from, to)', () => {
    expect(edges(marks.edges)).toEqual({
      'apply→approve': 'added',
      'notify→archive': 'added',
      'archive→done': 'added',
      'apply→form': 'removed',
      'form→approve': 'removed',
      'approve→apply': 'removed',
      'notify→done': 'removed',
    });
  });

  it('puts a removed step back after its old predecessor, with its old edges', () => {
    expect(sop.steps.map((s) => s.id)).toEqual(['apply', 'form', 'approve', 'setup', 'notify-reject', 'notify', 'archive', 'done']);
    expect(sop.steps.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(sop.stepById.get('form')!.successors.map((e) => e.to)).toEqual(['approve']);
    // New edges first, then the old ones the new version dropped.
    expect(sop.stepById.get('apply')!.successors.map((e) => e.to)).toEqual(['approve', 'form']);
    expect(sop.stepById.get('approve')!.successors.map((e) => `${e.label}:${e.to}`)).toEqual(['核可:setup', '駁回:notify-reject', '修正:apply']);
    expect(sop.stepById.get('notify')!.successors.map((e) => e.to)).toEqual(['archive', 'done']);
    expect(sop.steps.every((s) => s.successors.every((e) => e.toIndex === undefined && sop.stepById.has(e.to)))).toBe(true);
  });

  it('keeps the new version numbers; removed steps have none', () => {
    expect(Object.fromEntries(marks.numbers)).toEqual({ apply: 1, approve: 2, setup: 3, 'notify-reject': 4, notify: 5, archive: 6, done: 7 });
  });

  it('leaves both versions untouched', () => {
    expect(after.steps.map((s) => s.id)).not.toContain('form');
    expect(after.stepById.get('apply')!.successors.map((e) => e.to)).toEqual(['approve']);
    expect(before.steps.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('puts a run of removed steps in their old order, and a removed first step first', () => {
    const old = fromText(
      `sop: 1
id: x
title: 測試
unit: 測試科
steps:
  - {id: a, kind: start, text: 開始}
  - {id: b, text: 乙}
  - {id: c, text: 丙}
  - {id: d, text: 丁}
  - {id: e, kind: end, text: 結束}
legal: []
forms: []
`,
      'old-run.sop.yaml',
    );
    const now = fromText(
      `sop: 1
id: x
title: 測試
unit: 測試科
steps:
  - {id: d, kind: start, text: 丁}
  - {id: e, kind: end, text: 結束}
legal: []
forms: []
`,
      'new-run.sop.yaml',
    );
    const merged = mergeVersions(old, now);
    expect(merged.sop.steps.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(merged.marks.edges.get(edgeKey('c', 'd'))).toBe('removed');
    expect(merged.marks.steps.get('d')).toBe('changed');
    expect([...merged.marks.fields.get('d')!]).toEqual(['kind']);
  });

  it('draws an edge whose branch label changed once, as changed', () => {
    const relabelled = fromText(NEW_SOP.replace('駁回: notify-reject', '不同意: notify-reject'), 'relabel.sop.yaml');
    const merged = mergeVersions(after, relabelled);
    expect(edges(merged.marks.edges)).toEqual({ 'approve→notify-reject': 'changed' });
    expect(merged.sop.stepById.get('approve')!.successors.map((e) => e.label)).toEqual(['核可', '不同意']);
    expect(merged.marks.steps.size).toBe(0);
  });

  it('marks everything added when there is no old version', () => {
    const merged = mergeVersions(undefined, after);
    expect([...merged.marks.steps.values()].every((kind) => kind === 'added')).toBe(true);
    expect(merged.marks.steps.size).toBe(after.steps.length);
    expect([...merged.marks.edges.values()].every((kind) => kind === 'added')).toBe(true);
    expect(merged.sop.steps.map((s) => s.id)).toEqual(after.steps.map((s) => s.id));
    expect(merged.diff.status).toBe('added');
  });

  it('marks nothing when the versions are the same', () => {
    const merged = mergeVersions(after, fromText(NEW_SOP, 'same.sop.yaml'));
    expect(merged.marks.steps.size + merged.marks.edges.size).toBe(0);
  });
});
