// The word-list names are the set the data files define: list-names.ts is generated from them,
// a data file with another name does not load, and a misspelt name in code does not compile.

import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { listNamesModule } from '../../src/words/list-names-module.js';
import { WORD_LIST_NAMES } from '../../src/words/list-names.js';
import { builtInWords, mergeWordData, readWordData } from '../../src/words/load-words.js';
import { ROOT } from '../helpers/run-cli.js';

describe('word-list names', () => {
  it('src/words/list-names.ts is generated from data/words/ (run `npm run words:names` after adding a list)', () => {
    expect(readFileSync(path.join(ROOT, 'src/words/list-names.ts'), 'utf8')).toBe(listNamesModule());
  });

  it('holds every list of every language, and nothing else', () => {
    const inData = new Set(readWordData().flatMap((f) => f.lists.map(([name]) => name)));
    expect([...WORD_LIST_NAMES].sort()).toEqual([...inData].sort());
    expect(Object.keys(builtInWords()).sort()).toEqual([...WORD_LIST_NAMES].sort());
  });

  it('a data file with a list outside the set does not load', () => {
    const files = readWordData();
    const withTypo = [...files, { file: 'zh-TW/decisions.json', lists: [['decisionVerbs', ['會簽']]] as Array<[string, string[]]> }];
    expect(() => mergeWordData(withTypo)).toThrow('data/words/zh-TW/decisions.json: "decisionVerbs" is not a known word list');
  });

  it('a known list that no data file holds does not load', () => {
    const files = readWordData().map((f) => ({ ...f, lists: f.lists.filter(([name]) => name !== 'wordingVague') }));
    expect(() => mergeWordData(files)).toThrow('wordingVague');
  });

  it('merges the languages: a list holds the words of every language, in file order', () => {
    const files = readWordData();
    const perLanguage = files.filter((f) => f.file.endsWith('/wording.json')).map((f) => f.lists.find(([name]) => name === 'wordingVague')![1]);
    expect(perLanguage.length).toBeGreaterThan(1);
    expect(builtInWords().wordingVague).toEqual(perLanguage.flat());
  });

  it('a misspelt list name in code does not compile', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sop-words-'));
    try {
      const file = path.join(dir, 'use.ts');
      const listNames = path.join(ROOT, 'src/words/list-names.js');
      writeFileSync(file, `import type { WordLists } from ${JSON.stringify(listNames)};\nexport const f = (w: WordLists) => [w.decisionReviewVerbs, w.decisionVerbs];\n`);
      const program = ts.createProgram([file], { strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true, types: [] });
      const messages = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain("Property 'decisionVerbs' does not exist");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
