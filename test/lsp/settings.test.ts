import { describe, expect, it } from 'vitest';
import { initialSettings, langOfLocale, mergeSettings } from '../../src/lsp/settings.js';
import { configProblems } from '../../src/lsp/config-errors.js';
import { ConfigError } from '../../src/config/load-config.js';

describe('server settings', () => {
  it('takes the language of the client\'s locale: Chinese → zh-TW, any other → en, none → zh-TW', () => {
    expect(['zh-TW', 'zh-tw', 'zh', 'zh-Hant-TW', 'zh-CN'].map(langOfLocale)).toEqual(['zh-TW', 'zh-TW', 'zh-TW', 'zh-TW', 'zh-TW']);
    expect(['en', 'en-US', 'ja', 'de-CH'].map(langOfLocale)).toEqual(['en', 'en', 'en', 'en']);
    expect(langOfLocale(undefined)).toBe('zh-TW');
  });

  it('reads the initialization options and later settings, ignoring what it does not know', () => {
    const first = initialSettings('en', { schemaDiagnostics: false, debounceMs: 80, lang: 'fr' });
    expect(first).toEqual({ clientLang: 'en', schemaDiagnostics: false, debounceMs: 80, lang: undefined });
    expect(mergeSettings(first, { lang: 'zh-TW' })).toEqual({ ...first, lang: 'zh-TW' });
    expect(mergeSettings(first, null)).toBe(first);
    expect(initialSettings(undefined, undefined)).toEqual({ clientLang: 'zh-TW', schemaDiagnostics: true, debounceMs: 150 });
  });
});

describe('configProblems', () => {
  it('splits a config error into positioned problems', () => {
    const error = new ConfigError('/repo/sop.config.yaml:3:8: 「units」的型別應為清單\n/repo/sop.config.yaml:5:1: 不認識的欄位「unit」');
    expect(configProblems(error)).toEqual([
      { file: '/repo/sop.config.yaml', line: 3, column: 8, message: '「units」的型別應為清單' },
      { file: '/repo/sop.config.yaml', line: 5, column: 1, message: '不認識的欄位「unit」' },
    ]);
    expect(configProblems(new ConfigError('no position'), '/repo/sop.config.yaml')).toEqual([{ file: '/repo/sop.config.yaml', line: 1, column: 1, message: 'no position' }]);
  });
});
