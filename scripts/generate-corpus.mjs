// Generates a deterministic corpus of SOP files for benchmarks: `count` SOPs of 12–30 steps with
// decisions, parallel paths and loops, in Traditional Chinese. Same arguments, same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: a small seeded PRNG, so the corpus is the same on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UNITS = ['企劃處', '企劃處研考科', '服務中心', '權責單位', '業務單位', '資訊科', '主計處', '人事處', '秘書處'];
const ACTIONS = ['受理申請案件', '登錄案件資料', '彙整各單位意見', '擬辦簽陳', '通知申請人', '會辦相關單位', '辦理公告', '歸檔備查', '函送相關機關', '安排會議時間', '建置系統資料', '追蹤辦理情形'];
const QUESTIONS = ['是否符合申請資格？', '首長是否核定？', '是否於期限內辦理完畢？', '單位主管是否核可？', '資料是否齊全？'];
const DOCS = ['編製年度工作報告', '填寫申請表', '擬開會通知單稿'];

function yamlString(text) {
  return JSON.stringify(text);
}

export function generateSop(index, rand, hoursPerDay = 8) {
  void hoursPerDay;
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const count = 12 + Math.floor(rand() * 19);
  const lines = [];
  lines.push('sop: 1', `id: bench-${index}`, `title: ${yamlString(`基準測試作業流程第${index}號`)}`, `unit: ${yamlString(pick(UNITS))}`);
  lines.push(`contact: ${yamlString('企劃處研考科 05-2167168')}`, 'deadline: 20d', 'kpis: [K1]', 'steps:');
  lines.push('  - id: s0', '    kind: start', `    text: ${yamlString('受理案件')}`, `    owner: ${yamlString(pick(UNITS))}`);
  for (let i = 1; i < count - 1; i++) {
    const roll = rand();
    lines.push(`  - id: s${i}`);
    if (roll < 0.2 && i < count - 3) {
      const yes = `s${i + 1}`;
      const back = i > 2 ? `s${Math.max(1, i - 1 - Math.floor(rand() * 3))}` : `s${i + 2}`;
      lines.push('    kind: decision', `    text: ${yamlString(pick(QUESTIONS))}`, `    owner: ${yamlString(pick(UNITS))}`, '    time: 1h');
      lines.push(`    branches: {核可: ${yes}, 退回修正: ${back}}`);
    } else if (roll < 0.3) {
      lines.push('    kind: document', `    text: ${yamlString(`${pick(UNITS)}${pick(DOCS)}`)}`, `    owner: ${yamlString(pick(UNITS))}`, '    time: 2h');
    } else {
      lines.push(`    text: ${yamlString(`${pick(UNITS)}${pick(ACTIONS)}`)}`, `    owner: ${yamlString(pick(UNITS))}`, `    time: ${1 + Math.floor(rand() * 4)}h`);
      if (rand() < 0.1 && i < count - 3) lines.push(`    next: [s${i + 1}, s${i + 2}]`);
    }
  }
  lines.push(`  - id: s${count - 1}`, '    kind: end', `    text: ${yamlString('結案')}`);
  lines.push('legal:', `  - ${yamlString('嘉義市政府文書處理實施要點')}`, 'guidance:', `  - ${yamlString('承辦人應於期限內完成。')}`, 'forms: []');
  return `${lines.join('\n')}\n`;
}

export function generateCorpus(dir, count, seed = 20091) {
  mkdirSync(dir, { recursive: true });
  const rand = prng(seed);
  const files = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `bench-${String(i).padStart(5, '0')}.sop.yaml`);
    writeFileSync(file, generateSop(i, rand));
    files.push(file);
  }
  return files;
}
