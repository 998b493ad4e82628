import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DURATION_PATTERN, formatMinutes, parseDuration } from '../../src/model/duration.js';
import { ROOT } from '../helpers/run-cli.js';

describe('durations', () => {
  it.each([
    ['30m', 30, 30],
    ['2h', 120, 120],
    ['1.5d', 720, 720],
    ['2w', 4800, 4800],
    ['1-3d', 480, 1440],
    ['2h-1d', 120, 480],
    ['30分鐘', 30, 30],
    ['2小時', 120, 120],
    ['3日', 1440, 1440],
    ['3天', 1440, 1440],
    ['3工作天', 1440, 1440],
    ['2週', 4800, 4800],
  ])('%s is %i to %i minutes', (text, min, max) => {
    expect(parseDuration(text)).toEqual({ text, minMinutes: min, maxMinutes: max });
  });

  it.each(['30', '', 'soon', '3-1d', 'd', '5 days'])('%j is not a duration', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it('uses the configured hours per day', () => {
    expect(parseDuration('1d', 7.5)?.maxMinutes).toBe(450);
  });

  it('is the same pattern as the schema', () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/sop.schema.json'), 'utf8'));
    expect(schema.definitions.duration.pattern).toBe(DURATION_PATTERN);
  });

  it('formats minutes per language', () => {
    expect(formatMinutes(600, 'en')).toBe('1d 2h');
    expect(formatMinutes(600, 'zh-TW')).toBe('1日2小時');
    expect(formatMinutes(0, 'en')).toBe('0m');
  });
});
