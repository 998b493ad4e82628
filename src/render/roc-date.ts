// Dates as the handbook prints them. SOP files hold Gregorian `YYYY-MM` or `YYYY-MM-DD`; a
// Taiwanese government handbook prints 民國 (Republic of China) years: 2009-07 → 98年7月. The
// English handbook keeps the Gregorian date (July 2009).
import type { Lang } from '../i18n/lang.js';

export interface ParsedDate {
  year: number;
  month: number;
  day?: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Parses `YYYY-MM` or `YYYY-MM-DD` (month 1–12, day valid for the month); undefined otherwise. */
export function parseIsoDate(text: string): ParsedDate | undefined {
  const m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  return { year, month, day };
}

/** The 民國 year of a Gregorian year: 1912 is 民國1年; earlier years are 民國前N年. */
export function rocYear(year: number): string {
  return year >= 1912 ? `${year - 1911}年` : `民國前${1912 - year}年`;
}

/** 2009-07 → 98年7月, 2009-07-01 → 98年7月1日; text that is no such date comes back as written. */
export function toRocDate(text: string): string {
  const d = parseIsoDate(text);
  if (!d) return text.trim();
  return `${rocYear(d.year)}${d.month}月${d.day !== undefined ? `${d.day}日` : ''}`;
}

/** 2009-07 → July 2009, 2009-07-01 → July 1, 2009; text that is no such date comes back as written. */
export function toEnglishDate(text: string): string {
  const d = parseIsoDate(text);
  if (!d) return text.trim();
  const month = MONTHS[d.month - 1]!;
  return d.day !== undefined ? `${month} ${d.day}, ${d.year}` : `${month} ${d.year}`;
}

/** A date in the handbook's language: 民國 for zh-TW, Gregorian for English. */
export function formatDate(text: string, lang: Lang): string {
  return lang === 'zh-TW' ? toRocDate(text) : toEnglishDate(text);
}

/**
 * The 訂定／修訂日期 cell: `98年7月訂定、99年3月修訂` (zh-TW) or
 * `Established July 2009; revised March 2010` (en). Empty when there is neither date.
 */
export function formatEstablishedRevised(established: string | undefined, revisions: readonly string[], lang: Lang): string {
  const parts: string[] = [];
  if (lang === 'zh-TW') {
    if (established) parts.push(`${toRocDate(established)}訂定`);
    for (const r of revisions) parts.push(`${toRocDate(r)}修訂`);
    return parts.join('、');
  }
  if (established) parts.push(`Established ${toEnglishDate(established)}`);
  if (revisions.length > 0) parts.push(`${established ? 'revised' : 'Revised'} ${revisions.map(toEnglishDate).join(', ')}`);
  return parts.join('; ');
}
