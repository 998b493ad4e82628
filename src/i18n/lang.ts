// The languages of messages and rendered labels. 繁體中文 is the default.

export type Lang = 'zh-TW' | 'en';

/** A text in every supported language. */
export type Localized = Record<Lang, string>;

/** Fills `{name}` placeholders from `data`; an unknown placeholder is left as written. */
export function interpolate(template: string, data: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}

export function localize(text: Localized, lang: Lang, data?: Record<string, unknown>): string {
  return interpolate(text[lang] ?? text['zh-TW'], data);
}
