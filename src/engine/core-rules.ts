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
    fullWidthColon: { 'zh-TW': '冒號請用半形『:』，冒號後要空一格：請寫成「{fixed}」', en: 'Use a half-width colon ":" followed by a space: write "{fixed}"' },
    colonSpace: { 'zh-TW': '冒號後要空一格（半形空格）：請寫成「{fixed}」', en: 'Put a space after the colon: write "{fixed}"' },
    indentChars: { 'zh-TW': '縮排請用半形空格，不要用全形空白或 Tab：這一行請以 {spaces} 個半形空格開頭', en: 'Indent with half-width spaces, not full-width spaces or tabs: start this line with {spaces} spaces' },
    indentMore: { 'zh-TW': '縮排不足：這一行要與第 {ref} 行的「{word}」對齊，請在行首補 {count} 個半形空格', en: 'Not indented enough: line this up with "{word}" on line {ref} by adding {count} space(s) at the start' },
    indentLess: { 'zh-TW': '縮排過多：這一行要與第 {ref} 行的「{word}」對齊，請刪掉行首 {count} 個空格', en: 'Indented too far: line this up with "{word}" on line {ref} by removing {count} space(s) at the start' },
    fullWidthDash: { 'zh-TW': '清單項目請用半形『-』，後面空一格：請寫成「{fixed}」', en: 'Start a list item with a half-width "-" and a space: write "{fixed}"' },
    dashSpace: { 'zh-TW': '清單項目的「-」後面要空一格：請寫成「{fixed}」', en: 'Put a space after the "-" of a list item: write "{fixed}"' },
    fullWidthHash: { 'zh-TW': '註解請用半形「#」：請寫成「{fixed}」', en: 'Start a comment with a half-width "#": write "{fixed}"' },
    quoteSymbol: { 'zh-TW': '以「{symbol}」開頭的文字會被 YAML 當成符號：請把整段文字加上引號，寫成「{fixed}」', en: 'Text that starts with "{symbol}" is read as YAML syntax: put it in quotes, as in {fixed}' },
    quoteColon: { 'zh-TW': '文字裡的「: 」（冒號加空格）會被當成另一個欄位：請把整段文字加上引號，寫成「{fixed}」，或改用全形冒號「：」', en: 'A ": " (colon and space) inside text starts another key: put the text in quotes, as in {fixed}, or use the full-width colon "："' },
    keySpace: { 'zh-TW': '欄位名稱「{key}」後面有全形空白：請刪掉，冒號要緊接在欄位名稱後面', en: 'The key "{key}" ends with a full-width space: remove it, so that the colon follows the key directly' },
    fullWidthBracket: { 'zh-TW': '括號請用半形『[ ]』或『{ }』：請寫成「{fixed}」', en: 'Use half-width brackets [ ] or { }: write "{fixed}"' },
    unclosedBracket: { 'zh-TW': '「{open}」沒有對應的「{close}」：請在結尾加上半形「{close}」；若是一般文字，請整段加上引號', en: '"{open}" is never closed: end it with a half-width "{close}", or put the text in quotes' },
    unclosedQuote: { 'zh-TW': '引號沒有成對：這段文字以 {quote} 開頭，結尾也要加上半形的 {quote}', en: 'Unclosed quote: the text starts with {quote}; end it with a half-width {quote} too' },
    badEscape: { 'zh-TW': '雙引號內的反斜線「\\」要寫成「\\\\」，或改用單引號', en: 'In double quotes, write a backslash as "\\\\", or use single quotes' },
    structure: { 'zh-TW': '這一行的 YAML 結構有誤：請檢查縮排是否與上下行對齊，以及每個「鍵: 值」的冒號是否為半形且後面空一格（{code}）', en: 'The YAML structure breaks here: check that the line lines up with the lines around it and that each "key: value" has a half-width colon followed by a space ({code})' },
    tooManySyntax: { 'zh-TW': '語法錯誤超過 {max} 個，其餘未列出：請先修正以上錯誤', en: 'More than {max} syntax errors; the rest are not listed: fix the ones above first' },
    syntax: { 'zh-TW': 'YAML 語法錯誤：{detail}', en: 'YAML syntax error: {detail}' },
    duplicateKey: { 'zh-TW': '重複的鍵「{key}」：同一層的鍵不可重複', en: 'Duplicate key "{key}": keys must be unique in a mapping' },
    aliasBomb: { 'zh-TW': 'YAML 別名（alias）展開過多（超過 {max} 次），疑似資源耗盡攻擊，不予處理', en: 'Too many YAML alias expansions (over {max}): this looks like a resource exhaustion attack and is not processed' },
    tooLarge: { 'zh-TW': '檔案過大（{size}），上限為 {limit}：請拆分為多份 SOP', en: 'File too large ({size}); the limit is {limit}: split it into several SOPs' },
    unreadable: { 'zh-TW': '無法讀取檔案：{detail}', en: 'Cannot read the file: {detail}' },
    tooDeep: { 'zh-TW': 'YAML 巢狀層次太深（[ ] 或 { } 一層套一層），無法讀取：SOP 不需要這麼多層', en: 'YAML nested too deep ([ ] or { } inside one another) to be read: an SOP needs nothing like it' },
    multipleDocuments: { 'zh-TW': '一個檔案只能有一份 SOP（發現多個 YAML 文件 ---）', en: 'One file holds one SOP (found several YAML documents separated by ---)' },
    notRegular: {
      'zh-TW': '不是一般檔案（裝置、具名管道或通訊端），不讀取',
      en: 'Not a regular file (a device, FIFO or socket); not read',
    },
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
    unknownKeyFullWidth: { 'zh-TW': '欄位名稱「{key}」用了全形字母：請改用半形「{suggestion}」', en: 'The key "{key}" is in full-width letters: write "{suggestion}"' },
    missingKey: { 'zh-TW': '{whereZh}缺少必要欄位「{key}」', en: 'Missing required key "{key}" in {whereEn}' },
    type: { 'zh-TW': '{whereZh}應為{expectedZh}', en: '{whereEn} must be {expectedEn}' },
    typeColon: { 'zh-TW': '{whereZh}應為{expectedZh}，但「{value}」被讀成一段文字：冒號請用半形『:』，冒號後要空一格', en: '{whereEn} must be {expectedEn}, but "{value}" was read as text: use a half-width colon ":" followed by a space' },
    listBrackets: { 'zh-TW': '{whereZh}應為清單，但「{value}」用了全形括號：請改用半形「[ ]」', en: '{whereEn} must be a list, but "{value}" has full-width brackets: use half-width "[ ]"' },
    enum: { 'zh-TW': '{whereZh}的值「{value}」無效，可用的值：{allowed}', en: '{whereEn} cannot be "{value}"; use one of: {allowed}' },
    enumSuggest: { 'zh-TW': '{whereZh}的值「{value}」無效，您是指「{suggestion}」嗎？', en: '{whereEn} cannot be "{value}"; did you mean "{suggestion}"?' },
    duration: { 'zh-TW': '{whereZh}的「{value}」不是時間長度：請寫成 30m、2h、1.5d、2w、1-3d 或 3工作天（純數字無法判斷單位）', en: '{whereEn} "{value}" is not a duration: write 30m, 2h, 1.5d, 2w, 1-3d or 3工作天 (a plain number has no unit)' },
    durationOrder: { 'zh-TW': '{whereZh}的範圍「{value}」須由短到長，例如 1-3d', en: '{whereEn}: the range "{value}" must go from shorter to longer, e.g. 1-3d' },
    stepIdPattern: { 'zh-TW': '{whereZh}的代號「{value}」無效：須以英數字開頭，只含英數字、- 與 _', en: '{whereEn} "{value}" is not a valid id: start with a letter or digit; use letters, digits, - and _' },
    sopIdPattern: { 'zh-TW': '{whereZh}的 SOP 代號「{value}」無效：只能用小寫英數字與 -', en: '{whereEn} "{value}" is not a valid SOP id: use lower-case letters, digits and -' },
    datePattern: { 'zh-TW': '{whereZh}的日期「{value}」無效：請寫成 YYYY-MM-DD 或 YYYY-MM', en: '{whereEn} "{value}" is not a date: write YYYY-MM-DD or YYYY-MM' },
    notePattern: { 'zh-TW': '{whereZh}的註記編號「{value}」無效：請寫數字', en: '{whereEn} "{value}" is not a note number: write a number' },
    version: { 'zh-TW': '不支援的格式版本「{value}」：目前版本為 sop: 1', en: 'Unsupported format version "{value}": the current version is sop: 1' },
    empty: { 'zh-TW': '{whereZh}不可為空', en: '{whereEn} must not be empty' },
    minimum: { 'zh-TW': '{whereZh}應至少為 {limit}（現在是 {value}）', en: '{whereEn} must be at least {limit} (it is {value})' },
    exclusiveMinimum: { 'zh-TW': '{whereZh}應大於 {limit}（現在是 {value}）', en: '{whereEn} must be more than {limit} (it is {value})' },
    maximum: { 'zh-TW': '{whereZh}最多為 {limit}（現在是 {value}）', en: '{whereEn} must be at most {limit} (it is {value})' },
    maxItems: { 'zh-TW': '{whereZh}最多只能有 {limit} 項', en: '{whereEn} has more than {limit} items' },
    nextNotAllowed: { 'zh-TW': '{kind} 步驟不可有 next：決策只經由 branches 流出，結束步驟不再流出', en: 'A {kind} step cannot have next: a decision flows only through its branches and an end flows nowhere' },
    branchesRequired: { 'zh-TW': '決策步驟必須有 branches（分支標籤 → 步驟代號）', en: 'A decision step needs branches (branch label → step id)' },
    branchesNotAllowed: { 'zh-TW': 'branches 只能用在決策（kind: decision）步驟', en: 'branches are only allowed on a decision step (kind: decision)' },
    subprocessOnly: { 'zh-TW': 'sop 與 external 只能用在既定處理程序（kind: subprocess）步驟', en: 'sop and external are only allowed on a subprocess step (kind: subprocess)' },
    invalid: { 'zh-TW': '{whereZh}不符合格式：{detail}', en: '{whereEn} does not follow the format: {detail}' },
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

