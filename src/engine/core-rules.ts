// Findings that come from the engine and the loader rather than from a rule's check: parse
// errors, schema errors, a rule that threw, an unused suppression. They have rule ids and
// message catalogues like any rule so that config, SARIF and the docs treat them alike.

import type { RuleMeta } from './types.js';

export const yamlMeta: RuleMeta = {
  id: 'yaml',
  type: 'problem',
  defaultSeverity: 'error',
  docs: {
    description: { 'zh-TW': '檔案必須是可讀取的 YAML（語法正確、鍵不重複、大小在限制內）。', en: 'The file must be readable YAML (valid syntax, unique keys, within the size limit).' },
    page: 'docs/rules/yaml.md',
  },
  messages: {
    syntax: { 'zh-TW': 'YAML 語法錯誤：{detail}', en: 'YAML syntax error: {detail}' },
    duplicateKey: { 'zh-TW': '重複的鍵「{key}」：同一層的鍵不可重複', en: 'Duplicate key "{key}": keys must be unique in a mapping' },
    aliasBomb: { 'zh-TW': 'YAML 別名（alias）展開過多（超過 {max} 次），疑似資源耗盡攻擊，不予處理', en: 'Too many YAML alias expansions (over {max}): this looks like a resource exhaustion attack and is not processed' },
    tooLarge: { 'zh-TW': '檔案過大（{size}），上限為 {limit}：請拆分為多份 SOP', en: 'File too large ({size}); the limit is {limit}: split it into several SOPs' },
    unreadable: { 'zh-TW': '無法讀取檔案：{detail}', en: 'Cannot read the file: {detail}' },
    multipleDocuments: { 'zh-TW': '一個檔案只能有一份 SOP（發現多個 YAML 文件 ---）', en: 'One file holds one SOP (found several YAML documents separated by ---)' },
    notUtf8: { 'zh-TW': '檔案不是 UTF-8 編碼', en: 'The file is not UTF-8 encoded' },
    empty: { 'zh-TW': '檔案是空的', en: 'The file is empty' },
  },
};

export const schemaMeta: RuleMeta = {
  id: 'schema',
  type: 'problem',
  defaultSeverity: 'error',
  docs: {
    description: { 'zh-TW': '檔案必須符合 SOP 格式（schemas/sop.schema.json）。', en: 'The file must follow the SOP format (schemas/sop.schema.json).' },
    page: 'docs/rules/schema.md',
  },
  messages: {
    unknownKey: { 'zh-TW': '不認識的欄位「{key}」', en: 'Unknown key "{key}"' },
    unknownKeySuggest: { 'zh-TW': '不認識的欄位「{key}」，您是指「{suggestion}」嗎？', en: 'Unknown key "{key}"; did you mean "{suggestion}"?' },
    missingKey: { 'zh-TW': '缺少必要欄位「{key}」', en: 'Missing required key "{key}"' },
    type: { 'zh-TW': '「{path}」的型別應為{expectedZh}', en: '"{path}" must be {expectedEn}' },
    enum: { 'zh-TW': '「{path}」的值「{value}」無效，可用的值：{allowed}', en: '"{path}": "{value}" is not allowed; use one of: {allowed}' },
    enumSuggest: { 'zh-TW': '「{path}」的值「{value}」無效，您是指「{suggestion}」嗎？', en: '"{path}": "{value}" is not allowed; did you mean "{suggestion}"?' },
    duration: { 'zh-TW': '「{path}」不是有效的時間長度「{value}」：請寫成 30m、2h、1.5d、2w、1-3d 或 3工作天（純數字無法判斷單位）', en: '"{path}": "{value}" is not a duration: write 30m, 2h, 1.5d, 2w, 1-3d or 3工作天 (a plain number has no unit)' },
    stepIdPattern: { 'zh-TW': '「{path}」的代號「{value}」無效：須以英數字開頭，只含英數字、- 與 _', en: '"{path}": "{value}" is not a valid id: start with a letter or digit; use letters, digits, - and _' },
    sopIdPattern: { 'zh-TW': '「{path}」的 SOP 代號「{value}」無效：只能用小寫英數字與 -', en: '"{path}": "{value}" is not a valid SOP id: use lower-case letters, digits and -' },
    datePattern: { 'zh-TW': '「{path}」的日期「{value}」無效：請寫成 YYYY-MM-DD 或 YYYY-MM', en: '"{path}": "{value}" is not a date: write YYYY-MM-DD or YYYY-MM' },
    notePattern: { 'zh-TW': '「{path}」的註記編號「{value}」無效：請寫數字', en: '"{path}": "{value}" is not a note number' },
    version: { 'zh-TW': '不支援的格式版本「{value}」：目前版本為 sop: 1', en: 'Unsupported format version "{value}": the current version is sop: 1' },
    empty: { 'zh-TW': '「{path}」不可為空', en: '"{path}" must not be empty' },
    nextNotAllowed: { 'zh-TW': '{kind} 步驟不可有 next：決策只經由 branches 流出，結束步驟不再流出', en: 'A {kind} step cannot have next: a decision flows only through its branches and an end flows nowhere' },
    branchesRequired: { 'zh-TW': '決策步驟必須有 branches（分支標籤 → 步驟代號）', en: 'A decision step needs branches (branch label → step id)' },
    branchesNotAllowed: { 'zh-TW': 'branches 只能用在決策（kind: decision）步驟', en: 'branches are only allowed on a decision step (kind: decision)' },
    subprocessOnly: { 'zh-TW': 'sop 與 external 只能用在既定處理程序（kind: subprocess）步驟', en: 'sop and external are only allowed on a subprocess step (kind: subprocess)' },
    invalid: { 'zh-TW': '「{path}」不符合格式：{detail}', en: '"{path}" does not follow the format: {detail}' },
  },
};

export const ruleErrorMeta: RuleMeta = {
  id: 'rule-error',
  type: 'problem',
  defaultSeverity: 'error',
  docs: {
    description: { 'zh-TW': '規則執行時發生內部錯誤（請回報）；其他規則照常執行。', en: 'A rule failed with an internal error (please report it); the other rules still ran.' },
    page: 'docs/rules/rule-error.md',
  },
  messages: {
    crashed: { 'zh-TW': '規則「{rule}」執行失敗：{detail}', en: 'Rule "{rule}" failed: {detail}' },
  },
};

export const unusedSuppressionMeta: RuleMeta = {
  id: 'unused-suppression',
  type: 'suggestion',
  defaultSeverity: 'warn',
  docs: {
    description: { 'zh-TW': '停用註解（sop-disable）沒有停用任何發現，應刪除。', en: 'A suppression comment (sop-disable) suppresses nothing and should be removed.' },
    page: 'docs/rules/unused-suppression.md',
  },
  messages: {
    unused: { 'zh-TW': '此停用註解沒有作用：「{rule}」在此沒有任何發現', en: 'Unused suppression: "{rule}" reports nothing here' },
    unknownRule: { 'zh-TW': '停用註解中的規則「{rule}」不存在', en: 'Unknown rule "{rule}" in a suppression comment' },
  },
};

export const CORE_RULE_METAS: readonly RuleMeta[] = [yamlMeta, schemaMeta, ruleErrorMeta, unusedSuppressionMeta];
