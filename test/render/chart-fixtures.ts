// SOPs the chart tests render: every *.sop.yaml of the seed fixtures and of examples/ (as they
// exist when the tests run), the format page's example when the repository has it, a
// demonstration SOP that uses every symbol and column, and a generated SOP of any length.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSopFile, loadSopText } from '../../src/loader/load-sop.js';
import type { Sop } from '../../src/model/types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function sopFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sopFilesUnder(full));
    else if (/\.sop\.ya?ml$/.test(name)) out.push(full);
  }
  return out;
}

export const DEMO_SOP = `sop: 1
id: demo-review
title: 公文陳核與修正作業流程（示範）
unit: 企劃處研考科
code: 研考-99
steps:
  - id: start
    kind: start
    text: 收到承辦案件
    owner: 服務中心
  - id: register
    text: 登錄於公文管理系統並分文
    kind: data
    owner: 總收文
    support: [資訊科]
    time: 30m
    schedule: 收文當日
    forms: [F1]
    notes: [1]
  - id: draft
    text: 承辦人擬辦並簽陳 <草稿> & "引號" 'single'
    owner: 承辦科
    time: 1-3d
    forms: [簽稿範本, F1]
  - id: form
    kind: document
    text: 填寫陳核單與附件清冊，並依規定辦理會簽（含法制、主計及人事單位意見）
    owner: 承辦科
    time: 2h
  - id: review
    kind: decision
    text: 主管審核是否核可
    owner: 科長
    time: 1d
    forms: [F1]
    branches: {核可: publish, 駁回: notify, 修正: draft}
  - id: notify
    text: 通知申請人駁回理由
    owner: 承辦科
    time: 30分鐘
    next: done
  - id: publish
    kind: subprocess
    sop: petition-online
    text: 依公告程序辦理
    owner: 企劃處
    support: [秘書處, 新聞處, 法制處]
    schedule: 每月5日前
  - id: again
    kind: decision
    text: Needs another review round?
    branches: {yes: again, no: done}
  - id: done
    kind: end
    text: 結案歸檔
    owner: 檔案室
legal: []
forms:
  - {id: F1, name: 公文管理系統收文登記表}
  - 簽稿範本
notes:
  1: 依現行規定辦理。
`;

export interface NamedSop {
  name: string;
  sop: Sop;
}

function load(file: string): Sop | undefined {
  return loadSopFile(file, { cwd: ROOT, hoursPerDay: 8 }).sop;
}

export function fromText(text: string, name = 'inline.sop.yaml'): Sop {
  const loaded = loadSopText(text, path.join(ROOT, name), name, { cwd: ROOT, hoursPerDay: 8 });
  if (!loaded.sop) throw new Error(`${name}: ${JSON.stringify(loaded.problems)}`);
  return loaded.sop;
}

/** The format page's example (the first yaml block of docs/format.md), if the repository has it. */
function formatExample(): NamedSop[] {
  const doc = path.join(ROOT, 'docs/format.md');
  if (!existsSync(doc)) return [];
  const blocks = [...readFileSync(doc, 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const example = blocks.filter((b) => /^sop: 1$/m.test(b) && /^steps:/m.test(b)).pop();
  if (!example) return [];
  const loaded = loadSopText(example, path.join(ROOT, 'docs/format-example.sop.yaml'), 'docs/format-example.sop.yaml', { cwd: ROOT, hoursPerDay: 8 });
  return loaded.sop ? [{ name: 'docs/format.md example', sop: loaded.sop }] : [];
}

/** Every renderable fixture SOP (files whose model could not be built are left out). */
export function chartFixtures(): NamedSop[] {
  const files = [...sopFilesUnder(path.join(ROOT, 'test/fixtures/seed')), ...sopFilesUnder(path.join(ROOT, 'examples'))];
  const out: NamedSop[] = [];
  for (const file of files) {
    const sop = load(file);
    if (sop) out.push({ name: path.relative(ROOT, file), sop });
  }
  out.push(...formatExample());
  out.push({ name: 'demo (every symbol and column)', sop: fromText(DEMO_SOP, 'demo.sop.yaml') });
  return out;
}

/** A long SOP: a main line with a decision every 7 steps (one branch skips ahead, loops back every 3rd). */
export function generatedSop(steps: number): Sop {
  const lines = ['sop: 1', 'id: generated', 'title: 產生的長流程', 'unit: 測試科', 'steps:', '  - id: s0', '    kind: start', '    text: 開始'];
  for (let i = 1; i < steps - 1; i++) {
    if (i % 7 === 0) {
      const back = i % 21 === 0 ? `s${i - 4}` : `s${Math.min(i + 3, steps - 1)}`;
      lines.push(`  - id: s${i}`, '    kind: decision', `    text: 第${i}步是否符合規定？`, `    branches: {是: s${i + 1}, 否: ${back}}`);
    } else {
      lines.push(`  - id: s${i}`, `    text: 第${i}步處理作業並登錄`, `    owner: 單位${i % 5}`, `    time: ${(i % 4) + 1}h`);
      if (i % 11 === 0) lines.push('    kind: document');
    }
  }
  lines.push(`  - id: s${steps - 1}`, '    kind: end', '    text: 結束', 'legal: []', 'forms: []');
  return fromText(`${lines.join('\n')}\n`, 'generated.sop.yaml');
}

/**
 * A tangled SOP from a seed: decisions with two or three branches forward, back, to themselves or
 * twice to one step, and steps that skip ahead.
 */
export function randomSop(steps: number, seed: number): Sop {
  let r = seed;
  const random = () => (r = (r * 1103515245 + 12345) % 2147483648) / 2147483648;
  const lines = ['sop: 1', 'id: random', 'title: 隨機流程', 'unit: 測試科', 'steps:', '  - id: s0', '    kind: start', '    text: 開始'];
  const last = steps - 1;
  for (let i = 1; i < last; i++) {
    if (random() < 0.3) {
      const yes = Math.min(i + 1 + Math.floor(random() * 4), last);
      const no = random() < 0.4 ? Math.max(1, i - Math.floor(random() * 5)) : Math.min(i + 1 + Math.floor(random() * 6), last);
      const third = random() < 0.3 ? `, 待補: s${Math.min(i + 2, last)}` : '';
      lines.push(`  - id: s${i}`, '    kind: decision', `    text: 第${i}步是否符合規定並可繼續辦理？`, `    branches: {是: s${yes}, 否: s${no}${third}}`);
    } else {
      lines.push(`  - id: s${i}`, `    text: 第${i}步處理作業並登錄${'於系統'.repeat(Math.floor(random() * 3))}`, `    owner: 單位${i % 5}`, `    time: ${(i % 4) + 1}h`);
      if (random() < 0.1) lines.push(`    next: s${Math.min(i + 2, last)}`);
    }
  }
  lines.push(`  - id: s${last}`, '    kind: end', '    text: 結束', 'legal: []', 'forms: []');
  return fromText(`${lines.join('\n')}\n`, 'random.sop.yaml');
}