export const renderErrorMeta: RuleMeta = {
  id: 'render-error',
  type: 'problem',
  defaultSeverity: 'error',
  docs: {
    description: {
      'zh-TW': '這份 SOP 無法繪製或製成報表（超出繪圖上限，或繪製時發生錯誤）；其他 SOP 照常輸出。',
      en: 'This SOP could not be drawn or reported (beyond the rendering limits, or the step failed); the other SOPs are still written.',
    },
    page: 'docs/rules/render-error.md',
  },
  messages: {
    tooManySteps: { 'zh-TW': '步驟太多（{steps} 個），繪圖上限為 {max} 個：請拆分為數份 SOP，以既定處理程序（subprocess）連結', en: 'Too many steps ({steps}); the rendering limit is {max}: split the SOP into several, linked by subprocess steps' },
    labelTooLong: { 'zh-TW': '步驟「{step}」的文字太長（{length} 字），繪圖上限為 {max} 字：請精簡，細節寫在 note', en: 'The text of step "{step}" is too long ({length} characters); the rendering limit is {max}: shorten it and put details in note' },
    layoutBudget: { 'zh-TW': '流程圖排版超過 {seconds} 秒仍未完成，未輸出：請減少決策或拆分流程', en: 'The chart layout did not finish within {seconds} s; not written: use fewer decisions or split the flow' },
    layoutFailed: { 'zh-TW': '流程圖排版失敗，未輸出：{detail}（請回報）', en: 'The chart layout failed; not written: {detail} (please report it)' },
    svgFailed: { 'zh-TW': 'SVG 輸出失敗，未輸出：{detail}（請回報）', en: 'Writing the SVG failed; not written: {detail} (please report it)' },
    pngFailed: { 'zh-TW': 'PNG 輸出失敗，未輸出：{detail}（請回報）', en: 'Writing the PNG failed; not written: {detail} (please report it)' },
    pdfFailed: { 'zh-TW': 'PDF 輸出失敗，未輸出：{detail}（請回報）', en: 'Writing the PDF failed; not written: {detail} (please report it)' },
    reportFailed: { 'zh-TW': '報表無法計算此 SOP，改列於未能讀取的檔案中：{detail}（請回報）', en: 'The report could not compute this SOP; it is listed with the files that did not load: {detail} (please report it)' },
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

export const CORE_RULE_METAS: readonly RuleMeta[] = [yamlMeta, schemaMeta, ruleErrorMeta, renderErrorMeta, unusedSuppressionMeta];
