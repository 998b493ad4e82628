// commander's own words in the run's language: its error messages (unknown option, missing
// argument, invalid choice …), the hint after them, and the help's headings and value notes.
// commander has no message catalogue, so its messages are recognised by their documented forms
// (commander 14) and re-worded from ours; a message not recognised is printed as commander wrote it.
//
// The run's language is --lang on the command line, else the working folder's config `lang`,
// else 繁體中文, decided when commander first needs a word (an error or the help). The config's
// code (YAML, schema, the rule contract) is not loaded for that until a word is needed: then the
// parse stops before anything is written (LanguageNeeded), and main.ts loads it and parses again.

import { Help, type Command } from 'commander';
import { localize, type Lang, type Localized } from '../i18n/lang.js';
import type { CommandIO } from './usage.js';

const ERRORS: { pattern: RegExp; names: string[]; message: Localized }[] = [
  { pattern: /^error: unknown option '(.+)'$/, names: ['option'], message: { 'zh-TW': '不認得的選項 {option}', en: 'unknown option {option}' } },
  { pattern: /^error: unknown command '(.+)'$/, names: ['command'], message: { 'zh-TW': '沒有 {command} 這個命令', en: 'unknown command {command}' } },
  {
    pattern: /^error: option '(.+)' argument missing$/,
    names: ['option'],
    message: { 'zh-TW': '選項 {option} 後面要接一個值', en: 'option {option} needs a value' },
  },
  {
    pattern: /^error: missing required argument '(.+)'$/,
    names: ['argument'],
    message: { 'zh-TW': '缺少必要的引數 <{argument}>', en: 'missing the argument <{argument}>' },
  },
  {
    pattern: /^error: required option '(.+)' not specified$/,
    names: ['option'],
    message: { 'zh-TW': '必須指定選項 {option}', en: 'option {option} is required' },
  },
  {
    pattern: /^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/,
    names: ['option', 'value', 'choices'],
    message: { 'zh-TW': '選項 {option} 不接受「{value}」，可用：{choices}', en: 'option {option} does not take "{value}"; use one of: {choices}' },
  },
  {
    pattern: /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    names: ['command', 'expected', 'got'],
    message: { 'zh-TW': '引數太多：需要 {expected} 個，收到 {got} 個', en: 'too many arguments: {expected} expected, {got} given' },
  },
];

const SUGGESTION: Localized = { 'zh-TW': '（您是指 {names} 嗎？）', en: ' (did you mean {names}?)' };
const HELP_HINT: Localized = { 'zh-TW': '（加上 --help 查看用法）', en: '(add --help for usage)' };

const TITLES: Record<string, Localized> = {
  'Usage:': { 'zh-TW': '用法：', en: 'Usage:' },
  'Options:': { 'zh-TW': '選項：', en: 'Options:' },
  'Arguments:': { 'zh-TW': '引數：', en: 'Arguments:' },
  'Commands:': { 'zh-TW': '命令：', en: 'Commands:' },
  'Global Options:': { 'zh-TW': '共用選項：', en: 'Global Options:' },
};

const VALUE_NOTES: Record<string, Localized> = {
  choices: { 'zh-TW': '可選', en: 'choices' },
  default: { 'zh-TW': '預設', en: 'default' },
};

/** commander's error message (one line, `error: …`, maybe a "Did you mean" line) in `lang`, as sop prints its own. */
export function translateCommanderError(text: string, lang: Lang): string {
  const [first = '', ...rest] = text.trimEnd().split('\n');
  let message = first.replace(/^error: /, '');
  for (const { pattern, names, message: template } of ERRORS) {
    const match = pattern.exec(first);
    if (!match) continue;
    message = localize(template, lang, Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? ''])));
    break;
  }
  const suggestion = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(rest.join(' ').trim());
  if (suggestion) message += localize(SUGGESTION, lang, { names: suggestion[1] });
  return `sop: ${message}\n${localize(HELP_HINT, lang)}\n`;
}

/** `--lang <x>` or `--lang=<x>` on the command line, if it names a language. */
function langInArgv(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i]!.startsWith('--lang=') ? argv[i]!.slice('--lang='.length) : undefined;
    if (value === 'zh-TW' || value === 'en') return value;
  }
  return undefined;
}

/**
 * Thrown when commander needs a word (an error or the help) before the config's language is
 * known, always before it writes anything: main.ts then loads the config's code and parses again.
 */
export class LanguageNeeded extends Error {
  constructor() {
    super('the run\'s language needs the config');
  }
}

/** The run's language as commander needs it (`lang()`), and how to make it known (`load()`). */
export interface RunLanguage {
  (): Lang;
  /** Loads what reading the config's `lang` needs; after it, `lang()` no longer throws. */
  load(): Promise<void>;
}

/** The run's language as commander needs it: --lang, else the working folder's config, else zh-TW (decided once). */
export function runLanguage(argv: readonly string[], cwd: string): RunLanguage {
  let lang: Lang | undefined = langInArgv(argv);
  let configs: typeof import('../config/load-config.js') | undefined;
  const current = (): Lang => {
    if (lang) return lang;
    if (!configs) throw new LanguageNeeded();
    try {
      const file = configs.findConfigFile(cwd);
      lang = (file ? configs.loadConfigFile(file, 'zh-TW').lang : undefined) ?? 'zh-TW';
    } catch {
      lang = 'zh-TW'; // a broken config is reported by the command itself
    }
    return lang;
  };
  return Object.assign(current, {
    load: async () => {
      configs = await import('../config/load-config.js');
    },
  });
}

/** commander's "(choices: …, default: …)" after an option's description, in `lang`. */
function localizeValueNotes(description: string, own: string, lang: Lang): string {
  if (lang === 'en' || !description.startsWith(own)) return description;
  const notes = /^ ?\((.*)\)$/.exec(description.slice(own.length));
  if (!notes) return description;
  const inner = notes[1]!.replace(/(^|, )(choices|default): /g, (_m, sep: string, name: string) => `${sep ? '；' : ''}${localize(VALUE_NOTES[name]!, lang)}：`);
  return `${own}（${inner}）`;
}

/** Sets commander's output, error words and help words of `command` (the program or one command) for the run's language. */
export function localizeCommand(command: Command, io: Pick<CommandIO, 'stdout' | 'stderr'>, lang: () => Lang): void {
  command
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(translateCommanderError(text, lang())),
    })
    .configureHelp({
      styleTitle: (title: string) => (TITLES[title] ? localize(TITLES[title], lang()) : title),
      optionDescription(this: Help, option) {
        return localizeValueNotes(Help.prototype.optionDescription.call(this, option), option.description, lang());
      },
    })
    .helpOption('-h, --help', '顯示說明 / display help');
}
