import { describe, expect, it } from 'vitest';
import { formatDiffJson, formatDiffText, type DiffReport } from '../../src/diff/format-diff.js';
import { diffSops } from '../../src/diff/sop-diff.js';
import { loadSopText } from '../../src/loader/load-sop.js';
import type { Sop } from '../../src/model/types.js';
import { ACCOUNT_SOP, editedAccountSop } from '../git/temp-repo.js';

function sop(text: string): Sop {
  return loadSopText(text, '/repo/a.sop.yaml', 'a.sop.yaml', { cwd: '/repo', hoursPerDay: 8 }).sop!;
}

const EDITED = editedAccountSop().replace('legal:\n', 'legal:\n  - 個人資料保護法\n');

function report(): DiffReport {
  return {
    version: 1,
    base: { ref: 'HEAD', commit: 'a'.repeat(40) },
    files: [
      { file: 'sops/a.sop.yaml', ...diffSops(sop(ACCOUNT_SOP), sop(EDITED)) },
      { file: 'sops/new.sop.yaml', ...diffSops(undefined, sop(ACCOUNT_SOP)) },
      { file: 'sops/old.sop.yaml', ...diffSops(sop(ACCOUNT_SOP), undefined) },
      { file: 'sops/same.sop.yaml', previousFile: 'sops/was.sop.yaml', ...diffSops(sop(ACCOUNT_SOP), sop(ACCOUNT_SOP)) },
    ],
  };
}

describe('formatDiffText', () => {
  it('prints the edit in English: + added, - removed, ~ changed, with field names', () => {
    expect(formatDiffText(report(), { lang: 'en', color: false })).toBe(
      [
        '~ sops/a.sop.yaml  (account-request)',
        '  steps',
        '    + archive  歸檔',
        '    ~ approve',
        '        branches: {核可: setup, 駁回: notify-reject, 修正: apply} → {核可: setup, 駁回: notify-reject}',
        '    ~ setup',
        '        owner: 資訊科 → 系統廠商',
        '  branches',
        '    - approve: 修正 → apply',
        '  flow lines',
        '    + notify → archive',
        '    + archive → done',
        '    - approve → apply (修正)',
        '    - notify → done',
        '  fields',
        '    ~ legal basis',
        '        + 個人資料保護法',
        '',
        '+ sops/new.sop.yaml  (account-request)  new SOP, 7 steps',
        '',
        '- sops/old.sop.yaml  (account-request)  removed SOP, had 7 steps',
        '',
        '= sops/same.sop.yaml  no differences in content (comments and formatting are not compared)  was sops/was.sop.yaml',
        '',
        '3 file(s) differ: 8 step(s) added, 7 removed, 2 changed',
        '',
      ].join('\n'),
    );
  });

  it('prints zh-TW labels', () => {
    const text = formatDiffText(report(), { lang: 'zh-TW', color: false });
    expect(text).toContain('  步驟\n    + archive  歸檔');
    expect(text).toContain('        主辦: 資訊科 → 系統廠商');
    expect(text).toContain('  流程線\n');
    expect(text).toContain('    ~ 法令依據\n        + 個人資料保護法');
    expect(text).toContain('新增的 SOP，7 個步驟');
    expect(text).toContain('共 3 個檔案有差異：步驟新增 8、刪除 7、修改 2');
  });

  it('colours added green, removed red, changed yellow only when asked', () => {
    const plain = formatDiffText(report(), { lang: 'en', color: false });
    expect(plain).not.toMatch(/\u001b\[/);
    const coloured = formatDiffText(report(), { lang: 'en', color: true });
    expect(coloured).toContain('\u001b[32m+ archive\u001b[39m');
    expect(coloured).toContain('\u001b[31m- approve → apply (修正)\u001b[39m');
    expect(coloured).toContain('\u001b[33m~ setup\u001b[39m');
  });

  it('shows "(none)" and the default flow for missing values, and list items one by one', () => {
    const edited = ACCOUNT_SOP.replace('    owner: 資訊科\n    time: 1d\n    next: notify\n', '    time: 1d\n').replace('kpis: [K2]', 'kpis: [K3]');
    const text = formatDiffText({ version: 1, base: null, files: [{ file: 'a.sop.yaml', ...diffSops(sop(ACCOUNT_SOP), sop(edited)) }] }, { lang: 'en', color: false });
    expect(text).toContain('        owner: 資訊科 → (none)\n        next: notify → (next in list)\n');
    expect(text).toContain('    ~ KPIs\n        - K2\n        + K3\n');
  });

  it('prints nothing when no file was compared', () => {
    expect(formatDiffText({ version: 1, base: null, files: [] }, { lang: 'en', color: false })).toBe('');
  });
});

describe('formatDiffJson', () => {
  it('is the DiffReport itself, with a stable key order', () => {
    const json = formatDiffJson(report());
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(report())));
    const first = JSON.parse(json).files[0];
    expect(Object.keys(first)).toEqual(['file', 'status', 'id', 'steps', 'edges', 'branches', 'fields']);
    expect(Object.keys(first.steps)).toEqual(['added', 'removed', 'changed']);
    expect(json.endsWith('}\n')).toBe(true);
  });
});
