// The YAML mistakes a clerk makes (test/fixtures/yaml-mistakes/, one mistake per file unless
// the name says otherwise) and the mistakes in what was written that the file's checks catch
// (test/fixtures/schema-mistakes/): each gets one message, at the line and column of the
// mistake, that says what to type instead, in 繁體中文 and in English; nothing else is reported.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, defaultConfig, parseConfigText } from '../../src/config/load-config.js';
import { lintSources } from '../../src/engine/lint.js';
import { parseYamlText } from '../../src/loader/parse-yaml.js';
import { MAX_SYNTAX_PROBLEMS } from '../../src/loader/syntax-diagnosis.js';
import { ROOT } from '../helpers/run-cli.js';

interface Expected {
  at: string;
  /** `yaml` unless said. */
  ruleId?: string;
  messageId: string;
  zh: string;
  en: string;
}

interface Case {
  expected: Expected[];
  /** The message's advice, followed by hand: [what the fixture has, what the message says to type]. */
  fix: [string, string][];
}

/** Every finding of a text (all rules), as `line:column messageId message`, in one language. */
function findings(text: string, lang: 'zh-TW' | 'en') {
  const run = lintSources([{ file: '/virtual/case.sop.yaml', text }], { cwd: '/virtual', config: defaultConfig('/virtual'), lang });
  return run.results[0]!.findings.map((f) => ({ at: `${f.line}:${f.column}`, ruleId: f.ruleId, messageId: f.messageId, message: f.message }));
}

const fixture = (name: string, folder = 'yaml-mistakes') => readFileSync(path.join(ROOT, 'test/fixtures', folder, `${name}.sop.yaml`), 'utf8');

