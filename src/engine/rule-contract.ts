// What a config may say about rules and word lists, checked by the engine as ESLint checks its
// config: a rule id the engine knows, options the rule's optionsSchema accepts (a rule without
// one takes none), a word list that exists, `/…/` words that compile and cannot backtrack for minutes. A config that breaks this is a config error (exit 2)
// naming the key, never a rule-error at 1:1 and never silence. `--rule` on the command line goes
// through the same check and the same messages.

import { localize, type Lang, type Localized } from '../i18n/lang.js';
import type { NodePath } from '../loader/source-map.js';
import { validateAgainstSchema, type SchemaProblem } from '../loader/schema-validator.js';
import { RULES } from '../rules/index.js';
import { closest } from '../analysis/text/similarity.js';
import { WORD_LIST_NAMES } from '../words/list-names.js';
import { unsafeRegex } from '../words/regex-guard.js';
import { CORE_RULE_METAS, schemaMeta } from './core-rules.js';
import type { Rule, RuleMeta } from './types.js';

export const CONTRACT_MESSAGES = {
  unknownRule: { 'zh-TW': '不認識的規則「{rule}」', en: 'Unknown rule "{rule}"' },
  unknownRuleSuggest: { 'zh-TW': '不認識的規則「{rule}」，您是指「{suggestion}」嗎？', en: 'Unknown rule "{rule}"; did you mean "{suggestion}"?' },
  noOptions: { 'zh-TW': '規則「{rule}」沒有選項：請只寫嚴重度（error、warn、info、off）', en: 'Rule "{rule}" takes no options: give only a severity (error, warn, info, off)' },
  badOptions: { 'zh-TW': '規則「{rule}」的選項：{detail}', en: 'Options of rule "{rule}": {detail}' },
  unknownWordList: { 'zh-TW': '不認識的詞表「{list}」：請參考各規則說明頁的詞表名稱', en: 'Unknown word list "{list}": see each rule\'s docs page for its lists' },
  unknownWordListSuggest: { 'zh-TW': '不認識的詞表「{list}」，您是指「{suggestion}」嗎？', en: 'Unknown word list "{list}"; did you mean "{suggestion}"?' },
  invalidRegex: { 'zh-TW': '詞表「{list}」的正規表示式 {word} 無法解析', en: 'Word list "{list}": the regular expression {word} does not compile' },
  nestedRegex: {
    'zh-TW': '詞表「{list}」的正規表示式 {word} 有重複的群組內又有重複或「|」（例如 (a+)+），比對長文字可能花上數分鐘：請改寫',
    en: 'Word list "{list}": the regular expression {word} repeats a group that itself repeats or alternates (like (a+)+), which can take minutes on a long line: rewrite it',
  },
  backreferenceRegex: { 'zh-TW': '詞表「{list}」的正規表示式 {word} 不可使用反向參照（\\1、\\k<名稱>）', en: 'Word list "{list}": the regular expression {word} may not use backreferences (\\1, \\k<name>)' },
} satisfies Record<string, Localized>;

export type ContractMessageId = keyof typeof CONTRACT_MESSAGES;

/** One broken promise of a config: a message, and where in the config it is. */
export interface ContractProblem {
  messageId: ContractMessageId;
  data: Record<string, string>;
  path: NodePath;
  /** Point at the key (an unknown rule id or list name) rather than its value. */
  atKey?: boolean;
  /** For badOptions: what the rule's optionsSchema says is wrong. */
  detail?: SchemaProblem;
}

/** What a config says about one rule: its severity and, maybe, its options. */
export interface RuleSettingLike {
  options?: Record<string, unknown>;
}

/** Every rule meta a config may name: the engine's own and the registry's, plus any given. */
export function knownRuleMetas(extra: readonly Rule[] = []): RuleMeta[] {
  const metas = new Map<string, RuleMeta>();
  for (const meta of [...CORE_RULE_METAS, ...RULES.map((r) => r.meta), ...extra.map((r) => r.meta)]) metas.set(meta.id, meta);
  return [...metas.values()];
}

