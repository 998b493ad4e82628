import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileResult, Finding } from '../../src/engine/types.js';
import { loadSopFile } from '../../src/loader/load-sop.js';
import { drawable, sopTitles, undrawable } from '../../src/pipeline/drawable.js';
import { ROOT } from '../helpers/run-cli.js';
import { fromText } from '../render/chart-fixtures.js';

const load = (file: string) => loadSopFile(path.join(ROOT, file), { cwd: ROOT, hoursPerDay: 8 }).sop!;

const SOP = (id: string, title: string, next = 'b') => `sop: 1
id: ${id}
title: ${title}
unit: 測試科
steps:
  - id: a
    kind: start
    text: 開始
    next: ${next}
  - id: b
    kind: end
    text: 結束
legal: []
forms: []
`;

describe('drawable', () => {
  it('draws an SOP with unique step ids whose edges lead to existing steps', () => {
    expect(drawable(fromText(SOP('x', '甲')))).toBe(true);
    expect(drawable(load('examples/petition-online.sop.yaml'))).toBe(true);
  });

  it('does not draw duplicate step ids or an edge to an unknown step', () => {
    expect(drawable(load('test/fixtures/broken/duplicate-step-id.sop.yaml'))).toBe(false);
    expect(drawable(fromText(SOP('x', '甲', 'nowhere')))).toBe(false);
  });
});

describe('undrawable', () => {
  it('keeps only the findings that make a file undrawable', () => {
    const finding = (ruleId: string): Finding => ({ ruleId, severity: 'error', message: ruleId, line: 1, column: 1 }) as Finding;
    const result: FileResult = { filePath: '/a.sop.yaml', displayPath: 'a.sop.yaml', findings: ['owner', 'unique-id', 'yaml', 'deadline', 'schema', 'unknown-step'].map(finding) };
    expect(undrawable(result).findings.map((f) => f.ruleId)).toEqual(['unique-id', 'yaml', 'schema', 'unknown-step']);
    expect(result.findings).toHaveLength(6);
  });
});

describe('sopTitles', () => {
  it('gives each SOP id the title of the first file with that id', () => {
    const result = (file: string, text?: string): FileResult => ({ filePath: file, displayPath: file, findings: [], ...(text ? { sop: fromText(text) } : {}) });
    const titles = sopTitles([result('a', SOP('x', '甲')), result('b'), result('c', SOP('y', '乙')), result('d', SOP('x', '丙'))]);
    expect(Object.fromEntries(titles)).toEqual({ x: '甲', y: '乙' });
  });
});
