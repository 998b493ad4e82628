// Durations of the format (`30m`, `2h`, `1.5d`, `2w`, ranges `1-3d`, `2h-1d`, Chinese units
// `30分鐘`, `2小時`, `3日`, `3天`, `3工作天`, `2週`). `d` is a working day (hours per day from the
// config, default 8) and `w` is 5 working days. A plain number is not a duration: which unit?

import type { Duration } from './types.js';

const UNIT_ALTERNATIVES = 'm|h|d|w|分鐘|分|小時|工作天|工作日|日|天|週|周';
const NUMBER = '\\d+(?:\\.\\d+)?';

/** The regular expression source used by both the parser and the JSON Schema's `pattern`. */
export const DURATION_PATTERN = `^(?:${NUMBER}\\s*(?:${UNIT_ALTERNATIVES})|${NUMBER}\\s*(?:${UNIT_ALTERNATIVES})?\\s*[-~～]\\s*${NUMBER}\\s*(?:${UNIT_ALTERNATIVES}))$`;

const PART = new RegExp(`^\\s*(${NUMBER})\\s*(${UNIT_ALTERNATIVES})?\\s*$`, 'u');
const WHOLE = new RegExp(DURATION_PATTERN, 'u');

export const DEFAULT_HOURS_PER_DAY = 8;

function unitMinutes(unit: string, hoursPerDay: number): number {
  switch (unit) {
    case 'm':
    case '分':
    case '分鐘':
      return 1;
    case 'h':
    case '小時':
      return 60;
    case 'd':
    case '日':
    case '天':
    case '工作天':
    case '工作日':
      return hoursPerDay * 60;
    case 'w':
    case '週':
    case '周':
      return 5 * hoursPerDay * 60;
    default:
      throw new Error(`unknown duration unit ${unit}`);
  }
}

/** Parses a duration or range; returns undefined when the text is not one (e.g. a plain number). */
export function parseDuration(input: string | number, hoursPerDay = DEFAULT_HOURS_PER_DAY): Duration | undefined {
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  if (!WHOLE.test(text)) return undefined;
  const parts = text.split(/[-~～]/u);
  if (parts.length === 1) {
    const m = PART.exec(parts[0]!);
    if (!m || !m[2]) return undefined;
    const minutes = Number(m[1]) * unitMinutes(m[2], hoursPerDay);
    return { text, minMinutes: minutes, maxMinutes: minutes };
  }
  const low = PART.exec(parts[0]!);
  const high = PART.exec(parts[1]!);
  if (!low || !high || !high[2]) return undefined;
  const lowUnit = low[2] ?? high[2];
  const minMinutes = Number(low[1]) * unitMinutes(lowUnit, hoursPerDay);
  const maxMinutes = Number(high[1]) * unitMinutes(high[2], hoursPerDay);
  if (minMinutes > maxMinutes) return undefined;
  return { text, minMinutes, maxMinutes };
}

/** Formats minutes for people, in working days/hours/minutes, e.g. `1d 2h` / `1日2小時`. */
export function formatMinutes(minutes: number, lang: 'zh-TW' | 'en', hoursPerDay = DEFAULT_HOURS_PER_DAY): string {
  const dayMinutes = hoursPerDay * 60;
  const days = Math.floor(minutes / dayMinutes);
  const hours = Math.floor((minutes - days * dayMinutes) / 60);
  const mins = Math.round(minutes - days * dayMinutes - hours * 60);
  const parts: string[] = [];
  if (lang === 'en') {
    if (days) parts.push(`${days}d`);
    if (hours) parts.push(`${hours}h`);
    if (mins || parts.length === 0) parts.push(`${mins}m`);
    return parts.join(' ');
  }
  if (days) parts.push(`${days}日`);
  if (hours) parts.push(`${hours}小時`);
  if (mins || parts.length === 0) parts.push(`${mins}分鐘`);
  return parts.join('');
}
