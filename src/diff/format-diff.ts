// Printing diffs of SOPs: the terminal text (+ added in green, - removed in red, ~ changed in
// yellow; zh-TW or en labels) and the JSON of `sop diff --format json`. The comparison itself is
// sop-diff.ts; this module only prints what it found.

import { Chalk, type ChalkInstance } from 'chalk';
import { localize, type Lang, type Localized } from '../i18n/lang.js';
import { STEP_FIELDS, SOP_FIELDS, sameValue, type DiffValue, type FieldChange, type SopDiff, type SopField, type StepField } from './sop-diff.js';

/** A finding that kept one version of a file from loading (YAML or schema error). */
export interface DiffProblem {
  /** The version's display path, e.g. `sops/a.sop.yaml` or `HEAD:sops/a.sop.yaml`. */
  file: string;
  line: number;
  column: number;
  ruleId: string;
  severity: 'error' | 'warn' | 'info';
  message: string;
}

/** One file of a diff run: a diff, or the problems that kept a version from loading. */
export type FileDiff =
  | (SopDiff & { file: string; previousFile?: string })
  | { file: string; previousFile?: string; status: 'invalid'; problems: DiffProblem[] };

/** The document `sop diff --format json` prints. */
export interface DiffReport {
  /** Version of this structure; bumped only for incompatible changes. */
  version: 1;
  /** `--base`: the ref as given and the commit it named; null when two files were compared. */
  base: { ref: string; commit: string } | null;
  files: FileDiff[];
}

export interface DiffFormatOptions {
  lang: Lang;
  color: boolean;
}

const STEP_FIELD_LABELS: Record<StepField, Localized> = {
  text: { 'zh-TW': '文字', en: 'text' },
  kind: { 'zh-TW': '符號', en: 'kind' },
  owner: { 'zh-TW': '主辦', en: 'owner' },
  support: { 'zh-TW': '協辦', en: 'support' },
  time: { 'zh-TW': '標準工時', en: 'time' },
  schedule: { 'zh-TW': '時間點', en: 'schedule' },
  forms: { 'zh-TW': '表格', en: 'forms' },
  notes: { 'zh-TW': '註', en: 'notes' },
  next: { 'zh-TW': '下一步', en: 'next' },
  branches: { 'zh-TW': '分支', en: 'branches' },
  sop: { 'zh-TW': '子流程 SOP', en: 'sop' },
  external: { 'zh-TW': '外部程序', en: 'external' },
  controls: { 'zh-TW': '控制重點', en: 'controls' },
};

const SOP_FIELD_LABELS: Record<SopField, Localized> = {
  id: { 'zh-TW': '代號', en: 'id' },
  title: { 'zh-TW': '項目', en: 'title' },
  unit: { 'zh-TW': '單位', en: 'unit' },
  code: { 'zh-TW': '編號', en: 'code' },
  established: { 'zh-TW': '訂定日期', en: 'established' },
  contact: { 'zh-TW': '承辦單位或人員及聯絡方式', en: 'contact' },
  deadline: { 'zh-TW': '限辦期限', en: 'deadline' },
  recurrence: { 'zh-TW': '週期', en: 'recurrence' },
  kpis: { 'zh-TW': '衡量指標', en: 'KPIs' },
  revisions: { 'zh-TW': '修訂紀錄', en: 'revisions' },
  legal: { 'zh-TW': '法令依據', en: 'legal basis' },
  guidance: { 'zh-TW': '作業注意事項', en: 'guidance' },
  forms: { 'zh-TW': '使用表格', en: 'forms' },
  notes: { 'zh-TW': '註', en: 'notes' },
};

export const DIFF_LABELS = {
  steps: { 'zh-TW': '步驟', en: 'steps' },
  branches: { 'zh-TW': '分支', en: 'branches' },
  edges: { 'zh-TW': '流程線', en: 'flow lines' },
  fields: { 'zh-TW': '欄位', en: 'fields' },
  none: { 'zh-TW': '（無）', en: '(none)' },
  defaultNext: { 'zh-TW': '（依清單順序）', en: '(next in list)' },
  orderChanged: { 'zh-TW': '（順序變更）', en: '(order changed)' },
  addedFile: { 'zh-TW': '新增的 SOP，{count} 個步驟', en: 'new SOP, {count} steps' },
  removedFile: { 'zh-TW': '刪除的 SOP，原有 {count} 個步驟', en: 'removed SOP, had {count} steps' },
  renamedFrom: { 'zh-TW': '原為 {file}', en: 'was {file}' },
  unchangedFile: { 'zh-TW': '內容沒有差異（不比較註解與格式）', en: 'no differences in content (comments and formatting are not compared)' },
  invalidFile: { 'zh-TW': '無法載入，無法比較（問題如下）', en: 'cannot be loaded, not compared (problems below)' },
  summary: {
    'zh-TW': '共 {files} 個檔案有差異：步驟新增 {added}、刪除 {removed}、修改 {changed}',
    en: '{files} file(s) differ: {added} step(s) added, {removed} removed, {changed} changed',
  },
  summaryInvalid: { 'zh-TW': '{count} 個檔案無法載入', en: '{count} file(s) could not be loaded' },
} satisfies Record<string, Localized>;

