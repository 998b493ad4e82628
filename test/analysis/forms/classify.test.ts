import { describe, expect, it } from 'vitest';
import { classify, type Candidate } from '../../../src/analysis/forms/classify.js';
import type { Field, NounHit } from '../../../src/analysis/forms/types.js';
import { contextOf, scanOf } from './form-fixtures.js';

const noun = (word: string, index: number, ref = false): NounHit => ({ word, index, ref });

/** The candidate that ends the label `text` (the whole label), with its noun. */
function candidate(text: string, nounWord: string, strength = 1): Candidate {
  return { words: text, key: text, noun: noun(nounWord, text.length - nounWord.length), strength, start: 0, end: text.length };
}

function classifyLabel(text: string, nounWord: string, listed: string[], options: Partial<Field> = {}, strength = 1) {
  const scan = scanOf(text, options);
  const mention = classify(scan, candidate(text, nounWord, strength), contextOf(...listed));
  return { mention, taken: scan.taken.overlaps(0, text.length) };
}

describe('classify', () => {
  it('reads a shorter name of a listed form (its characters in order)', () => {
    const { mention, taken } = classifyLabel('計畫類列管項目表', '表', ['年度新增計畫類(300萬元以上)列管項目表。', '年度計畫預算及進度執行情形管制表。']);
    expect(mention).toMatchObject({ relation: 'short', forms: [0], key: '計畫類列管項目表', strength: 1 });
    expect(taken).toBe(true);
  });

  it('reads the same head as exactly one listed form as a near miss', () => {
    const { mention } = classifyLabel('作業計畫管制表', '表', ['年度新增計畫類(300萬元以上)列管項目表。', '年度計畫預算及進度執行情形管制表。']);
    expect(mention).toMatchObject({ relation: 'near', forms: [1] });
  });

  it('reads the document of a listed template', () => {
    expect(classifyLabel('申請補助計畫書', '書', ['申請補助計畫書格式']).mention).toMatchObject({ relation: 'template', cost: 0, forms: [0] });
  });

  it('reads a name close to no listed form as unlisted, when it is strong enough and more than the noun', () => {
    expect(classifyLabel('出差旅費報告表', '表', ['申請表']).mention).toMatchObject({ relation: 'unlisted', forms: [], key: '出差旅費報告表', strength: 1 });
    expect(classifyLabel('出差旅費報告表', '表', ['申請表'], {}, 0).mention).toBeUndefined();
    expect(classifyLabel('出差旅費報告表', '表', ['申請表'], { unquotedUnlisted: false }).mention).toBeUndefined();
    expect(classifyLabel('報表', '報表', []).mention).toBeUndefined();
  });

  it('ignores names too short to be a form’s (unless standalone, 契約), and reference nouns close to none', () => {
    expect(classifyLabel('申表', '表', [], {}, 4).mention).toBeUndefined();
    expect(classifyLabel('契約', '契約', [], {}, 4).mention).toMatchObject({ relation: 'unlisted', key: '契約' });
    const system = { ...candidate('線上報名系統', '系統', 4), noun: noun('系統', 4, true) };
    expect(classify(scanOf('線上報名系統'), system, contextOf())).toBeUndefined();
  });

  it('in prose, takes the span of a loose match but reports only a close one', () => {
    const listed = ['年度新增計畫類(300萬元以上)列管項目表'];
    expect(classifyLabel('計畫類列管項目表', '表', listed, { guidance: true })).toEqual({ mention: undefined, taken: true });
    expect(classifyLabel('列管項目表', '表', listed, { guidance: true }).mention).toMatchObject({ relation: 'short', forms: [0] });
  });
});
