// `sop report`'s data: from loaded SOPs, the repository's KPI registry and the lint results to
// one plain, serialisable report — the SOP list by unit (like the handbook's opening list),
// the 展開表 (goal → indicator → SOPs, indicators no SOP serves, SOPs that serve none), each
// SOP's shortest and longest start-to-end standard time against its deadline, the lint counts per
// unit and each SOP's findings, stamped with its as-of date and commit. Pure: no files, no clock,
// no language (the command passes the date and commit); the formatters print it.

import { renderErrorMeta } from '../engine/core-rules.js';
import { localize, type Lang } from '../i18n/lang.js';
import type { KpiEntry } from '../config/types.js';
import type { FileResult, Severity } from '../engine/types.js';
import { pathWeights } from '../model/graph.js';
import type { Sop } from '../model/types.js';

/** What the report was made from: when, and at which commit of the repository. */
export interface AsOf {
  /** The day, YYYY-MM-DD (SOURCE_DATE_EPOCH's in UTC, else today's local date). */
  date: string;
  /** The moment, ISO 8601 in UTC. */
  time: string;
  /** The repository's HEAD commit, abbreviated; absent outside a Git repository. */
  commit?: string;
}

/** A finding as the report lists it under its SOP (or its file, when the file did not load). */
export interface ReportFinding {
  line: number;
  column: number;
  severity: Severity;
  ruleId: string;
  message: string;
  stepId?: string;
}

export interface ReportInput {
  /** Every linted file with the working-day length of its config (for formatting times). */
  files: { result: FileResult; hoursPerDay: number }[];
  asOf: AsOf;
  /** The KPI registry (`kpis` of sop.config.yaml). */
  kpis: KpiEntry[];
  /** Known units in the config's order; units of SOPs not listed follow in order of appearance. */
  units?: string[];
  /** The language of a render-error finding for an SOP the report could not compute (default zh-TW). */
  lang?: Lang;
}

export interface SopRef {
  id: string;
  code?: string;
  title: string;
  unit: string;
  /** Path as shown to users (relative to the working directory). */
  file: string;
}

/**
 * within: even the longest path fits the deadline; may-exceed: the shortest fits, the longest
 * does not; exceeds: even the shortest does not; none: no deadline; unknown: no end reachable.
 */
export type DeadlineStatus = 'within' | 'may-exceed' | 'exceeds' | 'none' | 'unknown';

export interface SopRow extends SopRef {
  /** KPIs as the SOP names them. */
  kpis: string[];
  /** The registry ids they resolve to. */
  kpiIds: string[];
  /** Names that are not in the registry. */
  unknownKpis: string[];
  /** Shortest start-to-end sum of the steps' lower time bounds, in minutes. */
  shortestMinutes?: number;
  /** Longest start-to-end sum of the steps' upper time bounds (each loop once), in minutes. */
  longestMinutes?: number;
  /** Steps without a standard time, counted as 0 (start and end steps never: they take no time). */
  untimedSteps: string[];
  /** The deadline as written, e.g. `5d`. */
  deadline?: string;
  /** The deadline's lower and upper bounds in minutes (equal unless written as a range). */
  deadlineMinMinutes?: number;
  deadlineMinutes?: number;
  deadlineStatus: DeadlineStatus;
  hoursPerDay: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Its findings, in file order. */
  findings: ReportFinding[];
}

export interface Indicator extends KpiEntry {
  sops: SopRef[];
}

export interface GoalGroup {
  /** Undefined for indicators listed without a goal. */
  goal?: string;
  indicators: Indicator[];
}

export interface LintCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export interface UnitLint extends LintCounts {
  unit: string;
  sops: number;
}

export interface Report {
  asOf: AsOf;
  /** Units in order, each with its SOPs by code. */
  units: { unit: string; sops: SopRef[] }[];
  kpiTable: {
    goals: GoalGroup[];
    /** Registry indicators no SOP serves. */
    unserved: KpiEntry[];
    /** SOPs that serve no registry indicator. */
    sopsServingNone: SopRef[];
    /** KPI names in SOPs that the registry does not know. */
    unknown: { sop: SopRef; kpi: string }[];
  };
  /** One row per SOP, in the order of `units`. */
  sops: SopRow[];
  lintByUnit: UnitLint[];
  /** Files that could not be loaded (syntax or schema errors), with their counts. */
  unloaded: ({ file: string; findings: ReportFinding[] } & LintCounts)[];
  totals: LintCounts & { sops: number; files: number };
}