/** Display of one value in one line. */
function show(value: DiffValue, lang: Lang, field?: string): string {
  if (value === null) return localize(field === 'next' ? DIFF_LABELS.defaultNext : DIFF_LABELS.none, lang);
  if (Array.isArray(value)) {
    if (value.length === 0) return localize(DIFF_LABELS.none, lang);
    // Branches as the file writes them: {核可: setup, 駁回: notify}
    if (field === 'branches') return `{${value.map((b) => (b !== null && typeof b === 'object' && !Array.isArray(b) ? `${show(b.label!, lang)}: ${show(b.target!, lang)}` : show(b, lang))).join(', ')}}`;
    return value.map((item) => show(item, lang)).join(lang === 'zh-TW' ? '、' : ', ');
  }
  if (typeof value !== 'object') return String(value);
  if ('date' in value && 'summary' in value) return `${show(value.date!, lang)} ${show(value.summary!, lang)}`;
  const main = 'name' in value ? value.name! : 'text' in value ? value.text! : undefined;
  const rest = Object.entries(value).filter(([key]) => key !== 'name' && key !== 'text');
  if (main === undefined) return rest.map(([key, v]) => `${key}: ${show(v, lang)}`).join('; ');
  return rest.length === 0 ? show(main, lang) : `${show(main, lang)} (${rest.map(([key, v]) => `${key}: ${show(v, lang)}`).join('; ')})`;
}

/** Items of `to` not in `from` and of `from` not in `to`, counted as multisets, in their order. */
function itemChanges(from: DiffValue[], to: DiffValue[]): { added: DiffValue[]; removed: DiffValue[] } {
  const unmatched = [...from];
  const added: DiffValue[] = [];
  for (const item of to) {
    const at = unmatched.findIndex((other) => sameValue(other, item));
    if (at >= 0) unmatched.splice(at, 1);
    else added.push(item);
  }
  return { added, removed: unmatched };
}

function asList(value: DiffValue): DiffValue[] | undefined {
  if (Array.isArray(value)) return value;
  if (value === null) return [];
  return undefined;
}

function isNoteMap(value: DiffValue): value is Record<string, DiffValue> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

interface Painter {
  add: ChalkInstance;
  remove: ChalkInstance;
  change: ChalkInstance;
  dim: ChalkInstance;
  bold: ChalkInstance;
}

/** Lines of a top-level field: scalars on one line, lists and the 註 map item by item. */
function fieldLines(label: string, field: SopField, change: FieldChange, lang: Lang, paint: Painter): string[] {
  const from = asList(change.from);
  const to = asList(change.to);
  if (field === 'notes' && (isNoteMap(change.from) || isNoteMap(change.to))) {
    const old = isNoteMap(change.from) ? change.from : {};
    const now = isNoteMap(change.to) ? change.to : {};
    const lines = [`    ${paint.change('~')} ${label}`];
    for (const key of new Set([...Object.keys(old), ...Object.keys(now)])) {
      if (!(key in now)) lines.push(`        ${paint.remove(`- ${key}: ${show(old[key]!, lang)}`)}`);
      else if (!(key in old)) lines.push(`        ${paint.add(`+ ${key}: ${show(now[key]!, lang)}`)}`);
      else if (!sameValue(old[key]!, now[key]!)) lines.push(`        ${paint.change(`~ ${key}: ${show(old[key]!, lang)} → ${show(now[key]!, lang)}`)}`);
    }
    return lines;
  }
  if (from && to && (Array.isArray(change.from) || Array.isArray(change.to))) {
    const { added, removed } = itemChanges(from, to);
    const lines = [`    ${paint.change('~')} ${label}`];
    for (const item of removed) lines.push(`        ${paint.remove(`- ${show(item, lang)}`)}`);
    for (const item of added) lines.push(`        ${paint.add(`+ ${show(item, lang)}`)}`);
    if (added.length === 0 && removed.length === 0) lines.push(`        ${paint.dim(localize(DIFF_LABELS.orderChanged, lang))}`);
    return lines;
  }
  return [`    ${paint.change('~')} ${label}: ${show(change.from, lang, field)} → ${show(change.to, lang, field)}`];
}

function edgeText(edge: { from: string; to: string; label?: string }): string {
  return `${edge.from} → ${edge.to}${edge.label === undefined ? '' : ` (${edge.label})`}`;
}