const CASES: Record<string, Case> = {
  'full-width-colon': {
    expected: [
      { at: '10:10', messageId: 'fullWidthColon', zh: '冒號請用半形『:』，冒號後要空一格：請寫成「owner: 服務中心」', en: 'Use a half-width colon ":" followed by a space: write "owner: 服務中心"' },
    ],
    fix: [['owner：服務中心', 'owner: 服務中心']],
  },
  'colon-without-space': {
    expected: [
      { at: '10:10', messageId: 'colonSpace', zh: '冒號後要空一格（半形空格）：請寫成「owner: 服務中心」', en: 'Put a space after the colon: write "owner: 服務中心"' },
    ],
    fix: [['owner:服務中心', 'owner: 服務中心']],
  },
  'full-width-space-indent': {
    expected: [
      { at: '13:1', messageId: 'indentChars', zh: '縮排請用半形空格，不要用全形空白或 Tab：這一行請以 4 個半形空格開頭', en: 'Indent with half-width spaces, not full-width spaces or tabs: start this line with 4 spaces' },
    ],
    fix: [['\u3000\u3000text', '    text']],
  },
  'full-width-space-after-spaces': {
    expected: [
      { at: '13:5', messageId: 'indentChars', zh: '縮排請用半形空格，不要用全形空白或 Tab：這一行請以 4 個半形空格開頭', en: 'Indent with half-width spaces, not full-width spaces or tabs: start this line with 4 spaces' },
    ],
    fix: [['    \u3000text', '    text']],
  },
  'tab-indent': {
    expected: [
      { at: '13:1', messageId: 'indentChars', zh: '縮排請用半形空格，不要用全形空白或 Tab：這一行請以 4 個半形空格開頭', en: 'Indent with half-width spaces, not full-width spaces or tabs: start this line with 4 spaces' },
    ],
    fix: [['\ttext', '    text']],
  },
  'dedented-item': {
    expected: [
      { at: '12:1', messageId: 'indentMore', zh: '縮排不足：這一行要與第 7 行的「-」對齊，請在行首補 2 個半形空格', en: 'Not indented enough: line this up with "-" on line 7 by adding 2 space(s) at the start' },
    ],
    fix: [['\n- id: handle', '\n  - id: handle']],
  },
  'over-indented': {
    expected: [
      { at: '13:1', messageId: 'indentLess', zh: '縮排過多：這一行要與第 12 行的「id」對齊，請刪掉行首 2 個空格', en: 'Indented too far: line this up with "id" on line 12 by removing 2 space(s) at the start' },
    ],
    fix: [['      text: 權責', '    text: 權責']],
  },
  'under-indented': {
    expected: [
      { at: '13:1', messageId: 'indentMore', zh: '縮排不足：這一行要與第 12 行的「id」對齊，請在行首補 1 個半形空格', en: 'Not indented enough: line this up with "id" on line 12 by adding 1 space(s) at the start' },
    ],
    fix: [['   text: 權責', '    text: 權責']],
  },
  'full-width-dash': {
    expected: [
      { at: '12:3', messageId: 'fullWidthDash', zh: '清單項目請用半形『-』，後面空一格：請寫成「- id: handle」', en: 'Start a list item with a half-width "-" and a space: write "- id: handle"' },
    ],
    fix: [['－ id: handle', '- id: handle']],
  },
  'dash-without-space': {
    expected: [
      { at: '12:3', messageId: 'dashSpace', zh: '清單項目的「-」後面要空一格：請寫成「- id: handle」', en: 'Put a space after the "-" of a list item: write "- id: handle"' },
    ],
    fix: [['-id: handle', '- id: handle']],
  },
  'full-width-bracket': {
    expected: [
      { at: '15:23', messageId: 'fullWidthBracket', zh: '括號請用半形『[ ]』或『{ }』：請寫成「support: [秘書室, 會計室]」', en: 'Use half-width brackets [ ] or { }: write "support: [秘書室, 會計室]"' },
    ],
    fix: [['[秘書室, 會計室］', '[秘書室, 會計室]']],
  },
  'unclosed-quote': {
    expected: [
      { at: '13:11', messageId: 'unclosedQuote', zh: '引號沒有成對：這段文字以 " 開頭，結尾也要加上半形的 "', en: 'Unclosed quote: the text starts with "; end it with a half-width " too' },
    ],
    fix: [['"權責單位處理”', '"權責單位處理"']],
  },
  'text-with-colon': {
    expected: [
      {
        at: '13:11',
        messageId: 'quoteColon',
        zh: '文字裡的「: 」（冒號加空格）會被當成另一個欄位：請把整段文字加上引號，寫成「text: "權責單位處理，注意: 三日內回覆"」，或改用全形冒號「：」',
        en: 'A ": " (colon and space) inside text starts another key: put the text in quotes, as in text: "權責單位處理，注意: 三日內回覆", or use the full-width colon "："',
      },
    ],
    fix: [['text: 權責單位處理，注意: 三日內回覆', 'text: "權責單位處理，注意: 三日內回覆"']],
  },
  'text-starting-with-bracket': {
    expected: [
      { at: '13:11', messageId: 'quoteSymbol', zh: '以「[」開頭的文字會被 YAML 當成符號：請把整段文字加上引號，寫成「text: "[急件] 權責單位處理"」', en: 'Text that starts with "[" is read as YAML syntax: put it in quotes, as in text: "[急件] 權責單位處理"' },
    ],
    fix: [['text: [急件] 權責單位處理', 'text: "[急件] 權責單位處理"']],
  },
  'full-width-hash': {
    expected: [
      { at: '16:3', messageId: 'fullWidthHash', zh: '註解請用半形「#」：請寫成「# 結案前請再確認」', en: 'Start a comment with a half-width "#": write "# 結案前請再確認"' },
    ],
    fix: [['＃ 結案前', '# 結案前']],
  },
  'flow-mapping-colon': {
    expected: [
      { at: '16:27', messageId: 'fullWidthColon', zh: '冒號請用半形『:』，冒號後要空一格：請寫成「text: 結案」', en: 'Use a half-width colon ":" followed by a space: write "text: 結案"' },
    ],
    fix: [['text：結案', 'text: 結案']],
  },
  'key-full-width-space': {
    expected: [
      { at: '14:5', messageId: 'keySpace', zh: '欄位名稱「owner」後面有全形空白：請刪掉，冒號要緊接在欄位名稱後面', en: 'The key "owner" ends with a full-width space: remove it, so that the colon follows the key directly' },
    ],
    fix: [['owner\u3000:', 'owner:']],
  },
  'backslash-in-quotes': {
    expected: [
      { at: '21:30', messageId: 'badEscape', zh: '雙引號內的反斜線「\\」要寫成「\\\\」，或改用單引號', en: 'In double quotes, write a backslash as "\\\\", or use single quotes' },
    ],
    fix: [['"表單\\陳情', '"表單\\\\陳情']],
  },
  'several-mistakes': {
    expected: [
      { at: '10:10', messageId: 'fullWidthColon', zh: '冒號請用半形『:』，冒號後要空一格：請寫成「owner: 服務中心」', en: 'Use a half-width colon ":" followed by a space: write "owner: 服務中心"' },
      { at: '13:1', messageId: 'indentChars', zh: '縮排請用半形空格，不要用全形空白或 Tab：這一行請以 4 個半形空格開頭', en: 'Indent with half-width spaces, not full-width spaces or tabs: start this line with 4 spaces' },
      { at: '19:6', messageId: 'colonSpace', zh: '冒號後要空一格（半形空格）：請寫成「legal: [行政程序法]」', en: 'Put a space after the colon: write "legal: [行政程序法]"' },
    ],
    fix: [['owner：服務中心', 'owner: 服務中心'], ['\u3000\u3000text', '    text'], ['legal:[', 'legal: [']],
  },
};

