// The report as CSV: ONE table, the per-SOP rows (unit, code, name, id, file, KPIs, shortest
// and longest standard time and the deadline's bounds as numbers of working minutes, the hours of
// a working day, the verdict, untimed steps, lint counts, and the report's as-of date and commit
// on every row), with a header row in the output language. RFC 4180 (fields quoted when needed, "" for a quote, CRLF line
// ends) and UTF-8 with a byte-order mark, so that Excel opens it as a table and shows Chinese.

import type { Lang } from '../i18n/lang.js';
import type { Report } from './build-report.js';
import { SOP_COLUMNS, sopCells, sopHeader } from './sop-rows.js';

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function formatCsv(report: Report, lang: Lang): string {
  const lines = [sopHeader(lang), ...report.sops.map((row) => sopCells(row, lang, SOP_COLUMNS, report.asOf))].map((cells) => cells.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