/** An unknown name (rule id, list name) at a key, with "did you mean" when one is close. */
function unknownName(name: string, known: readonly string[], path: NodePath, plain: ContractMessageId, suggest: ContractMessageId, field: string): ContractProblem {
  const suggestion = closest(name, known);
  return suggestion
    ? { messageId: suggest, data: { [field]: name, suggestion }, path, atKey: true }
    : { messageId: plain, data: { [field]: name }, path, atKey: true };
}

/** The problem with a rule id, if the engine does not know it (with "did you mean"). */
export function unknownRuleProblem(id: string, metas: readonly RuleMeta[], path: NodePath = []): ContractProblem | undefined {
  if (metas.some((m) => m.id === id)) return undefined;
  return unknownName(id, metas.map((m) => m.id), path, 'unknownRule', 'unknownRuleSuggest', 'rule');
}

function optionsProblems(meta: RuleMeta, options: Record<string, unknown> | undefined): ContractProblem[] {
  if (options === undefined) return [];
  const path = ['rules', meta.id, 1];
  if (!meta.optionsSchema) {
    return Object.keys(options).length === 0 ? [] : [{ messageId: 'noOptions', data: { rule: meta.id }, path }];
  }
  return validateAgainstSchema(meta.optionsSchema, options).map((detail) => ({
    messageId: 'badOptions' as const,
    data: { rule: meta.id },
    path: [...path, ...detail.path],
    atKey: detail.atKey,
    detail,
  }));
}

/** Unknown rule ids and options their rules do not accept, in the config's order. */
export function ruleSettingProblems(rules: Readonly<Record<string, RuleSettingLike>>, metas: readonly RuleMeta[]): ContractProblem[] {
  return Object.entries(rules).flatMap(([id, setting]) => {
    const meta = metas.find((m) => m.id === id);
    return meta ? optionsProblems(meta, setting.options) : [unknownRuleProblem(id, metas, ['rules', id])!];
  });
}

/** `words` keys that name no word list (with "did you mean"). */
export function wordListProblems(words: Readonly<Record<string, unknown>>): ContractProblem[] {
  const known: readonly string[] = WORD_LIST_NAMES;
  return Object.keys(words)
    .filter((name) => !known.includes(name))
    .map((name) => unknownName(name, known, ['words', name], 'unknownWordList', 'unknownWordListSuggest', 'list'));
}

/** `/…/` entries of word lists that do not compile or could run for minutes (regex-guard.ts). */
export function wordRegexProblems(words: Readonly<Record<string, unknown>>): ContractProblem[] {
  const problems: ContractProblem[] = [];
  for (const [list, entries] of Object.entries(words)) {
    if (!Array.isArray(entries)) continue;
    entries.forEach((word: unknown, i) => {
      if (typeof word !== 'string' || word.length <= 2 || !word.startsWith('/') || !word.endsWith('/')) return;
      const unsafe = unsafeRegex(word.slice(1, -1));
      if (unsafe) problems.push({ messageId: `${unsafe === 'backreference' ? 'backreference' : unsafe}Regex`, data: { list, word }, path: ['words', list, i] });
    });
  }
  return problems;
}

/** Every way a config's rules and words break the contract. */
export function contractProblems(config: { rules: Readonly<Record<string, RuleSettingLike>>; words: Readonly<Record<string, unknown>> }, metas: readonly RuleMeta[]): ContractProblem[] {
  return [...ruleSettingProblems(config.rules, metas), ...wordListProblems(config.words), ...wordRegexProblems(config.words)];
}

/** The problem's message in the user's language. */
export function contractMessage(problem: ContractProblem, lang: Lang): string {
  const detail = problem.detail ? localize(schemaMeta.messages[problem.detail.messageId]!, lang, problem.detail.data) : undefined;
  return localize(CONTRACT_MESSAGES[problem.messageId], lang, detail === undefined ? problem.data : { ...problem.data, detail });
}
