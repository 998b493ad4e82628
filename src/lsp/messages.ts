// What the language server itself says (code action titles, hovers, completion details), in
// 繁體中文 and English. Findings keep their rules' own messages.

import type { Localized } from '../i18n/lang.js';
import type { StepKind } from '../model/types.js';

export const LSP_MESSAGES = {
  fixTitle: { 'zh-TW': '將「{from}」改為「{to}」', en: 'Change "{from}" to "{to}"' },
  fixAllTitle: { 'zh-TW': '自動修正此檔所有可安全修正的問題（{count} 處）', en: 'Fix all safely fixable problems in this file ({count})' },
  suppressTitle: { 'zh-TW': '在此停用 {rule}，並寫下理由', en: 'Suppress {rule} here, with a reason' },
  suppressFileTitle: { 'zh-TW': '在整個檔案停用 {rule}，並寫下理由', en: 'Suppress {rule} in this whole file, with a reason' },
  configBroken: {
    'zh-TW': '設定檔 {file} 有誤，無法檢查此 SOP：{detail}',
    en: 'The config {file} has an error, so this SOP cannot be checked: {detail}',
  },
  step: { 'zh-TW': '步驟', en: 'Step' },
  owner: { 'zh-TW': '主辦', en: 'Owner' },
  time: { 'zh-TW': '時間', en: 'Time' },
  unit: { 'zh-TW': '單位', en: 'Unit' },
  file: { 'zh-TW': '檔案', en: 'File' },
  note: { 'zh-TW': '註{note}', en: 'Note {note}' },
  noteUndefined: { 'zh-TW': '（notes 未定義註{note}）', en: '(note {note} is not defined in notes)' },
  unitFromConfig: { 'zh-TW': '單位（sop.config.yaml）', en: 'Unit (sop.config.yaml)' },
  ownerInFile: { 'zh-TW': '本檔已用的主辦', en: 'Owner used in this file' },
  formListed: { 'zh-TW': '本檔 forms 所列表格', en: 'A form listed in this file\'s forms' },
  noteDefined: { 'zh-TW': '本檔 notes 所定義的註記', en: 'A note defined in this file\'s notes' },
  duration: { 'zh-TW': '時間長度（d 為工作天）', en: 'Duration (d is a working day)' },
} satisfies Record<string, Localized>;

/** The flowchart symbol of each `kind`, for completion. */
export const KIND_LABELS: Record<StepKind, Localized> = {
  start: { 'zh-TW': '起始（橢圓）', en: 'Start (terminal)' },
  end: { 'zh-TW': '結束（橢圓）', en: 'End (terminal)' },
  process: { 'zh-TW': '處理（方形，預設）', en: 'Process (rectangle, the default)' },
  decision: { 'zh-TW': '決策（菱形，以 branches 分支）', en: 'Decision (diamond, with branches)' },
  document: { 'zh-TW': '文件（表單、公文）', en: 'Document (a form or letter)' },
  subprocess: { 'zh-TW': '既定處理程序（另一份 SOP 或外部程序：sop / external）', en: 'Predefined process (another SOP or an outside procedure: sop / external)' },
  data: { 'zh-TW': '資料（資訊系統、資料庫）', en: 'Data (an information system or store)' },
};

/** Durations offered in completion: the format's units, each once. */
export const DURATION_EXAMPLES = ['30m', '1h', '2h', '1d', '1-3d', '2h-1d', '1w', '30分鐘', '2小時', '3工作天'];
