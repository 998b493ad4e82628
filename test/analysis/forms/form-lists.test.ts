import { describe, expect, it } from 'vitest';
import { AnalysisMemo } from '../../../src/analysis/memo.js';
import { buildFormLists, formLists } from '../../../src/analysis/forms/form-lists.js';
import { builtInWords } from '../../../src/words/load-words.js';
import { wordListsWith } from '../../helpers/word-lists.js';

describe('buildFormLists', () => {
  const words = wordListsWith({
    formsNouns: ['表', '單', 'form'],
    formsRefNouns: ['系統'],
    formsCodeNames: ['/\\bform\\s+(?=[a-z0-9-]*\\d)[a-z0-9][a-z0-9-]*/'],
    formsTemplateSuffixes: ['格式', '（空白表格）'],
    formsLookalikes: ['畏>表', 'broken', '>表'],
    formsEquivalents: ['ISMS=資訊安全管理制度'],
    formsFoldSpellings: ['記錄>紀錄', '帳>帳號'],
    formsTrailingVerbs: ['簽訂'],
    formsNounClasses: ['表|單'],
  });
  const lists = buildFormLists(words, [['申請表', '申請單']]);

  it('reads pairs and groups, dropping malformed entries and spellings of another length', () => {
    expect(lists.lookalikes).toEqual([['畏', '表']]);
    expect(lists.spellings).toEqual([['記錄', '紀錄']]);
    expect(lists.equivalents).toEqual([
      ['isms', '資訊安全管理制度'],
      ['申請表', '申請單'],
    ]);
  });

  it('keeps template suffixes as name keys', () => {
    expect(lists.templates).toEqual(['格式', '(空白表格)']);
  });

  it('finds form nouns (group noun), reference nouns (group ref) and form codes (group code) in one pass', () => {
    const heads = lists.heads!;
    heads.lastIndex = 0;
    const groups = (text: string) => [...text.matchAll(heads)].map((m) => [m[0], Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0]]);
    expect(groups('填寫申請表並登入系統')).toEqual([
      ['表', 'noun'],
      ['系統', 'ref'],
    ]);
    expect(groups('Requesters use Form KBA-F1 or the request form')).toEqual([
      ['Form KBA-F1', 'code'],
      ['form', 'noun'],
    ]);
  });

  it('ends a name at a verb of receiving as at any cut word, but keeps it out of the words that leave a kind of paper generic', () => {
    const receiving = buildFormLists(wordListsWith({ formsCutWords: ['填寫'], formsReceivingVerbs: ['領取'] }), []);
    expect(receiving.cuts).toEqual(['填寫', '領取']);
    expect(receiving.receiving).toEqual(['領取']);
    expect(receiving.generic).not.toContain('領取');
  });

  it('has no noun pattern without nouns', () => {
    expect(buildFormLists(wordListsWith(), []).heads).toBeNull();
  });
});

describe('formLists', () => {
  it('is prepared once per config’s word lists', () => {
    const memo = new AnalysisMemo('lists', { words: builtInWords(), terms: [] });
    expect(memo.get(formLists)).toBe(memo.get(formLists));
    expect(memo.get(formLists).nounClasses.get('單')).toEqual(['表', '單', '書']);
  });
});
