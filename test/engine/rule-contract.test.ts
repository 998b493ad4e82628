// The rule contract, enforced on configs as ESLint does: unknown rule ids, options that fail the
// rule's optionsSchema, and unknown word lists are config errors with a position and "did you
// mean", in both languages, and --rule shares the message.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, defaultConfig, parseConfigText } from '../../src/config/load-config.js';
import { lintSources } from '../../src/engine/lint.js';
import { contractMessage, knownRuleMetas, ruleSettingProblems, unknownRuleProblem, wordListProblems } from '../../src/engine/rule-contract.js';
import type { Rule } from '../../src/engine/types.js';
import { RULES } from '../../src/rules/index.js';
import { owner } from '../../src/rules/owner.js';
import { terminals } from '../../src/rules/terminals.js';
import { validateAgainstSchema } from '../../src/loader/schema-validator.js';
import { runCli } from '../helpers/run-cli.js';
import { sopChain } from '../helpers/rule-tester.js';

const FILE = '/repo/sop.config.yaml';

/** The ConfigError message of a config text, or '' when it loads. */
function configError(text: string, lang: 'zh-TW' | 'en' = 'zh-TW', rules: readonly Rule[] = []): string {
  try {
    parseConfigText(text, FILE, lang, rules);
    return '';
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
}

describe('rule contract: config files', () => {
  it('an unknown rule id, with "did you mean", at the key', () => {
    expect(configError('rules:\n  kpi-lnk: off\n')).toBe(`${FILE}:2:3: 不認識的規則「kpi-lnk」，您是指「kpi-link」嗎？`);
    expect(configError('rules: {kpi-lnk: off}\n', 'en')).toBe(`${FILE}:1:9: Unknown rule "kpi-lnk"; did you mean "kpi-link"?`);
    expect(configError('rules:\n  zzzzzzzz: warn\n', 'en')).toBe(`${FILE}:2:3: Unknown rule "zzzzzzzz"`);
  });

  it('options that fail the rule\'s optionsSchema, at the option', () => {
    expect(configError('rules:\n  owner: [warn, {kinds: 5}]\n')).toBe(`${FILE}:2:25: 規則「owner」的選項：kinds 應為清單`);
    expect(configError('rules:\n  owner: [warn, {kinds: 5}]\n', 'en')).toBe(`${FILE}:2:25: Options of rule "owner": kinds must be a list`);
    expect(configError('rules:\n  owner: [warn, {kind: [task]}]\n', 'en')).toBe(`${FILE}:2:18: Options of rule "owner": Unknown key "kind"; did you mean "kinds"?`);
    expect(configError('rules:\n  owner: [warn, {kinds: [task]}]\n', 'en')).toBe(
      `${FILE}:2:26: Options of rule "owner": kinds item 1 cannot be "task"; use one of: start, end, process, decision, document, subprocess, data`,
    );
  });

  it('options for a rule that takes none', () => {
    expect(configError('rules:\n  unique-id: [error, {strict: true}]\n', 'en')).toBe(
      `${FILE}:2:23: Rule "unique-id" takes no options: give only a severity (error, warn, info, off)`,
    );
    expect(configError('rules:\n  unique-id: [error, {}]\n  terminals: [warn]\n')).toBe('');
  });

  it('an unknown word list, with "did you mean" the real list', () => {
    expect(configError('words: {decisionVerb: [會簽]}\n')).toBe(`${FILE}:1:9: 不認識的詞表「decisionVerb」，您是指「decisionReviewVerbs」嗎？`);
    expect(configError('words:\n  decisionVerbs: [會簽]\n', 'en')).toBe(`${FILE}:2:3: Unknown word list "decisionVerbs"; did you mean "decisionReviewVerbs"?`);
    expect(configError('words:\n  zzz: [a]\n', 'en')).toBe(`${FILE}:2:3: Unknown word list "zzz": see each rule's docs page for its lists`);
    expect(configError('words:\n  decisionReviewVerbs: [會簽]\n')).toBe('');
  });

  it('every problem of a config, one line each, in the config\'s order', () => {
    const message = configError('rules:\n  onwer: off\n  contact: [warn, {requireMeans: maybe}]\nwords:\n  wordingVag: [之類]\n', 'en');
    expect(message.split('\n')).toEqual([
      `${FILE}:2:3: Unknown rule "onwer"; did you mean "owner"?`,
      `${FILE}:3:34: Options of rule "contact": requireMeans must be true or false`,
      `${FILE}:5:3: Unknown word list "wordingVag"; did you mean "wordingVague"?`,
    ]);
  });

  it('a rule given to the run (not in the registry) is a known id', () => {
    const probe: Rule = { meta: { ...terminals.meta, id: 'probe' }, *check() {} };
    expect(configError('rules:\n  probe: off\n', 'en')).toContain('Unknown rule "probe"');
    expect(configError('rules:\n  probe: off\n', 'en', [probe])).toBe('');
  });
});

describe('rule contract: a config made in code, and the rules themselves', () => {
  it('a config object with bad options is a ConfigError, not a rule-error', () => {
    const config = { ...defaultConfig('/v'), rules: { owner: { severity: 'warn' as const, options: { kinds: 5 } } } };
    const run = (): unknown => lintSources([{ file: '/v/a.sop.yaml', text: sopChain('') }], { cwd: '/v', rules: [owner], config, lang: 'en' });
    expect(run).toThrow(ConfigError);
    expect(run).toThrow('Options of rule "owner": kinds must be a list');
  });

  it('every rule that has options declares their schema, and its defaults pass it', () => {
    for (const rule of RULES) {
      if (rule.meta.defaultOptions === undefined) continue;
      expect(rule.meta.optionsSchema, rule.meta.id).toBeDefined();
      expect(validateAgainstSchema(rule.meta.optionsSchema!, rule.meta.defaultOptions), rule.meta.id).toEqual([]);
    }
  });

  it('accepts the options a schema allows and points into the options for the others', () => {
    const metas = knownRuleMetas();
    expect(ruleSettingProblems({ owner: { options: { kinds: ['process'] } }, contact: {} }, metas)).toEqual([]);
    expect(ruleSettingProblems({ owner: { options: { kinds: ['process', 'task'] } } }, metas).map((p) => [p.messageId, p.path])).toEqual([
      ['badOptions', ['rules', 'owner', 1, 'kinds', 1]],
    ]);
  });

  it('one message for an unknown rule, wherever it is written', () => {
    const problem = unknownRuleProblem('onwer', knownRuleMetas())!;
    expect(contractMessage(problem, 'zh-TW')).toBe('不認識的規則「onwer」，您是指「owner」嗎？');
    expect(contractMessage(problem, 'en')).toBe('Unknown rule "onwer"; did you mean "owner"?');
    expect(unknownRuleProblem('owner', knownRuleMetas())).toBeUndefined();
    expect(wordListProblems({ wordingVague: [] })).toEqual([]);
  });
});

describe('rule contract: the command line', () => {
  const repo = (config: string): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-contract-'));
    writeFileSync(path.join(dir, 'sop.config.yaml'), config);
    writeFileSync(path.join(dir, 'a.sop.yaml'), sopChain(''));
    return dir;
  };

  it.each([
    ['rules: {kpi-lnk: off}\n', 'sop.config.yaml:1:9: 不認識的規則「kpi-lnk」，您是指「kpi-link」嗎？'],
    ['rules:\n  owner: [warn, {kinds: 5}]\n', 'sop.config.yaml:2:25: 規則「owner」的選項：kinds 應為清單'],
    ['words: {decisionVerb: [會簽]}\n', 'sop.config.yaml:1:9: 不認識的詞表「decisionVerb」，您是指「decisionReviewVerbs」嗎？'],
  ])('sop lint with %j: exit 2, one clear line, no findings', async (config, message) => {
    const dir = repo(config);
    const { code, stdout, stderr } = await runCli(['lint'], dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(`sop: ${path.join(dir, message)}`);
  });

  it('--config goes through the same check; --lang en speaks English', async () => {
    const dir = repo('rules: {}\n');
    const other = path.join(dir, 'other.yaml');
    writeFileSync(other, 'rules:\n  kpi-lnk: off\n');
    const { code, stderr } = await runCli(['lint', '--config', other, '--lang', 'en'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain(`${other}:2:3: Unknown rule "kpi-lnk"; did you mean "kpi-link"?`);
  });

  it('--rule with an unknown id: the same message, exit 2', async () => {
    const dir = repo('rules: {}\n');
    const zh = await runCli(['lint', '--rule', 'onwer:off'], dir);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('不認識的規則「onwer」，您是指「owner」嗎？');
    const en = await runCli(['lint', '--rule', 'onwer:off', '--lang', 'en'], dir);
    expect(en.stderr).toContain('Unknown rule "onwer"; did you mean "owner"?');
  });
});
