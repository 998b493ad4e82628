// The date a run stamps on what it writes (the PDF's creation date, the handbook cover, the
// report's as-of line): SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
// convention) when it is set, else the time of the run.

/** SOURCE_DATE_EPOCH as a Date, or undefined when it is not set to a whole number of seconds. */
function epochDate(env: NodeJS.ProcessEnv): Date | undefined {
  const raw = env['SOURCE_DATE_EPOCH']?.trim();
  return raw !== undefined && /^\d+$/.test(raw) ? new Date(Number(raw) * 1000) : undefined;
}

/** The run's date: SOURCE_DATE_EPOCH when set, else `now`. */
export function sourceDate(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): Date {
  return epochDate(env) ?? now;
}

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** The run's calendar day: SOURCE_DATE_EPOCH's read as UTC (the same anywhere), else today in local time. */
export function sourceDay(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): CalendarDay {
  const d = epochDate(env);
  if (d) return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** A calendar day as YYYY-MM-DD. */
export function isoDay(day: CalendarDay): string {
  return `${String(day.year).padStart(4, '0')}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}
