// Temporary Git repositories for tests of `sop diff --base` and `sop lint --changed-since`.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** git must not find a repository above the temporary folders (e.g. when tmpdir is inside one). */
export const GIT_ENV = { GIT_CEILING_DIRECTORIES: tmpdir() };
Object.assign(process.env, GIT_ENV);

export interface TempRepo {
  dir: string;
  git(...args: string[]): string;
  write(file: string, text: string): void;
  remove(file: string): void;
  /** `git add -A` and commit everything. */
  commit(message?: string): void;
}

/** A folder that is not inside any Git repository. */
export function tempDir(prefix = 'sop-nogit-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function tempRepo(files: Record<string, string> = {}): TempRepo {
  const dir = tempDir('sop-repo-');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
  git('init', '-q', '.');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'sop test');
  git('config', 'commit.gpgsign', 'false');
  const repo: TempRepo = {
    dir,
    git,
    write(file, text) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    },
    remove(file) {
      rmSync(path.join(dir, file));
    },
    commit(message = 'commit') {
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
    },
  };
  for (const [file, text] of Object.entries(files)) repo.write(file, text);
  return repo;
}

/** An SOP with no lint errors: a start, a document, an approval with three outcomes, an end. */
export const ACCOUNT_SOP = `# 帳號申請
sop: 1
id: account-request
title: 資訊系統帳號申請作業流程
unit: 企劃處資訊科
contact: 企劃處資訊科 05-2254321
deadline: 3d
kpis: [K2]
steps:
  - id: apply
    kind: start
    text: 申請人提出帳號申請
    owner: 申請單位
    time: 30m
  - id: form
    kind: document
    text: 資訊系統帳號申請單
    owner: 申請單位
    time: 10m
    forms: [資訊系統帳號申請單]
  - id: approve
    kind: decision
    text: 單位主管是否核可？
    owner: 申請單位主管
    time: 1h
    branches: {核可: setup, 駁回: notify-reject, 修正: apply}
  - id: setup
    text: 設定帳號權限
    owner: 資訊科
    time: 1d
    next: notify
  - id: notify-reject
    text: 通知申請人未獲同意及理由
    owner: 資訊科
    time: 10m
    next: done
  - id: notify
    text: 以電子郵件通知申請人帳號已開通
    owner: 資訊科
    time: 10m
  - id: done
    kind: end
    text: 結案
legal:
  - 嘉義市政府資訊安全管理規範
forms:
  - 資訊系統帳號申請單
`;

/** The review round's edit: a step added (archive), an owner changed (setup), a branch removed (修正). */
export function editedAccountSop(text = ACCOUNT_SOP): string {
  return text
    .replace('    owner: 資訊科\n    time: 1d', '    owner: 系統廠商\n    time: 1d')
    .replace(', 修正: apply}', '}')
    .replace('  - id: done\n', '  - id: archive\n    text: 歸檔\n    owner: 資訊科\n    time: 10m\n  - id: done\n');
}

/** Another SOP with no lint errors; `next` is where its middle step goes (plant an error with an unknown step). */
export function leaveSop(next = 'done', id = 'leave-request'): string {
  return `sop: 1
id: ${id}
title: 請假作業流程
unit: 人事室
contact: 人事室 05-2254321
deadline: 1d
kpis: [K2]
steps:
  - id: apply
    kind: start
    text: 同仁提出請假申請
    owner: 申請人
    time: 10m
  - id: record
    text: 登錄差勤系統
    owner: 人事室
    time: 10m
    next: ${next}
  - id: done
    kind: end
    text: 結案
legal:
  - 公務人員請假規則
forms: []
`;
}

/** What `sop diff` reports for the edit of editedAccountSop(): a step added, an owner changed, a branch removed. */
export const EXPECTED_EDIT = {
  file: 'sops/account.sop.yaml',
  status: 'changed',
  id: 'account-request',
  steps: {
    added: [{ id: 'archive', kind: 'process', text: '歸檔' }],
    removed: [],
    changed: [
      {
        id: 'approve',
        fields: {
          branches: {
            from: [
              { label: '核可', target: 'setup' },
              { label: '駁回', target: 'notify-reject' },
              { label: '修正', target: 'apply' },
            ],
            to: [
              { label: '核可', target: 'setup' },
              { label: '駁回', target: 'notify-reject' },
            ],
          },
        },
      },
      { id: 'setup', fields: { owner: { from: '資訊科', to: '系統廠商' } } },
    ],
  },
  edges: {
    added: [
      { from: 'notify', to: 'archive' },
      { from: 'archive', to: 'done' },
    ],
    removed: [
      { from: 'approve', to: 'apply', label: '修正' },
      { from: 'notify', to: 'done' },
    ],
  },
  branches: { added: [], removed: [{ step: 'approve', label: '修正', target: 'apply' }], changed: [] },
  fields: {},
};
