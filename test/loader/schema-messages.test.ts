// The schema rule's messages: places named as a clerk counts them (steps from 1, by id), one
// finding per mistake (no follow-ons of a misspelt key or kind), hints for durations, full-width
// brackets and colons, in both languages.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load-config.js';
import { lintSources } from '../../src/engine/lint.js';
import { placeOf } from '../../src/loader/schema-messages.js';
import { schemaMeta } from '../../src/engine/core-rules.js';
import { sopWith } from '../helpers/rule-tester.js';
import { ROOT } from '../helpers/run-cli.js';

/** The yaml and schema findings of a text, as `line:column messageId message`. */
function loadFindings(text: string, lang: 'zh-TW' | 'en' = 'zh-TW'): string[] {
  const run = lintSources([{ file: '/virtual/case.sop.yaml', text }], { cwd: '/virtual', config: defaultConfig('/virtual'), lang });
  return run.results[0]!.findings.filter((f) => f.ruleId === 'yaml' || f.ruleId === 'schema').map((f) => `${f.line}:${f.column} ${f.messageId} ${f.message}`);
}

const STEPS = `
  - id: receive
    kind: start
    text: 受理陳情
    time: 30
  - id: handle
    text: 處理
    next: [done, 'bad id!']
  - id: done
    kind: end
    text: 結案`;

describe('schema messages: places', () => {
  it('names a step by its number from 1 and its id, never steps[0]', () => {
    const text = sopWith(STEPS);
    expect(loadFindings(text)).toEqual([
      '9:11 duration 第 1 步（receive）的 time 的「30」不是時間長度：請寫成 30m、2h、1.5d、2w、1-3d 或 3工作天（純數字無法判斷單位）',
      '12:18 stepIdPattern 第 2 步（handle）的 next 第 2 項的代號「bad id!」無效：須以英數字開頭，只含英數字、- 與 _',
    ]);
    expect(loadFindings(text, 'en')).toEqual([
      '9:11 duration step 1 (receive): time "30" is not a duration: write 30m, 2h, 1.5d, 2w, 1-3d or 3工作天 (a plain number has no unit)',
      '12:18 stepIdPattern step 2 (handle): next item 2 "bad id!" is not a valid id: start with a letter or digit; use letters, digits, - and _',
    ]);
  });

  it('names other places by key and item number from 1', () => {
    const data = { steps: [{ text: 'x' }], forms: ['a', { name: 'b' }] };
    expect(placeOf([], data)).toEqual({ whereZh: '檔案', whereEn: 'the file' });
    expect(placeOf(['steps', 0], data)).toEqual({ whereZh: '第 1 步', whereEn: 'step 1' });
    expect(placeOf(['forms', 1, 'name'], data)).toEqual({ whereZh: 'forms 第 2 項的 name ', whereEn: 'forms item 2: name' });
    expect(placeOf(['rules', 'owner', 1, 'kinds', 0], data)).toEqual({ whereZh: 'rules.owner 第 2 項的 kinds 第 1 項', whereEn: 'rules.owner item 2: kinds item 1' });
    expect(placeOf(['notes', '1'], data)).toEqual({ whereZh: 'notes.1 ', whereEn: 'notes.1' });
  });

  it('says where a required key is missing', () => {
    const text = sopWith(`
  - id: receive
    kind: start
  - {id: done, kind: end, text: 結案}`).replace('unit: 企劃處研考科\n', '');
    expect(loadFindings(text)).toEqual(['2:1 missingKey 檔案缺少必要欄位「unit」', '5:5 missingKey 第 1 步（receive）缺少必要欄位「text」']);
    expect(loadFindings(text, 'en')).toEqual(['2:1 missingKey Missing required key "unit" in the file', '5:5 missingKey Missing required key "text" in step 1 (receive)']);
  });
});

