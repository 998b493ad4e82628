import { describe, expect, it } from 'vitest';
import type { FormMention } from '../../../src/analysis/forms/types.js';
import { groupUnlisted } from '../../../src/analysis/forms/unlisted-groups.js';

const unlisted = (raw: string, key = raw): FormMention => ({ path: ['text'], entry: false, raw, relation: 'unlisted', forms: [], key });

describe('groupUnlisted', () => {
  it('groups names of one document: equal, one ending the other, or within 30 % edits', () => {
    const mentions = [unlisted('工作報告'), unlisted('年度工作報告'), unlisted('出差旅費報告表'), unlisted('出差旅費報吿表'), unlisted('會議紀錄')];
    expect(groupUnlisted(mentions).map((g) => g.map((m) => m.raw))).toEqual([['工作報告', '年度工作報告'], ['出差旅費報告表', '出差旅費報吿表'], ['會議紀錄']]);
  });

  it('compares the raw words when a mention has no key', () => {
    const noKey: FormMention = { path: ['text'], entry: false, raw: '申請表', relation: 'unlisted', forms: [] };
    expect(groupUnlisted([noKey, unlisted('申請表')])).toHaveLength(1);
  });
});
