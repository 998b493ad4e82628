import { describe, expect, it } from 'vitest';
import { documentSymbols, occurrenceAt } from '../../src/lsp/yaml-symbols.js';

const TEXT = `sop: 1
id: petition-online
steps:
  - id: check
    kind: decision
    text: 是否逾期？(註一、2)
    owner: 研考科
    time: 1d
    notes: ["１"]
    branches: {是: track, 否: "close"}
  - id: track
    kind: subprocess
    text: 逾期追蹤
    sop: overdue-tracking
    next: [close]
  - {id: close, kind: end, text: 結案}
guidance:
  - {text: 依規定辦理, notes: [2]}
forms:
  - 紀錄表（註2）
notes:
  1: 一
  2: 二
`;

/** Occurrences as `kind name definition "source text"`. */
function described(text: string): string[] {
  return documentSymbols(text).occurrences.map((o) => `${o.kind} ${o.name} ${o.definition ? 'def' : 'ref'} ${text.slice(o.start, o.end)}`);
}

describe('documentSymbols', () => {
  it('finds step ids and their references, the SOP id and sop: references, notes and their marks', () => {
    expect(described(TEXT)).toEqual([
      'sop petition-online def petition-online',
      'step check def check',
      'note 1 ref 一',
      'note 2 ref 2',
      'note 1 ref １',
      'step track ref track',
      'step close ref close',
      'step track def track',
      'sop overdue-tracking ref overdue-tracking',
      'step close ref close',
      'step close def close',
      'note 2 ref 2',
      'note 2 ref 2',
      'note 1 def 1',
      'note 2 def 2',
    ]);
  });

  it('keeps what hover and completion show: steps, notes and forms', () => {
    const symbols = documentSymbols(TEXT);
    expect(symbols.steps[0]).toEqual({ id: 'check', index: 0, kind: 'decision', text: '是否逾期？(註一、2)', owner: '研考科', time: '1d' });
    expect(symbols.steps.map((s) => s.id)).toEqual(['check', 'track', 'close']);
    expect([...symbols.notes]).toEqual([['1', '一'], ['2', '二']]);
    expect(symbols.forms).toEqual([{ name: '紀錄表（註2）' }]);
    expect(symbols.sopId).toBe('petition-online');
  });

  it('finds the occurrence under the cursor, either end included', () => {
    const symbols = documentSymbols(TEXT);
    const start = TEXT.indexOf('track, 否');
    expect(occurrenceAt(symbols, start)).toMatchObject({ kind: 'step', name: 'track', definition: false });
    expect(occurrenceAt(symbols, start + 5)).toMatchObject({ name: 'track' });
    expect(occurrenceAt(symbols, TEXT.indexOf('kind: decision'))).toBeUndefined();
  });

  it('reads what it can of a document that is not valid YAML', () => {
    expect(described('id: a\nsteps:\n  - id: x\n    next: [y\n')).toContain('step x def x');
  });
});