const SCHEMA_CASES: Record<string, Case> = {
  'time-plain-number': {
    expected: [
      {
        at: '13:11',
        ruleId: 'schema',
        messageId: 'duration',
        zh: '第 1 步（receive）的 time 的「30」不是時間長度：請寫成 30m、2h、1.5d、2w、1-3d 或 3工作天（純數字無法判斷單位）',
        en: 'step 1 (receive): time "30" is not a duration: write 30m, 2h, 1.5d, 2w, 1-3d or 3工作天 (a plain number has no unit)',
      },
    ],
    fix: [['time: 30\n', 'time: 30m\n']],
  },
  'misspelt-kind': {
    expected: [
      { at: '15:11', ruleId: 'schema', messageId: 'enumSuggest', zh: '第 2 步（check）的 kind 的值「desicion」無效，您是指「decision」嗎？', en: 'step 2 (check): kind cannot be "desicion"; did you mean "decision"?' },
    ],
    fix: [['kind: desicion', 'kind: decision']],
  },
  'next-typo': {
    expected: [{ at: '18:11', ruleId: 'unknown-step', messageId: 'unknownHides', zh: '找不到步驟「dnoe」，您是指「done」嗎？照目前的寫法，沒有任何步驟流向「done」', en: 'No step "dnoe"; did you mean "done"? As written, nothing leads to "done"' }],
    fix: [['next: dnoe', 'next: done']],
  },
  'branch-typo': {
    expected: [{ at: '19:19', ruleId: 'unknown-step', messageId: 'unknownHides', zh: '找不到步驟「hadnle」，您是指「handle」嗎？照目前的寫法，沒有任何步驟流向「handle」', en: 'No step "hadnle"; did you mean "handle"? As written, nothing leads to "handle"' }],
    fix: [['是: hadnle', '是: handle']],
  },
};

function describeCases(title: string, folder: string, cases: Record<string, Case>): void {
  describe(title, () => {
    it(`has a case for every fixture in test/fixtures/${folder}/`, () => {
      const names = readdirSync(path.join(ROOT, 'test/fixtures', folder)).map((file) => file.replace(/\.sop\.yaml$/, ''));
      expect(names.sort()).toEqual(Object.keys(cases).sort());
    });

    for (const [name, { expected, fix }] of Object.entries(cases)) {
      it(`${name}: ${expected.map((e) => `${e.at} ${e.messageId}`).join(', ')}, and nothing else`, () => {
        const text = fixture(name, folder);
        for (const lang of ['zh-TW', 'en'] as const) {
          const actual = findings(text, lang);
          expect(actual).toEqual(expected.map((e) => ({ at: e.at, ruleId: e.ruleId ?? 'yaml', messageId: e.messageId, message: lang === 'en' ? e.en : e.zh })));
        }
      });

      it(`${name}: written as the message says, nothing is reported`, () => {
        let text = fixture(name, folder);
        for (const [from, to] of fix) {
          expect(text).toContain(from);
          text = text.replace(from, to);
        }
        expect(findings(text, 'zh-TW').filter((f) => folder !== 'yaml-mistakes' || f.ruleId === 'yaml' || f.ruleId === 'schema')).toEqual([]);
      });
    }
  });
}