function countsOf(result: FileResult): LintCounts {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of result.findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warn') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

function findingsOf(result: FileResult): ReportFinding[] {
  return result.findings.map((f) => ({
    line: f.line,
    column: f.column,
    severity: f.severity,
    ruleId: f.ruleId,
    message: f.message,
    ...(f.stepId !== undefined ? { stepId: f.stepId } : {}),
  }));
}

function refOf(sop: Sop): SopRef {
  return { id: sop.id, ...(sop.code !== undefined ? { code: sop.code } : {}), title: sop.title, unit: sop.unit, file: sop.displayPath };
}

const collator = new Intl.Collator('zh-Hant', { numeric: true });

function byCode(a: SopRef, b: SopRef): number {
  if (a.code !== undefined && b.code !== undefined) return collator.compare(a.code, b.code) || collator.compare(a.id, b.id);
  if (a.code !== undefined) return -1;
  if (b.code !== undefined) return 1;
  return collator.compare(a.id, b.id);
}

function deadlineStatus(shortest: number | undefined, longest: number | undefined, deadline: number | undefined): DeadlineStatus {
  if (deadline === undefined) return 'none';
  if (shortest === undefined || longest === undefined) return 'unknown';
  if (longest <= deadline) return 'within';
  if (shortest > deadline) return 'exceeds';
  return 'may-exceed';
}

/** One SOP's row: its KPIs resolved against the registry, its path lengths and deadline, its findings. */
function sopRow(sop: Sop, hoursPerDay: number, counts: ReturnType<typeof countsOf> & { findings: ReportFinding[] }, resolve: (kpi: string) => KpiEntry | undefined): SopRow {
  // Shortest path over the lower bounds of ranges, longest over the upper bounds.
  const weights = pathWeights(sop, (s) => ({ min: s.time?.minMinutes ?? 0, max: s.time?.maxMinutes ?? 0 }));
  const kpis = sop.kpis.map((k) => k.trim()).filter((k) => k.length > 0);
  const resolved = kpis.map((k) => ({ kpi: k, entry: resolve(k) }));
  const shortestMinutes = weights?.min;
  const longestMinutes = weights?.max;
  const deadlineMinutes = sop.deadline?.maxMinutes;
  return {
    ...refOf(sop),
    kpis,
    kpiIds: [...new Set(resolved.flatMap((r) => (r.entry ? [r.entry.id] : [])))],
    unknownKpis: resolved.filter((r) => !r.entry).map((r) => r.kpi),
    ...(shortestMinutes !== undefined ? { shortestMinutes } : {}),
    ...(longestMinutes !== undefined ? { longestMinutes } : {}),
    untimedSteps: sop.steps.filter((s) => s.kind !== 'start' && s.kind !== 'end' && !s.time).map((s) => s.id),
    ...(sop.deadline ? { deadline: sop.deadline.text, deadlineMinMinutes: sop.deadline.minMinutes, deadlineMinutes } : {}),
    deadlineStatus: deadlineStatus(shortestMinutes, longestMinutes, deadlineMinutes),
    hoursPerDay,
    ...counts,
  };
}

/** The registry's indicators grouped by goal (registry order), each with the SOPs that serve it. */
function goalGroups(registry: readonly KpiEntry[], rows: readonly SopRow[], ref: (row: SopRow) => SopRef): GoalGroup[] {
  const goals: GoalGroup[] = [];
  for (const entry of registry) {
    let group = goals.find((g) => g.goal === entry.goal);
    if (!group) {
      group = entry.goal !== undefined ? { goal: entry.goal, indicators: [] } : { indicators: [] };
      goals.push(group);
    }
    group.indicators.push({ ...entry, sops: rows.filter((r) => r.kpiIds.includes(entry.id)).map(ref) });
  }
  return goals;
}

export function buildReport(input: ReportInput): Report {
  const registry = input.kpis;
  const byId = new Map(registry.map((k) => [k.id.trim().toLowerCase(), k]));
  const byName = new Map(registry.map((k) => [k.name.trim(), k]));
  const resolve = (kpi: string): KpiEntry | undefined => byId.get(kpi.trim().toLowerCase()) ?? byName.get(kpi.trim());

  const rows: SopRow[] = [];
  const unloaded: Report['unloaded'] = [];
  const totals = { errors: 0, warnings: 0, infos: 0, sops: 0, files: input.files.length };
  for (const { result, hoursPerDay } of input.files) {
    const counts = countsOf(result);
    totals.errors += counts.errors;
    totals.warnings += counts.warnings;
    totals.infos += counts.infos;
    const sop = result.sop;
    const findings = findingsOf(result);
    if (!sop) {
      unloaded.push({ file: result.displayPath, ...counts, findings });
      continue;
    }
    let row: SopRow;
    try {
      row = sopRow(sop, hoursPerDay, { ...counts, findings }, resolve);
    } catch (error) {
      // One SOP the report cannot compute is listed with why, as a file that did not load; the rest go on.
      const detail = error instanceof Error ? error.message : String(error);
      const message = localize(renderErrorMeta.messages.reportFailed!, input.lang ?? 'zh-TW', { detail });
      totals.errors++;
      unloaded.push({ file: result.displayPath, ...counts, errors: counts.errors + 1, findings: [...findings, { line: 1, column: 1, severity: 'error', ruleId: renderErrorMeta.id, message }] });
      continue;
    }
    totals.sops++;
    rows.push(row);
  }

  // Units: the config's order first, then others as they appear; SOPs by code within a unit.
  const unitOrder = [...(input.units ?? [])];
  for (const row of rows) if (!unitOrder.includes(row.unit)) unitOrder.push(row.unit);
  const units = unitOrder
    .map((unit) => ({ unit, rows: rows.filter((r) => r.unit === unit).sort(byCode) }))
    .filter((u) => u.rows.length > 0);
  const sortedRows = units.flatMap((u) => u.rows);
  const ref = (row: SopRow): SopRef => ({ id: row.id, ...(row.code !== undefined ? { code: row.code } : {}), title: row.title, unit: row.unit, file: row.file });

  return {
    asOf: input.asOf,
    units: units.map((u) => ({ unit: u.unit, sops: u.rows.map(ref) })),
    kpiTable: {
      goals: goalGroups(registry, sortedRows, ref),
      unserved: registry.filter((k) => !sortedRows.some((r) => r.kpiIds.includes(k.id))),
      sopsServingNone: sortedRows.filter((r) => r.kpiIds.length === 0).map(ref),
      unknown: sortedRows.flatMap((r) => r.unknownKpis.map((kpi) => ({ sop: ref(r), kpi }))),
    },
    sops: sortedRows,
    lintByUnit: units.map((u) => ({
      unit: u.unit,
      sops: u.rows.length,
      errors: u.rows.reduce((n, r) => n + r.errors, 0),
      warnings: u.rows.reduce((n, r) => n + r.warnings, 0),
      infos: u.rows.reduce((n, r) => n + r.infos, 0),
    })),
    unloaded,
    totals,
  };
}