function fileLines(entry: FileDiff, lang: Lang, paint: Painter): string[] {
  const renamed = entry.previousFile !== undefined && entry.previousFile !== entry.file ? `  ${paint.dim(localize(DIFF_LABELS.renamedFrom, lang, { file: entry.previousFile }))}` : '';
  if (entry.status === 'invalid') return [`${paint.remove('!')} ${paint.bold(entry.file)}  ${localize(DIFF_LABELS.invalidFile, lang)}`];
  const id = entry.id ? paint.dim(`  (${entry.id})`) : '';
  if (entry.status === 'unchanged') return [paint.dim(`= ${entry.file}  ${localize(DIFF_LABELS.unchangedFile, lang)}`) + renamed];
  if (entry.status === 'added') {
    return [`${paint.add('+')} ${paint.bold(entry.file)}${id}  ${paint.add(localize(DIFF_LABELS.addedFile, lang, { count: entry.steps.added.length }))}${renamed}`];
  }
  if (entry.status === 'removed') {
    return [`${paint.remove('-')} ${paint.bold(entry.file)}${id}  ${paint.remove(localize(DIFF_LABELS.removedFile, lang, { count: entry.steps.removed.length }))}`];
  }
  const lines = [`${paint.change('~')} ${paint.bold(entry.file)}${id}${renamed}`];
  const { steps, branches, edges, fields } = entry;
  if (steps.added.length + steps.removed.length + steps.changed.length > 0) {
    lines.push(`  ${localize(DIFF_LABELS.steps, lang)}`);
    for (const step of steps.added) lines.push(`    ${paint.add(`+ ${step.id}`)}  ${step.text}`);
    for (const step of steps.removed) lines.push(`    ${paint.remove(`- ${step.id}`)}  ${step.text}`);
    for (const step of steps.changed) {
      lines.push(`    ${paint.change(`~ ${step.id}`)}`);
      for (const field of STEP_FIELDS) {
        const change = step.fields[field];
        if (!change) continue;
        lines.push(`        ${localize(STEP_FIELD_LABELS[field], lang)}: ${show(change.from, lang, field)} → ${show(change.to, lang, field)}`);
      }
    }
  }
  if (branches.added.length + branches.removed.length + branches.changed.length > 0) {
    lines.push(`  ${localize(DIFF_LABELS.branches, lang)}`);
    for (const b of branches.added) lines.push(`    ${paint.add(`+ ${b.step}: ${b.label} → ${b.target}`)}`);
    for (const b of branches.removed) lines.push(`    ${paint.remove(`- ${b.step}: ${b.label} → ${b.target}`)}`);
    for (const b of branches.changed) lines.push(`    ${paint.change(`~ ${b.step}: ${b.label} → ${b.from} ⇒ ${b.to}`)}`);
  }
  if (edges.added.length + edges.removed.length > 0) {
    lines.push(`  ${localize(DIFF_LABELS.edges, lang)}`);
    for (const edge of edges.added) lines.push(`    ${paint.add(`+ ${edgeText(edge)}`)}`);
    for (const edge of edges.removed) lines.push(`    ${paint.remove(`- ${edgeText(edge)}`)}`);
  }
  if (Object.keys(fields).length > 0) {
    lines.push(`  ${localize(DIFF_LABELS.fields, lang)}`);
    for (const field of SOP_FIELDS) {
      const change = fields[field];
      if (change) lines.push(...fieldLines(localize(SOP_FIELD_LABELS[field], lang), field, change, lang, paint));
    }
  }
  return lines;
}

/** The terminal text of a diff run; '' when no file was compared. */
export function formatDiffText(report: DiffReport, options: DiffFormatOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const paint: Painter = { add: chalk.green, remove: chalk.red, change: chalk.yellow, dim: chalk.dim, bold: chalk.bold };
  const blocks = report.files.map((entry) => fileLines(entry, options.lang, paint).join('\n'));
  if (blocks.length === 0) return '';
  const differing = report.files.filter((f) => f.status === 'added' || f.status === 'removed' || f.status === 'changed') as SopDiff[];
  const invalid = report.files.filter((f) => f.status === 'invalid').length;
  const total = (key: 'added' | 'removed' | 'changed') => differing.reduce((sum, f) => sum + f.steps[key].length, 0);
  const summary: string[] = [];
  if (differing.length > 0) {
    summary.push(localize(DIFF_LABELS.summary, options.lang, { files: differing.length, added: total('added'), removed: total('removed'), changed: total('changed') }));
  }
  if (invalid > 0) summary.push(paint.remove(localize(DIFF_LABELS.summaryInvalid, options.lang, { count: invalid })));
  return `${blocks.join('\n\n')}\n${summary.length > 0 ? `\n${summary.join('\n')}\n` : ''}`;
}

/** The JSON of a diff run (the DiffReport, two-space indented). */
export function formatDiffJson(report: DiffReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