describe('schema messages: one finding per mistake', () => {
  it('a misspelt kind gets "did you mean", not also "branches only on a decision"', () => {
    const text = sopWith(`
  - {id: receive, kind: start, text: 受理}
  - id: check
    kind: desicion
    text: 是否受理？
    branches: {是: done, 否: receive}
  - {id: done, kind: end, text: 結案}`);
    expect(loadFindings(text)).toEqual(['8:11 enumSuggest 第 2 步（check）的 kind 的值「desicion」無效，您是指「decision」嗎？']);
    expect(loadFindings(text, 'en')).toEqual(['8:11 enumSuggest step 2 (check): kind cannot be "desicion"; did you mean "decision"?']);
  });

  it('a misspelt kind key, or a misspelt branches key, is one finding', () => {
    const misspeltKindKey = sopWith(`
  - {id: receive, kind: start, text: 受理}
  - {id: check, knid: decision, text: 是否受理？, branches: {是: done, 否: receive}}
  - {id: done, kind: end, text: 結案, next: receive}`);
    expect(loadFindings(misspeltKindKey)).toEqual([
      '7:17 unknownKeySuggest 不認識的欄位「knid」，您是指「kind」嗎？',
      '8:43 nextNotAllowed end 步驟不可有 next：決策只經由 branches 流出，結束步驟不再流出',
    ]);
    const misspeltBranches = sopWith(`
  - {id: receive, kind: start, text: 受理}
  - {id: check, kind: decision, text: 是否受理？, branchs: {是: done, 否: receive}}
  - {id: done, kind: end, text: 結案}`);
    expect(loadFindings(misspeltBranches)).toEqual(['7:46 unknownKeySuggest 不認識的欄位「branchs」，您是指「branches」嗎？']);
  });

  it('a misspelt required key is not also "missing"', () => {
    const text = sopWith(`
  - {id: receive, kind: start, txet: 受理}
  - {id: done, kind: end, text: 結案}`).replace('title:', 'tilte:');
    expect(loadFindings(text, 'en')).toEqual([
      '3:1 unknownKeySuggest Unknown key "tilte"; did you mean "title"?',
      '6:32 unknownKeySuggest Unknown key "txet"; did you mean "text"?',
    ]);
  });

  it('a key in full-width letters gets the half-width key to type', () => {
    const text = sopWith(`
  - {id: receive, kind: start, text: 受理, ｏｗｎｅｒ: 服務中心}
  - {id: done, kind: end, text: 結案}`);
    expect(loadFindings(text)).toEqual(['6:42 unknownKeyFullWidth 欄位名稱「ｏｗｎｅｒ」用了全形字母：請改用半形「owner」']);
  });
});

describe('schema messages: hints from the value', () => {
  it('a list written with full-width brackets', () => {
    const text = sopWith(`
  - id: receive
    kind: start
    text: 受理
    support: ［秘書室, 會計室］
  - {id: done, kind: end, text: 結案}`).replace('legal: []', 'legal: ［行政程序法］');
    expect(loadFindings(text)).toEqual([
      '9:14 listBrackets 第 1 步（receive）的 support 應為清單，但「［秘書室, 會計室］」用了全形括號：請改用半形「[ ]」',
      '11:8 listBrackets legal 應為清單，但「［行政程序法］」用了全形括號：請改用半形「[ ]」',
    ]);
  });

  it('a mapping read as text because of a full-width colon', () => {
    const text = sopWith(`
  - id: receive
    kind: start
    text: 受理
  - id: done
    kind: end
    text: 結案`).replace('legal: []', 'legal: []\nnotes:\n  x-note：事務科');
    expect(loadFindings(text, 'en')).toEqual([
      '14:3 typeColon notes must be a mapping (key: value), but "x-note：事務科" was read as text: use a half-width colon ":" followed by a space',
    ]);
  });

  it('a number out of range names the limit and the value', () => {
    const text = sopWith(`
  - {id: receive, kind: start, text: 受理, notes: [0]}
  - {id: done, kind: end, text: 結案}`).replace('legal: []', 'legal: []\nnotes: {1: 一}');
    expect(loadFindings(text)).toEqual(['6:50 minimum 第 1 步（receive）的 notes 第 1 項應至少為 1（現在是 0）']);
  });
});

describe('schema messages in the editor (the schema file itself)', () => {
  const schemaText = readFileSync(path.join(ROOT, 'schemas/sop.schema.json'), 'utf8');

  it('every pattern has a readable patternErrorMessage beside it, so no editor shows the regular expression', () => {
    const missing: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (!node || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      if (typeof schema.pattern === 'string' && typeof schema.patternErrorMessage !== 'string') missing.push(at);
      for (const [key, value] of Object.entries(schema)) walk(value, `${at}/${key}`);
    };
    walk(JSON.parse(schemaText), '#');
    expect(missing).toEqual([]);
  });

  it('the editor\'s duration hint and the lint message give the same examples, in both languages', () => {
    const duration = (JSON.parse(schemaText) as { definitions: { duration: { patternErrorMessage: string } } }).definitions.duration;
    const [zh, en] = duration.patternErrorMessage.split('\n');
    expect(schemaMeta.messages.duration!['zh-TW']).toContain(/請寫成 .*）/.exec(zh!)![0]);
    expect(schemaMeta.messages.duration!.en).toContain(/write .*\)/.exec(en!)![0]);
  });
});
