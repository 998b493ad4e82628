import { describe, expect, it } from 'vitest';
import { isoDay, sourceDate, sourceDay } from '../../src/pipeline/source-date.js';

describe('the date a run stamps', () => {
  const now = new Date(2024, 6, 9, 15, 30);

  it('is SOURCE_DATE_EPOCH when set to whole seconds, else now', () => {
    expect(sourceDate({ SOURCE_DATE_EPOCH: '1700000000' }, now).toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(sourceDate({}, now)).toBe(now);
    expect(sourceDate({ SOURCE_DATE_EPOCH: 'yesterday' }, now)).toBe(now);
    expect(sourceDate({ SOURCE_DATE_EPOCH: '' }, now)).toBe(now);
  });

  it('has SOURCE_DATE_EPOCH\'s day read as UTC, else today\'s local day', () => {
    expect(sourceDay({ SOURCE_DATE_EPOCH: '1735689600' }, now)).toEqual({ year: 2025, month: 1, day: 1 });
    expect(sourceDay({}, now)).toEqual({ year: 2024, month: 7, day: 9 });
    expect(sourceDay({ SOURCE_DATE_EPOCH: 'soon' }, now)).toEqual({ year: 2024, month: 7, day: 9 });
    expect(isoDay({ year: 2025, month: 1, day: 1 })).toBe('2025-01-01');
  });
});
