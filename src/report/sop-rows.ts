// The per-SOP table (one row per SOP), shared by the CSV and the time section of md and html:
// the columns by label key, so that each format picks the ones it shows by name. The CSV's
// columns hold numbers (working minutes, a day being the config's hoursPerDay) where md and
// html show readable durations (19日1小時30分鐘).

import type { Lang } from '../i18n/lang.js';
import type { AsOf, SopRow } from './build-report.js';
import { deadlineText, label, minutesText, statusText } from './labels.js';

export type SopColumn =
  | 'unit'
  | 'code'
  | 'name'
  | 'id'
  | 'file'
  | 'kpis'
  | 'shortest'
  | 'longest'
  | 'deadline'
  | 'shortestMinutes'
  | 'longestMinutes'
  | 'deadlineMinMinutes'
  | 'deadlineMaxMinutes'
  | 'hoursPerDay'
  | 'verdict'
  | 'untimed'
  | 'errors'
  | 'warnings'
  | 'infos'
  | 'asOfDate'
  | 'commit';

/** The CSV's columns: one figure per column, times as numbers of minutes. */
export const SOP_COLUMNS: readonly SopColumn[] = [
  'unit',
  'code',
  'name',
  'id',
  'file',
  'kpis',
  'shortestMinutes',
  'longestMinutes',
  'deadlineMinMinutes',
  'deadlineMaxMinutes',
  'hoursPerDay',
  'verdict',
  'untimed',
  'errors',
  'warnings',
  'infos',
  'asOfDate',
  'commit',
];

/** The columns of the time section (md, html). */
export const TIME_COLUMNS: readonly SopColumn[] = ['unit', 'code', 'name', 'shortest', 'longest', 'deadline', 'verdict', 'untimed'];

export function sopHeader(lang: Lang, columns: readonly SopColumn[] = SOP_COLUMNS): string[] {
  return columns.map((key) => label(key, lang));
}

/** A number of minutes as a plain number (at most 2 decimals), empty when unknown. */
function minutesNumber(minutes: number | undefined): string {
  return minutes === undefined ? '' : String(Math.round(minutes * 100) / 100);
}

export function sopCells(row: SopRow, lang: Lang, columns: readonly SopColumn[] = SOP_COLUMNS, asOf?: AsOf): string[] {
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
    shortestMinutes: minutesNumber(row.shortestMinutes),
    longestMinutes: minutesNumber(row.longestMinutes),
    deadlineMinMinutes: minutesNumber(row.deadlineMinMinutes),
    deadlineMaxMinutes: minutesNumber(row.deadlineMinutes),
    hoursPerDay: String(row.hoursPerDay),
    verdict: statusText(row.deadlineStatus, lang),
    untimed: row.untimedSteps.join(', '),
    errors: String(row.errors),
    warnings: String(row.warnings),
    infos: String(row.infos),
    asOfDate: asOf?.date ?? '',
    commit: asOf?.commit ?? '',
  };
  return columns.map((key) => cells[key]);
}
