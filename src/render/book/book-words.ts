// What the handbook's own pages say (cover, table of contents, control tables, footer), in the
// output language. The SOPs' pages have theirs in compose-handbook.ts.
import type { Lang } from '../../i18n/lang.js';

export interface BookWords {
  defaultTitle: string;
  /** The cover's line under the title: how many SOPs of how many units. */
  coverCount: (sops: number, units: number) => string;
  /** The cover's date line, from the calendar date. */
  coverDate: (year: number, month: number, day: number) => string;
  contents: string;
  /** The cover's bookmark. */
  cover: string;
  tocColumns: { unit: string; code: string; title: string; page: string };
  description: (title: string) => string;
  footer: (page: number, pages: number) => string;
  procedureTable: string;
  assessmentTable: string;
  /** The line under a table's heading that names the SOP. */
  sopLine: (unit: string, code: string | undefined, title: string) => string;
  procedureColumns: { step: string; work: string; responsible: string; next: string; time: string; controls: string };
  assessmentColumns: { control: string; result: string; remarks: string };
  results: [string, string, string];
  owner: (owner: string) => string;
  support: (units: readonly string[]) => string;
  time: (text: string) => string;
  schedule: (text: string) => string;
  forms: (names: readonly string[]) => string;
  branch: (label: string, step: number) => string;
  toStep: (step: number) => string;
  runs: (procedure: string) => string;
  noControls: string;
  continued: (heading: string) => string;
  stepRef: (n: number) => string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const BOOK_WORDS: Record<Lang, BookWords> = {
  'zh-TW': {
    defaultTitle: '標準作業流程手冊',
    coverCount: (sops, units) => `收錄 ${units} 個單位、${sops} 項標準作業流程`,
    coverDate: (year, month, day) => (year >= 1912 ? `中華民國${year - 1911}年${month}月${day}日` : `${year}年${month}月${day}日`),
    contents: '目錄',
    cover: '封面',
    tocColumns: { unit: '科別', code: '編號', title: 'SOP名稱', page: '頁次' },
    description: (title) => `${title}：各單位標準作業流程`,
    footer: (page, pages) => `第 ${page} 頁／共 ${pages} 頁`,
    procedureTable: '作業程序說明表',
    assessmentTable: '自行評估表',
    sopLine: (unit, code, title) => `單位：${unit}　${code ? `編號：${code}　` : ''}項目：${title}`,
    procedureColumns: { step: '步驟', work: '作業內容', responsible: '權責單位', next: '後續步驟', time: '時間／表單', controls: '控制重點' },
    assessmentColumns: { control: '控制重點', result: '評估結果', remarks: '說明' },
    results: ['是', '否', '不適用'],
    owner: (owner) => `主辦：${owner}`,
    support: (units) => `協辦：${units.join('、')}`,
    time: (text) => `標準工時：${text}`,
    schedule: (text) => `時間點：${text}`,
    forms: (names) => `使用表單：${names.join('、')}`,
    branch: (label, step) => `${label}：至步驟${step}`,
    toStep: (step) => `至步驟${step}`,
    runs: (procedure) => `依「${procedure}」辦理`,
    noControls: '本作業流程未列控制重點（步驟的 controls），無自行評估項目。',
    continued: (heading) => `${heading}（續）`,
    stepRef: (n) => `步驟${n}：`,
  },
  en: {
    defaultTitle: 'Standard Operating Procedures',
    coverCount: (sops, units) => `${sops} procedure${sops === 1 ? '' : 's'} of ${units} unit${units === 1 ? '' : 's'}`,
    coverDate: (year, month, day) => `${MONTHS[month - 1]} ${day}, ${year}`,
    contents: 'Contents',
    cover: 'Cover',
    tocColumns: { unit: 'Unit', code: 'Code', title: 'Procedure', page: 'Page' },
    description: (title) => `${title}: the standard operating procedures of every unit`,
    footer: (page, pages) => `Page ${page} of ${pages}`,
    procedureTable: 'Procedure description',
    assessmentTable: 'Self-assessment',
    sopLine: (unit, code, title) => `Unit: ${unit}   ${code ? `Code: ${code}   ` : ''}Title: ${title}`,
    procedureColumns: { step: 'Step', work: 'Work', responsible: 'Responsible', next: 'Next', time: 'Time / forms', controls: 'Control points' },
    assessmentColumns: { control: 'Control point', result: 'Result', remarks: 'Remarks' },
    results: ['Yes', 'No', 'N/A'],
    owner: (owner) => `Owner: ${owner}`,
    support: (units) => `Support: ${units.join(', ')}`,
    time: (text) => `Standard time: ${text}`,
    schedule: (text) => `When: ${text}`,
    forms: (names) => `Forms: ${names.join(', ')}`,
    branch: (label, step) => `${label}: to step ${step}`,
    toStep: (step) => `to step ${step}`,
    runs: (procedure) => `Runs "${procedure}"`,
    noControls: 'This procedure lists no control points (the steps\' controls): there is nothing to self-assess.',
    continued: (heading) => `${heading} (continued)`,
    stepRef: (n) => `Step ${n}: `,
  },
};
