// The names of the severities as users read them (stylish, the report's findings, the preview
// page): one catalogue, 繁體中文 and English.

import type { Severity } from '../engine/types.js';
import type { Localized } from '../i18n/lang.js';

export const SEVERITY_NAMES = {
  error: { 'zh-TW': '錯誤', en: 'error' },
  warn: { 'zh-TW': '警告', en: 'warning' },
  info: { 'zh-TW': '提示', en: 'info' },
} as const satisfies Record<Severity, Localized>;
