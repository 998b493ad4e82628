// The per-SOP table (one row per SOP), shared by the CSV and the time section of md and html:
// the columns by label key, so that each format picks the ones it shows by name.

import type { Lang } from '../i18n/lang.js';
import type { SopRow } from './build-report.js';
import { deadlineText, label, minutesText, statusText } from './labels.js';

export const SOP_COLUMNS = [
  'unit',
  'code',
  'name',
  'id',
  'file',
  'kpis',
  'shortest',
  'longest',
  'deadline',
  'verdict',
  'untimed',
  'errors',
  'warnings',
  'infos',
] as const;

export type SopColumn = (typeof SOP_COLUMNS)[number];

/** The columns of the time section (md, html). */
export const TIME_COLUMNS: readonly SopColumn[] = ['unit', 'code', 'name', 'shortest', 'longest', 'deadline', 'verdict', 'untimed'];

export function sopHeader(lang: Lang, columns: readonly SopColumn[] = SOP_COLUMNS): string[] {
  return columns.map((key) => label(key, lang));
}

export function sopCells(row: SopRow, lang: Lang, columns: readonly SopColumn[] = SOP_COLUMNS): string[] {
  const cells: Record<SopColumn, string> = {
    unit: row.unit,
    code: row.code ?? '',
    name: row.title,
    id: row.id,
    file: row.file,
    kpis: row.kpis.join(', '),
    shortest: minutesText(row, row.shortestMinutes, lang),
    longest: minutesText(row, row.longestMinutes, lang),
    deadline: deadlineText(row, lang),
    verdict: statusText(row.deadlineStatus, lang),
    untimed: row.untimedSteps.join(', '),
    errors: String(row.errors),
    warnings: String(row.warnings),
    infos: String(row.infos),
  };
  return columns.map((key) => cells[key]);
}
