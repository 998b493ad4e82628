// What `sop preview` says, in one catalogue (zh-TW and en): the lines it prints, and the words of
// the page it serves (sent to the page as one table in the run's language).

import { SEVERITY_NAMES } from '../format/severity-names.js';
import { localize, type Lang, type Localized } from '../i18n/lang.js';

export const PREVIEW_MESSAGES = {
  listening: {
    'zh-TW': 'SOP 預覽：{url}\n（共 {count} 個 SOP；存檔後自動更新；按 Ctrl-C 結束）',
    en: 'SOP preview: {url}\n({count} SOPs; updates when a file is saved; Ctrl-C to stop)',
  },
  stopped: { 'zh-TW': 'SOP 預覽已結束', en: 'SOP preview stopped' },
  portInUse: { 'zh-TW': '連接埠 {port} 已被占用，請換一個（--port）或省略讓系統挑選', en: 'Port {port} is in use; choose another (--port) or leave it out for a free one' },
  badPort: { 'zh-TW': '--port 需要 0 到 65535 的整數，而不是「{value}」', en: '--port takes a whole number from 0 to 65535, not "{value}"' },
  cannotListen: { 'zh-TW': '無法啟動預覽伺服器：{detail}', en: 'Cannot start the preview server: {detail}' },
} satisfies Record<string, Localized>;

/** The words of the page. */
const PAGE_WORDS = {
  title: { 'zh-TW': 'SOP 預覽', en: 'SOP preview' },
  sops: { 'zh-TW': 'SOP 清單', en: 'SOPs' },
  chart: { 'zh-TW': '流程圖', en: 'Chart' },
  handbook: { 'zh-TW': '手冊頁', en: 'Handbook pages' },
  pdf: { 'zh-TW': '開啟 PDF', en: 'Open PDF' },
  zoomIn: { 'zh-TW': '放大（+）', en: 'Zoom in (+)' },
  zoomOut: { 'zh-TW': '縮小（-）', en: 'Zoom out (-)' },
  fit: { 'zh-TW': '符合寬度（0）', en: 'Fit width (0)' },
  actual: { 'zh-TW': '實際大小（1）', en: 'Actual size (1)' },
  findings: { 'zh-TW': '檢查結果', en: 'Findings' },
  noFindings: { 'zh-TW': '沒有檢查結果', en: 'No findings' },
  wholeFile: { 'zh-TW': '整份文件', en: 'Whole file' },
  step: { 'zh-TW': '步驟', en: 'Step' },
  source: { 'zh-TW': 'YAML 原始檔', en: 'YAML source' },
  pickStep: { 'zh-TW': '點選流程圖上的步驟或一則檢查結果，這裡會顯示它在 YAML 中的位置。', en: 'Click a step in the chart or a finding to see its lines in the YAML.' },
  stale: {
    'zh-TW': '這個檔案目前無法繪製，下方是最後一次可繪製的版本。請修正：',
    en: 'This file cannot be drawn now; below is the last version that could. To fix:',
  },
  neverDrawn: { 'zh-TW': '這個檔案無法繪製。請修正：', en: 'This file cannot be drawn. To fix:' },
  projectError: { 'zh-TW': '無法重新載入，畫面停在上一次的結果：', en: 'Cannot reload; showing the last result:' },
  disconnected: { 'zh-TW': '與 sop preview 的連線中斷（已結束？）', en: 'Lost the connection to sop preview (stopped?)' },
  noSops: { 'zh-TW': '沒有 SOP 檔案', en: 'No SOP files' },
  updated: { 'zh-TW': '已更新', en: 'Updated' },
  ...SEVERITY_NAMES,
  line: { 'zh-TW': '第 {line} 行', en: 'line {line}' },
} satisfies Record<string, Localized>;

export type PageWords = Record<keyof typeof PAGE_WORDS, string>;

/** The page's words in one language. */
export function pageWords(lang: Lang): PageWords {
  return Object.fromEntries(Object.entries(PAGE_WORDS).map(([key, text]) => [key, localize(text, lang)])) as PageWords;
}
