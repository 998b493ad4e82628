// What `sop init` and `sop new` write, as data: the repository config, an example SOP that
// lints clean with that config, the CI configuration (ci-templates.ts), and the skeleton of a new
// SOP. Texts are bilingual (繁體中文 first) because both kinds of readers open these files; with
// --lang en they are in English only (templates-en.ts).

import type { Lang } from '../i18n/lang.js';
import { CI_FILE, ciTemplate, type CiHost } from './ci-templates.js';
import { CONFIG_TEMPLATE_EN, EXAMPLE_SOP_TEMPLATE_EN, NEW_SOP_TEXTS_EN } from './templates-en.js';
import { SCHEMA_DIR, skeleton, type NewSopTexts, type ScaffoldFile } from './template-parts.js';

export { PACKAGE_NAME, SCHEMA_DIR, type ScaffoldFile } from './template-parts.js';

export const CONFIG_TEMPLATE = `# yaml-language-server: $schema=${SCHEMA_DIR}/sop-config.schema.json
# SOP 儲存庫設定檔：放在儲存庫根目錄，sop lint / render / report 都會讀取。
# Repository config of the SOP repository: at its root; read by sop lint, render and report.

# 規則嚴重度：規則代號 → error / warn / info / off，或 [嚴重度, 選項]；未列出的規則用預設值。
# Rule severities: rule id → error / warn / info / off, or [severity, options]; unlisted rules keep their default.
rules: {}
#  standard-time: error
#  kpi-link: off

# 已知的單位名稱：SOP 的 unit 與步驟的 owner（主辦）應為其中之一，相近的寫法會提示「您是指…」。
# Known unit names: an SOP's unit and each step's owner should be one of them; near misses get "did you mean".
units:
  - 企劃處資訊科
  - 申請單位
  - 申請單位主管
  - 資訊科

# KPI 登錄表：策略績效目標（goal）與衡量指標（id、name）；SOP 的 kpis 以代號或名稱引用，sop report 據此產生展開表。
# The KPI registry: strategic goals (goal) and indicators (id, name); SOPs name them under kpis, and sop report builds its table from them.
kpis:
  - id: K1
    name: 資訊服務申請案件如期完成率
    goal: 提升行政效率
  - id: K2
    name: 資訊安全事件發生件數
    goal: 強化資訊安全

# 同義詞組，第一個詞為建議用詞：同一份 SOP 混用時 lint 會提出，sop lint --fix 會改為建議用詞。
# Synonym groups, the first word preferred: lint flags an SOP that mixes them, and sop lint --fix writes the preferred word.
terms:
  - [申請人, 申請者]

# 每個工作天的時數（標準工時的 d 單位），預設 8。
# Working hours per day (the d of standard times); default 8.
hoursPerDay: 8

# 訊息與圖面文字的語言：zh-TW（預設）或 en。
# Language of messages and rendered labels: zh-TW (default) or en.
lang: zh-TW

# 不指定路徑時要檢查的檔案（glob，相對於本檔所在資料夾）。
# The files to check when no path is given (globs, relative to this file's folder).
include: ["sops/**/*.sop.yaml", "sops/**/*.sop.yml"]

# 尋找檔案時排除的 glob，例如草稿。
# Globs left out of discovery, e.g. drafts.
exclude: ["**/drafts/**"]
`;

