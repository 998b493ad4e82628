import { describe, expect, it } from 'vitest';
import { nounHits } from '../../../src/analysis/forms/nouns.js';
import { lists } from './form-fixtures.js';

describe('nounHits', () => {
  it('finds form nouns and reference nouns, longest first', () => {
    expect(nounHits('填寫申請表後登入系統', lists)).toEqual([
      { word: '表', index: 4, ref: false },
      { word: '系統', index: 8, ref: true },
    ]);
    expect(nounHits('彙整報表', lists).map((h) => h.word)).toEqual(['報表']);
  });

  it('drops a noun inside an ordinary word (formsNotForms), or inside a longer Latin word', () => {
    expect(nounHits('表示同意並代表出席', lists)).toEqual([]);
    expect(nounHits('inform the applicant', lists)).toEqual([]);
  });
});