describeCases('YAML mistakes a clerk makes', 'yaml-mistakes', CASES);
describeCases('mistakes in what was written, caught by the file\'s checks', 'schema-mistakes', SCHEMA_CASES);

describe('YAML mistakes: more than one, CRLF, what is not explained', () => {

  it('keeps the line endings of a CRLF file out of the message and the position', () => {
    const text = fixture('full-width-colon').replace(/\n/g, '\r\n');
    expect(findings(text, 'zh-TW')).toEqual([
      { at: '10:10', ruleId: 'yaml', messageId: 'fullWidthColon', message: '冒號請用半形『:』，冒號後要空一格：請寫成「owner: 服務中心」' },
    ]);
  });

  it(`reports at most ${MAX_SYNTAX_PROBLEMS} mistakes, then says that more were left out`, () => {
    const keys = Array.from({ length: 25 }, (_, i) => `x-note${i + 1}：備註`);
    const text = `sop: 1\n${keys.join('\n')}\n`;
    const problems = parseYamlText(text).problems;
    expect(problems).toHaveLength(MAX_SYNTAX_PROBLEMS + 1);
    expect(problems.slice(0, MAX_SYNTAX_PROBLEMS).map((p) => [p.range.line, p.messageId])).toEqual(keys.slice(0, MAX_SYNTAX_PROBLEMS).map((_, i) => [i + 2, 'fullWidthColon']));
    expect(problems[MAX_SYNTAX_PROBLEMS]).toMatchObject({ messageId: 'tooManySyntax', data: { max: MAX_SYNTAX_PROBLEMS }, range: { line: MAX_SYNTAX_PROBLEMS + 2 } });
  });

  it('reports a mistake it cannot explain by the parser\'s error code, in the clerk\'s terms, and nothing after it', () => {
    // Line 10: a full-width colon (explained); line 13: a quoted text with more text after it (no
    // repair known); line 19: no space after the colon, not reported, as what follows an unexplained
    // error cannot be told from its follow-ons.
    const text = fixture('full-width-colon').replace('    text: 權責單位處理', '    text: "權責單位" 處理').replace('legal: [', 'legal:[');
    for (const lang of ['zh-TW', 'en'] as const) {
      expect(findings(text, lang).map((f) => [f.at, f.messageId])).toEqual([
        ['10:10', 'fullWidthColon'],
        ['13:18', 'structure'],
      ]);
    }
    expect(findings(text, 'zh-TW')[1]!.message).toBe('這一行的 YAML 結構有誤：請檢查縮排是否與上下行對齊，以及每個「鍵: 值」的冒號是否為半形且後面空一格（UNEXPECTED_TOKEN）');
  });

  it('reads `*text` as a text that needs quotes, not as an alias (or an alias bomb)', () => {
    const base = fixture('full-width-colon').replace('owner：服務中心', 'owner: 服務中心');
    expect(findings(base.replace('    text: 權責單位處理', '    text: *重要'), 'en')).toEqual([
      { at: '13:11', ruleId: 'yaml', messageId: 'quoteSymbol', message: 'Text that starts with "*" is read as YAML syntax: put it in quotes, as in "*重要"' },
    ]);
    expect(findings(base.replace('    text: 權責單位處理', '    text: *重要* 權責單位處理'), 'zh-TW')).toEqual([
      { at: '13:11', ruleId: 'yaml', messageId: 'quoteSymbol', message: '以「*」開頭的文字會被 YAML 當成符號：請把整段文字加上引號，寫成「text: "*重要* 權責單位處理"」' },
    ]);
  });

  it('gives a config file the same messages, one line per mistake', () => {
    const text = 'rules:\n  owner：warn\n  contact: off\n\u3000\u3000kpi-link: off\n';
    expect(() => parseConfigText(text, '/repo/sop.config.yaml', 'zh-TW')).toThrow(ConfigError);
    try {
      parseConfigText(text, '/repo/sop.config.yaml', 'zh-TW');
    } catch (error) {
      expect((error as Error).message.split('\n')).toEqual([
        '/repo/sop.config.yaml:2:8: 冒號請用半形『:』，冒號後要空一格：請寫成「owner: warn」',
        '/repo/sop.config.yaml:4:1: 縮排請用半形空格，不要用全形空白或 Tab：這一行請以 2 個半形空格開頭',
      ]);
    }
  });
});
