// Messages of `sop render --compare` (Git failures use the shared ones of cli/git-usage.ts).

import type { Localized } from '../../i18n/lang.js';

export const COMPARE_MESSAGES = {
  notAFileOrRef: {
    'zh-TW': '--compare 需要 Git 參照或一個 SOP 檔案，{path} 是資料夾',
    en: '--compare takes a Git ref or an SOP file; {path} is a folder',
  },
  fileNeedsOneSop: {
    'zh-TW': '--compare <檔案> 只能與一個 SOP 比較（這次有 {count} 個檔案）；要比較多個 SOP，請給 Git 參照（例如 HEAD、main）',
    en: '--compare <file> compares one SOP (there are {count} files); give a Git ref (e.g. HEAD, main) to compare several',
  },
  noPrevious: {
    'zh-TW': '{file}：{where} 沒有這個檔案，全部步驟標為增加',
    en: '{file}: no such file at {where}; every step is marked as added',
  },
  previousBroken: {
    'zh-TW': '{file}：舊版本 {where} 無法載入，未輸出',
    en: '{file}: not rendered (its old version {where} does not load)',
  },
  notWithHandbook: {
    'zh-TW': '--compare 不適用於 --handbook；請逐一輸出要比較的 SOP（sop render <檔案> -o <資料夾> --compare <參照>）',
    en: '--compare does not apply to --handbook; render the SOPs to compare on their own (sop render <files> -o <dir> --compare <ref>)',
  },
} satisfies Record<string, Localized>;
