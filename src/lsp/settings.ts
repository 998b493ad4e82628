// The server's settings: from `initializationOptions` and from `workspace/didChangeConfiguration`
// (`{ sop: {...} }`), with the client's locale. Documented in README.md ("Editors").

import type { Lang } from '../i18n/lang.js';

export interface ServerSettings {
  /** Forced language of messages, like `sop lint --lang` (wins over the config's `lang`). */
  lang?: Lang;
  /** The client's language (initialize's `locale`): used when neither `lang` nor the config's `lang` is set. */
  clientLang: Lang;
  /**
   * Publish the `yaml` (syntax) and `schema` findings. Off when yaml-language-server validates
   * the same files against schemas/sop.schema.json, so that they are not shown twice.
   */
  schemaDiagnostics: boolean;
  /** Quiet time after the last change before the file is checked again. */
  debounceMs: number;
}

export const DEFAULT_DEBOUNCE_MS = 150;

/** zh, zh-TW, zh-Hant… → zh-TW; any other locale → en; none → zh-TW (the CLI's default). */
export function langOfLocale(locale: string | undefined): Lang {
  if (!locale) return 'zh-TW';
  return /^zh\b/i.test(locale) ? 'zh-TW' : 'en';
}

function asLang(value: unknown): Lang | undefined {
  return value === 'zh-TW' || value === 'en' ? value : undefined;
}

/** Settings from initialize's options (or a `sop` settings section) over the current ones. */
export function mergeSettings(current: ServerSettings, options: unknown): ServerSettings {
  if (!options || typeof options !== 'object') return current;
  const given = options as Record<string, unknown>;
  const next = { ...current };
  if ('lang' in given) next.lang = asLang(given.lang);
  if (typeof given.schemaDiagnostics === 'boolean') next.schemaDiagnostics = given.schemaDiagnostics;
  if (typeof given.debounceMs === 'number' && given.debounceMs >= 0) next.debounceMs = given.debounceMs;
  return next;
}

export function initialSettings(locale: string | undefined, options: unknown): ServerSettings {
  return mergeSettings({ clientLang: langOfLocale(locale), schemaDiagnostics: true, debounceMs: DEFAULT_DEBOUNCE_MS }, options);
}
