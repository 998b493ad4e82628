// The words of `sop report` in both languages, and the cell texts every format shares, so
// that md, html and csv say the same thing in the same words.

import { SEVERITY_NAMES } from '../format/severity-names.js';
import { localize, type Lang, type Localized } from '../i18n/lang.js';
import { formatMinutes } from '../model/duration.js';
import type { DeadlineStatus, Report, SopRef, SopRow } from './build-report.js';

export const REPORT_LABELS = {
  title: { 'zh-TW': 'SOP 報表', en: 'SOP report' },
  summary: {
    'zh-TW': '共 {sops} 份 SOP（{files} 個檔案）：{errors} 個錯誤、{warnings} 個警告、{infos} 個提示',
    en: '{sops} SOP(s) in {files} file(s): {errors} error(s), {warnings} warning(s), {infos} info',
  },
  listHeading: { 'zh-TW': '一、SOP 一覽表', en: '1. SOPs by unit' },
  kpiHeading: { 'zh-TW': '二、展開表（策略績效目標 → 衡量指標 → SOP）', en: '2. Goals, indicators and the SOPs that serve them' },
  timeHeading: { 'zh-TW': '三、標準工時與限辦期限', en: '3. Standard time against the deadline' },
  lintHeading: { 'zh-TW': '四、檢查結果（依單位）', en: '4. Lint results by unit' },
  findingsHeading: { 'zh-TW': '五、各 SOP 檢查結果', en: '5. Findings by SOP' },
  noFindings: { 'zh-TW': '沒有檢查結果的 SOP：{sops}', en: 'SOPs without findings: {sops}' },
  allClean: { 'zh-TW': '所有 SOP 都沒有檢查結果。', en: 'No SOP has findings.' },
  where: { 'zh-TW': '行:欄', en: 'Line:col' },
  severity: { 'zh-TW': '等級', en: 'Severity' },
  rule: { 'zh-TW': '規則', en: 'Rule' },
  message: { 'zh-TW': '說明', en: 'Message' },
  step: { 'zh-TW': '步驟', en: 'Step' },
  ...SEVERITY_NAMES,
  asOf: { 'zh-TW': '資料日期：{date}，版本 {commit}', en: 'As of {date}, commit {commit}' },
  asOfNoCommit: { 'zh-TW': '資料日期：{date}（不在 Git 儲存庫中，無版本）', en: 'As of {date} (not in a Git repository: no commit)' },
  shortestMinutes: { 'zh-TW': '最短工時（分鐘）', en: 'Shortest (minutes)' },
  longestMinutes: { 'zh-TW': '最長工時（分鐘）', en: 'Longest (minutes)' },
  deadlineMinMinutes: { 'zh-TW': '限辦期限下限（分鐘）', en: 'Deadline lower bound (minutes)' },
  deadlineMaxMinutes: { 'zh-TW': '限辦期限上限（分鐘）', en: 'Deadline (minutes)' },
  hoursPerDay: { 'zh-TW': '每日工時（小時）', en: 'Hours per working day' },
  asOfDate: { 'zh-TW': '資料日期', en: 'As of' },
  commit: { 'zh-TW': '版本', en: 'Commit' },
  unit: { 'zh-TW': '科別', en: 'Unit' },
  code: { 'zh-TW': '編號', en: 'Code' },
  name: { 'zh-TW': 'SOP名稱', en: 'SOP name' },
  id: { 'zh-TW': '代號', en: 'Id' },
  file: { 'zh-TW': '檔案', en: 'File' },
  goal: { 'zh-TW': '策略績效目標', en: 'Strategic goal' },
  indicator: { 'zh-TW': '衡量指標', en: 'Indicator' },
  servingSops: { 'zh-TW': '支援的 SOP', en: 'SOPs serving it' },
  kpis: { 'zh-TW': '支援指標', en: 'KPIs' },
  noGoal: { 'zh-TW': '（未列目標）', en: '(no goal)' },
  unserved: { 'zh-TW': '沒有 SOP 支援的指標', en: 'Indicators no SOP serves' },
  servingNone: { 'zh-TW': '未支援任何指標的 SOP', en: 'SOPs that serve no indicator' },
  unknownKpis: { 'zh-TW': '不在 KPI 登錄表中的指標', en: 'KPIs not in the registry' },
  noRegistry: {
    'zh-TW': 'sop.config.yaml 沒有 kpis（KPI 登錄表），無法產生展開表。',
    en: 'sop.config.yaml has no kpis (KPI registry): there is nothing to expand.',
  },
  none: { 'zh-TW': '無', en: 'None' },
  shortest: { 'zh-TW': '最短工時', en: 'Shortest' },
  longest: { 'zh-TW': '最長工時', en: 'Longest' },
  deadline: { 'zh-TW': '限辦期限', en: 'Deadline' },
  verdict: { 'zh-TW': '比較', en: 'Against deadline' },
  untimed: { 'zh-TW': '未填標準工時的步驟（以 0 計）', en: 'Steps without a standard time (counted as 0)' },
  timeNote: {
    'zh-TW': '最短工時＝起點到結束最短路徑上各步驟標準工時下限之和；最長工時＝最長路徑上各步驟上限之和（迴圈只計一次）。未填標準工時的步驟以 0 計。',
    en: 'Shortest = the sum of the steps\' lower time bounds along the shortest start-to-end path; longest = the sum of the upper bounds along the longest path (each loop once). Steps without a standard time count as 0.',
  },
  noPath: { 'zh-TW': '（無法到達結束）', en: '(no end reachable)' },
  sops: { 'zh-TW': 'SOP 數', en: 'SOPs' },
  errors: { 'zh-TW': '錯誤', en: 'Errors' },
  warnings: { 'zh-TW': '警告', en: 'Warnings' },
  infos: { 'zh-TW': '提示', en: 'Info' },
  total: { 'zh-TW': '合計', en: 'Total' },
  unloaded: { 'zh-TW': '無法載入的檔案', en: 'Files that could not be loaded' },
  within: { 'zh-TW': '在期限內', en: 'within' },
  'may-exceed': { 'zh-TW': '可能逾期', en: 'may exceed' },
  exceeds: { 'zh-TW': '逾期', en: 'exceeds' },
  'no-deadline': { 'zh-TW': '未訂期限', en: 'no deadline' },
  unknown: { 'zh-TW': '無法計算', en: 'cannot tell' },
} satisfies Record<string, Localized>;

