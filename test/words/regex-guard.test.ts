// `/…/` words in sop.config.yaml are checked when the config loads (issue 12: `/(a+)+$/` ran
// past 90 s): a pattern that could backtrack for minutes is a config error naming the entry.

import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfigText } from '../../src/config/load-config.js';
import { findWords } from '../../src/analysis/text/word-match.js';
import { unsafeRegex } from '../../src/words/regex-guard.js';

describe('unsafeRegex', () => {
  it('lets linear patterns through', () => {
    for (const source of ['擬.*稿', '單(?!位)', '(?:核|審)定', 'a+b*c?', '(ab)+', '(a|b)', '[(+*]+', '\\(a+\\)+', 'x{2,5}', '(a{2})+']) {
      expect(unsafeRegex(source), source).toBeUndefined();
    }
  });

  it('refuses nested quantifiers, repeated alternations, backreferences and what does not compile', () => {
    expect(unsafeRegex('(a+)+$')).toBe('nested');
    expect(unsafeRegex('(a|aa)*b')).toBe('nested');
    expect(unsafeRegex('((ab)*c)+')).toBe('nested');
    expect(unsafeRegex('(\\w+\\s?){2,}')).toBe('nested');
    expect(unsafeRegex('(a)\\1')).toBe('backreference');
    expect(unsafeRegex('(?<x>a)\\k<x>')).toBe('backreference');
    expect(unsafeRegex('(a')).toBe('invalid');
  });
});

describe('a config with /…/ words', () => {
  const config = (word: string) => `words:\n  wordingVague:\n    - 適時\n    - "${word}"\n`;

  it('is a config error naming the entry, for /(a+)+$/', () => {
    expect(() => parseConfigText(config('/(a+)+$/'), '/repo/sop.config.yaml', 'en')).toThrow(ConfigError);
    expect(() => parseConfigText(config('/(a+)+$/'), '/repo/sop.config.yaml', 'en')).toThrow(/sop\.config\.yaml:4:7: .*\/\(a\+\)\+\$\/ repeats a group/);
  });

  it('loads a safe pattern, which then matches', () => {
    const loaded = parseConfigText(config('/擬.*稿/'), '/repo/sop.config.yaml', 'zh-TW');
    const words = loaded.words.wordingVague!;
    expect(findWords('先擬具草稿再送核', words).map((h) => h.word)).toEqual(['擬具草稿']);
  });
});
