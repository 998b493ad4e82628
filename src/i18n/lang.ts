// The languages of messages and rendered labels. 繁體中文 is the default.

export type Lang = 'zh-TW' | 'en';

export const LANGS: readonly Lang[] = ['zh-TW', 'en'];

export const DEFAULT_LANG: Lang = 'zh-TW';

/** A text in every supported language. */
export type Localized = Record<Lang, string>;

export function isLang(value: unknown): value is Lang {
  return value === 'zh-TW' || value === 'en';
}

/** Fills `{name}` placeholders from `data`; an unknown placeholder is left as written. */
export function interpolate(template: string, data: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}

export function localize(text: Localized, lang: Lang, data?: Record<string, unknown>): string {
  return interpolate(text[lang] ?? text['zh-TW'], data);
}