export type LabelKey = keyof typeof REPORT_LABELS;

export function label(key: LabelKey, lang: Lang, data?: Record<string, unknown>): string {
  return localize(REPORT_LABELS[key], lang, data);
}

export function statusText(status: DeadlineStatus, lang: Lang): string {
  return label(status === 'none' ? 'no-deadline' : status, lang);
}

export function minutesText(row: SopRow, minutes: number | undefined, lang: Lang): string {
  return minutes === undefined ? label('noPath', lang) : formatMinutes(minutes, lang, row.hoursPerDay);
}

/** The deadline in working days/hours of the output language (`5d` → 5日), empty when there is none. */
export function deadlineText(row: SopRow, lang: Lang): string {
  if (row.deadlineMinutes === undefined) return '';
  const upper = formatMinutes(row.deadlineMinutes, lang, row.hoursPerDay);
  if (row.deadlineMinMinutes === undefined || row.deadlineMinMinutes === row.deadlineMinutes) return upper;
  return `${formatMinutes(row.deadlineMinMinutes, lang, row.hoursPerDay)}–${upper}`;
}

export function sopName(ref: SopRef): string {
  return ref.code ? `${ref.code} ${ref.title}` : ref.title;
}

export function summaryText(report: Report, lang: Lang): string {
  return label('summary', lang, { ...report.totals });
}

/** The as-of line: the date, and the commit when there is one. */
export function asOfText(report: Report, lang: Lang): string {
  const { date, commit } = report.asOf;
  return commit ? label('asOf', lang, { date, commit }) : label('asOfNoCommit', lang, { date });
}