export const EXAMPLE_SOP_TEMPLATE = `# yaml-language-server: $schema=../${SCHEMA_DIR}/sop.schema.json
# 範例 SOP：可直接修改，或以 npx sop new <編號> 另建新檔。
# An example SOP: edit it, or start another with npx sop new <id>.
sop: 1
id: example                                 # 編號（儲存庫內唯一） / unique id in the repository
title: 資訊系統帳號申請作業流程               # 項目 / the SOP's name
unit: 企劃處資訊科                            # 單位 / the owning unit
code: 資訊-01                                 # 編號 / number in the unit's list
established: 2025-01                          # 訂定日期 / established
contact: 企劃處資訊科 分機 1234               # 承辦單位或人員及聯絡方式 / contact
deadline: 3d                                  # 限辦期限 / deadline of one case
kpis: [K1]                                    # 所支援的指標（sop.config.yaml 的 kpis） / KPIs served
steps:                                        # 一、處理流程 / the flowchart
  - id: apply
    kind: start                               # start, end, process, decision, document, subprocess, data
    text: 申請人提出帳號申請
    owner: 申請單位                            # 主辦 / who does it
    time: 30m                                 # 標準工時 / standard time: 30m, 2h, 1.5d, 1-3d, 3工作天
    forms: [資訊系統帳號申請單]
  - id: approve
    kind: decision
    text: 單位主管是否核可？
    owner: 申請單位主管
    time: 1h
    branches: {核可: setup, 駁回: notify-reject}   # 分支標籤 → 步驟 / branch label → step
  - id: setup
    text: 設定帳號權限
    owner: 資訊科
    time: 1d
    next: notify
  - id: notify-reject
    text: 以電子郵件通知申請人退件理由
    owner: 資訊科
    time: 10m
    next: done
  - id: notify
    text: 以電子郵件通知申請人帳號已開通
    owner: 資訊科
    time: 10m
  - id: done
    kind: end
    text: 結案
legal:                                        # 二、法令依據 / legal basis
  - 資通安全管理法
guidance:                                     # 三、作業注意事項 / guidance
  - 帳號申請單應由單位主管核章。
forms:                                        # 四、使用表格（[] 表示「無」） / forms ([] prints 無)
  - 資訊系統帳號申請單
`;

/** The files `sop init` writes, in the order it prints them; the CI configuration is for `ci`. */
export function initFiles(ci: CiHost = 'github', lang: Lang = 'zh-TW'): ScaffoldFile[] {
  return [
    { path: 'sop.config.yaml', content: lang === 'en' ? CONFIG_TEMPLATE_EN : CONFIG_TEMPLATE },
    { path: 'sops/example.sop.yaml', content: lang === 'en' ? EXAMPLE_SOP_TEMPLATE_EN : EXAMPLE_SOP_TEMPLATE },
    { path: CI_FILE[ci], content: ciTemplate(ci, lang) },
  ];
}

export interface NewSopOptions {
  id: string;
  title?: string;
  unit?: string;
  /** The modeline's schema path, relative to the new file's folder. */
  schemaPath: string;
  /** zh-TW (default): comments in both languages; en: in English. */
  lang?: Lang;
}

/** A YAML plain scalar when safe, else a double-quoted one (titles may hold `: ` or `#`). */
function yamlString(text: string): string {
  const plainSafe = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^\n]*$/u.test(text) && !/: |\s#|:$|\s$/u.test(text) && !/^(true|false|null|~|[-+]?[\d.]+)$/iu.test(text);
  return plainSafe ? text : JSON.stringify(text);
}

const NEW_SOP_TEXTS_ZH: NewSopTexts = {
  title: '（請填寫 SOP 名稱）',
  unit: '（請填寫單位）',
  notes: {
    title: "項目 / the SOP's name",
    unit: '單位 / the owning unit',
    code: "編號 / number in the unit's list",
    established: '訂定日期 / established (YYYY-MM or YYYY-MM-DD)',
    contact: '承辦單位或人員及聯絡方式 / contact',
    deadline: '限辦期限 / deadline of one case',
    kpis: '所支援的指標代號，見 sop.config.yaml 的 kpis / KPI ids served (see kpis in sop.config.yaml)',
    steps: '一、處理流程 / the flowchart',
    owner: '主辦 / who does it',
    time: '標準工時 / standard time',
    legal: '二、法令依據：所依據的法規名稱 / legal basis: the laws and rules followed',
    guidance: '三、作業注意事項 / guidance',
    forms: '四、使用表格（[] 表示「無」） / forms ([] prints 無)',
  },
  examples: { code: '研考-01', contact: '承辦人 分機 1234', owner: '承辦單位' },
  steps: { receive: '受理申請', handle: '承辦人處理案件', done: '結案' },
};

/** The skeleton of a new SOP: valid against the schema, with placeholders for what lint will ask. */
export function newSopTemplate(options: NewSopOptions): string {
  const texts = options.lang === 'en' ? NEW_SOP_TEXTS_EN : NEW_SOP_TEXTS_ZH;
  return skeleton(
    { id: options.id, title: yamlString(options.title ?? texts.title), unit: yamlString(options.unit ?? texts.unit), schemaPath: options.schemaPath },
    texts,
  );
}
