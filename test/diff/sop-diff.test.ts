import { describe, expect, it } from 'vitest';
import { diffSops, hasDifferences } from '../../src/diff/sop-diff.js';
import { loadSopText } from '../../src/loader/load-sop.js';
import type { Sop } from '../../src/model/types.js';
import { ACCOUNT_SOP, editedAccountSop, EXPECTED_EDIT } from '../git/temp-repo.js';

function sop(text: string): Sop {
  const loaded = loadSopText(text, '/repo/a.sop.yaml', 'a.sop.yaml', { cwd: '/repo', hoursPerDay: 8 });
  expect(loaded.problems).toEqual([]);
  return loaded.sop!;
}

const BASE = sop(ACCOUNT_SOP);

describe('diffSops', () => {
  it('finds no difference between a file and itself, nor in comments, quoting or key order', () => {
    const reformatted = ACCOUNT_SOP.replace('# 帳號申請\n', '# 帳號申請（修訂）\n')
      .replace('title: 資訊系統帳號申請作業流程', 'title: "資訊系統帳號申請作業流程"  # 項目')
      .replace('    owner: 資訊科\n    time: 1d', '    time: 1d\n    owner: 資訊科');
    for (const other of [BASE, sop(reformatted)]) {
      const diff = diffSops(BASE, other);
      expect(diff.status).toBe('unchanged');
      expect(hasDifferences(diff)).toBe(false);
      expect(diff).toEqual({
        status: 'unchanged',
        id: 'account-request',
        steps: { added: [], removed: [], changed: [] },
        edges: { added: [], removed: [] },
        branches: { added: [], removed: [], changed: [] },
        fields: {},
      });
    }
  });

  it('reports exactly the review round\'s edit: a step added, an owner changed, a branch removed', () => {
    const diff = diffSops(BASE, sop(editedAccountSop()));
    const { file: _file, ...expected } = EXPECTED_EDIT;
    expect(diff).toEqual(expected);
    expect(hasDifferences(diff)).toBe(true);
  });

  it('lists which fields of a step changed, with the values as written', () => {
    const edited = ACCOUNT_SOP.replace(
      '  - id: setup\n    text: 設定帳號權限\n    owner: 資訊科\n    time: 1d\n    next: notify\n',
      '  - id: setup\n    kind: data\n    text: 於帳號系統設定權限\n    owner: 資訊科\n    support: [系統廠商]\n    time: 1-2d\n    schedule: 每日下班前\n    forms: [資訊系統帳號申請單]\n    notes: [1]\n    next: [notify, done]\n',
    ).replace('forms:\n  - 資訊系統帳號申請單\n', 'forms:\n  - 資訊系統帳號申請單\nnotes:\n  1: 依資安規定辦理\n');
    const diff = diffSops(BASE, sop(edited));
    expect(diff.steps.changed).toEqual([
      {
        id: 'setup',
        fields: {
          text: { from: '設定帳號權限', to: '於帳號系統設定權限' },
          kind: { from: 'process', to: 'data' },
          support: { from: [], to: ['系統廠商'] },
          time: { from: '1d', to: '1-2d' },
          schedule: { from: null, to: '每日下班前' },
          forms: { from: [], to: ['資訊系統帳號申請單'] },
          notes: { from: [], to: ['1'] },
          next: { from: ['notify'], to: ['notify', 'done'] },
        },
      },
    ]);
    expect(diff.edges).toEqual({ added: [{ from: 'setup', to: 'done' }], removed: [] });
    expect(diff.fields).toEqual({ notes: { from: {}, to: { '1': '依資安規定辦理' } } });
  });

  it('reports branches added and pointed elsewhere, and the edges they change', () => {
    const edited = ACCOUNT_SOP.replace('{核可: setup, 駁回: notify-reject, 修正: apply}', '{核可: notify, 駁回: notify-reject, 修正: apply, 撤回: done}');
    const diff = diffSops(BASE, sop(edited));
    expect(diff.branches).toEqual({
      added: [{ step: 'approve', label: '撤回', target: 'done' }],
      removed: [],
      changed: [{ step: 'approve', label: '核可', from: 'setup', to: 'notify' }],
    });
    expect(diff.edges).toEqual({
      added: [
        { from: 'approve', to: 'notify', label: '核可' },
        { from: 'approve', to: 'done', label: '撤回' },
      ],
      removed: [{ from: 'approve', to: 'setup', label: '核可' }],
    });
    expect(Object.keys(diff.steps.changed[0]!.fields)).toEqual(['branches']);
  });

  it('reports a removed step and the flow around it', () => {
    const edited = ACCOUNT_SOP.replace('  - id: form\n    kind: document\n    text: 資訊系統帳號申請單\n    owner: 申請單位\n    time: 10m\n    forms: [資訊系統帳號申請單]\n', '');
    const diff = diffSops(BASE, sop(edited));
    expect(diff.steps.removed).toEqual([{ id: 'form', kind: 'document', text: '資訊系統帳號申請單' }]);
    expect(diff.steps.added).toEqual([]);
    expect(diff.edges).toEqual({
      added: [{ from: 'apply', to: 'approve' }],
      removed: [
        { from: 'apply', to: 'form' },
        { from: 'form', to: 'approve' },
      ],
    });
  });

  it('reports top-level changes: title, unit, deadline, recurrence, kpis, legal, guidance, forms', () => {
    const edited = ACCOUNT_SOP.replace('title: 資訊系統帳號申請作業流程', 'title: 資訊系統帳號申請及異動作業流程')
      .replace('unit: 企劃處資訊科', 'unit: 資訊處')
      .replace('deadline: 3d', 'deadline: 5d\nrecurrence: monthly')
      .replace('kpis: [K2]', 'kpis: [K2, K3]')
      .replace('legal:\n  - 嘉義市政府資訊安全管理規範\n', 'legal:\n  - 個人資料保護法\nguidance:\n  - 申請單應由主管核章。\n')
      .replace('forms:\n  - 資訊系統帳號申請單\n', 'forms:\n  - {name: 資訊系統帳號申請單, file: forms/account.pdf}\n');
    const diff = diffSops(BASE, sop(edited));
    expect(diff.status).toBe('changed');
    expect(diff.fields).toEqual({
      title: { from: '資訊系統帳號申請作業流程', to: '資訊系統帳號申請及異動作業流程' },
      unit: { from: '企劃處資訊科', to: '資訊處' },
      deadline: { from: '3d', to: '5d' },
      recurrence: { from: 'none', to: 'monthly' },
      kpis: { from: ['K2'], to: ['K2', 'K3'] },
      legal: { from: ['嘉義市政府資訊安全管理規範'], to: ['個人資料保護法'] },
      guidance: { from: [], to: ['申請單應由主管核章。'] },
      forms: { from: ['資訊系統帳號申請單'], to: [{ name: '資訊系統帳號申請單', file: 'forms/account.pdf' }] },
    });
    expect(Object.keys(diff.fields)).toEqual(['title', 'unit', 'deadline', 'recurrence', 'kpis', 'legal', 'guidance', 'forms']);
  });

  it('treats reordering that changes the implicit flow as edge changes only', () => {
    // notify-reject and notify swap places: both have explicit next or none; `notify` now flows by default to done.
    const swapped = ACCOUNT_SOP.replace(
      '  - id: notify-reject\n    text: 通知申請人未獲同意及理由\n    owner: 資訊科\n    time: 10m\n    next: done\n  - id: notify\n    text: 以電子郵件通知申請人帳號已開通\n    owner: 資訊科\n    time: 10m\n',
      '  - id: notify\n    text: 以電子郵件通知申請人帳號已開通\n    owner: 資訊科\n    time: 10m\n  - id: notify-reject\n    text: 通知申請人未獲同意及理由\n    owner: 資訊科\n    time: 10m\n    next: done\n',
    );
    const diff = diffSops(BASE, sop(swapped));
    expect(diff.steps).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.edges).toEqual({ added: [{ from: 'notify', to: 'notify-reject' }], removed: [{ from: 'notify', to: 'done' }] });
    expect(diff.status).toBe('changed');
  });

  it('an added or a removed SOP: every step and edge on one side, no field changes', () => {
    const added = diffSops(undefined, BASE);
    expect(added.status).toBe('added');
    expect(added.steps.added.map((s) => s.id)).toEqual(['apply', 'form', 'approve', 'setup', 'notify-reject', 'notify', 'done']);
    expect(added.edges.added).toHaveLength(8);
    expect(added.fields).toEqual({});
    const removed = diffSops(BASE, undefined);
    expect(removed.status).toBe('removed');
    expect(removed.id).toBe('account-request');
    expect(removed.steps.removed).toHaveLength(7);
    expect(removed.edges.removed).toHaveLength(8);
    expect(hasDifferences(removed)).toBe(true);
  });

  it('matches a duplicated step id by its first occurrence', () => {
    const duplicated = ACCOUNT_SOP.replace('  - id: done\n', '  - id: notify\n    text: 重複的步驟\n  - id: done\n');
    const loaded = loadSopText(duplicated, '/repo/a.sop.yaml', 'a.sop.yaml', { cwd: '/repo', hoursPerDay: 8 });
    const diff = diffSops(BASE, loaded.sop!);
    expect(diff.steps).toEqual({ added: [], removed: [], changed: [] });
  });

  it('is plain data: JSON round-trips it unchanged', () => {
    const diff = diffSops(BASE, sop(editedAccountSop()));
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
  });
});
