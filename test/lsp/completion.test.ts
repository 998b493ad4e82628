import { describe, expect, it } from 'vitest';
import { completions } from '../../src/lsp/completion.js';
import { defaultConfig } from '../../src/config/load-config.js';
import { documentSymbols } from '../../src/lsp/yaml-symbols.js';

const TEXT = `sop: 1
id: petition-online
deadline: |
steps:
  - id: receive
    kind: start
    text: 受理
    owner: 服務中心
  - id: record
    kind: |
    text: 登錄
    owner: |
    time: |
    forms: [|]
    notes: [|]
    sop: |
forms:
  - 陳情案件紀錄表
  - {id: tracking, name: 逾期追蹤表}
notes:
  1: 當日建檔
`;

/** The labels offered at the n-th `|` of the text (the others removed). */
function labelsAt(n: number, lang: 'zh-TW' | 'en' = 'zh-TW'): string[] {
  const parts = TEXT.split('|');
  const text = parts.join('');
  const offset = parts.slice(0, n + 1).join('').length;
  const config = { ...defaultConfig('/repo'), units: ['企劃處', '服務中心'] };
  const sops = () => [{ id: 'petition-online', title: '人民陳情' }, { id: 'overdue-tracking', title: '逾期追蹤' }];
  return completions({ text, offset, symbols: documentSymbols(text), config, sops, lang }).map((item) => item.label);
}

describe('completions', () => {
  it('offers kinds, units (and owners used), durations, listed forms, defined notes and other SOPs', () => {
    expect(labelsAt(1)).toEqual(['start', 'end', 'process', 'decision', 'document', 'subprocess', 'data']);
    expect(labelsAt(2)).toEqual(['企劃處', '服務中心']);
    expect(labelsAt(3)).toContain('3工作天');
    expect(labelsAt(0)).toContain('1-3d');
    expect(labelsAt(4)).toEqual(['陳情案件紀錄表', '逾期追蹤表']);
    expect(labelsAt(5)).toEqual(['1']);
    expect(labelsAt(6)).toEqual(['overdue-tracking']);
  });
});
