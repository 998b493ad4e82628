// Finds and loads `sop.config.yaml`: by walking up from a linted file's folder (no higher than
// the repository root), or the file given with --config. A broken config is a usage error
// (exit 2) with file:line:column: bad YAML, a key the schema does not know, or a rule id, rule
// option or word list the engine does not know (engine/rule-contract.ts).

import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseYamlText, readYamlText } from '../loader/parse-yaml.js';
import { validateConfig } from '../loader/schema-validator.js';
import { localize, type Lang } from '../i18n/lang.js';
import { schemaMeta, yamlMeta } from '../engine/core-rules.js';
import { contractMessage, contractProblems, knownRuleMetas } from '../engine/rule-contract.js';
import type { Rule, RuleMeta, SeveritySetting } from '../engine/types.js';
import type { NodePath } from '../loader/source-map.js';
import { DEFAULT_HOURS_PER_DAY } from '../model/duration.js';
import type { WordListAdditions } from '../words/list-names.js';
import type { KpiEntry, ResolvedConfig, RuleSetting } from './types.js';

export const CONFIG_FILE_NAMES = ['sop.config.yaml', 'sop.config.yml'];

/** A config that cannot be used; the CLI prints `message` and exits 2. */
export class ConfigError extends Error {}

export function defaultConfig(root: string): ResolvedConfig {
  return { root, rules: {}, units: [], kpis: [], terms: [], hoursPerDay: DEFAULT_HOURS_PER_DAY, include: [], exclude: [], words: {}, synonyms: true };
}

/** The config's values with defaults, from schema-valid data. */
function resolveConfig(data: Record<string, unknown>, file: string): ResolvedConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const [id, value] of Object.entries((data.rules ?? {}) as Record<string, unknown>)) {
    rules[id] = Array.isArray(value)
      ? { severity: value[0] as SeveritySetting, options: (value[1] ?? undefined) as Record<string, unknown> | undefined }
      : { severity: value as SeveritySetting };
  }
  return {
    file,
    root: path.dirname(file),
    rules,
    units: (data.units as string[] | undefined) ?? [],
    kpis: (data.kpis as KpiEntry[] | undefined) ?? [],
    terms: (data.terms as string[][] | undefined) ?? [],
    hoursPerDay: (data.hoursPerDay as number | undefined) ?? DEFAULT_HOURS_PER_DAY,
    lang: data.lang as Lang | undefined,
    include: (data.include as string[] | undefined) ?? [],
    exclude: (data.exclude as string[] | undefined) ?? [],
    words: (data.words as WordListAdditions | undefined) ?? {},
    synonyms: (data.synonyms as boolean | undefined) ?? true,
  };
}

/**
 * The last config loaded from each file, with the text, language and known rules it was loaded
 * with: a render resolves configs twice (its lint, with the drawability rules, and its drawing,
 * each with a resolver of its own), and parsing the examples' config took ~6 ms each time on a
 * cold start. A config of the same text, language and known rules (the registry's, plus a run's
 * own: the contract checks the config against them) is the same config; another text is parsed
 * again (--watch, the language server).
 */
const lastLoaded = new Map<string, { text: string; lang: Lang; known: readonly RuleMeta[]; config: ResolvedConfig }>();

const sameItems = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((item, i) => item === b[i]);

/** Loads one config file. Throws ConfigError with file:line:column messages. */
export function loadConfigFile(file: string, lang: Lang, rules: readonly Rule[] = []): ResolvedConfig {
  const absolute = path.resolve(file);
  const { text, problem } = readYamlText(absolute);
  if (problem || text === undefined) {
    throw new ConfigError(`${absolute}:1:1: ${localize(yamlMeta.messages[problem!.messageId]!, lang, problem!.data)}`);
  }
  const known = knownRuleMetas(rules);
  const last = lastLoaded.get(absolute);
  if (last && last.text === text && last.lang === lang && sameItems(last.known, known)) return last.config;
  const config = parseConfigText(text, absolute, lang, rules);
  lastLoaded.set(absolute, { text, lang, known, config });
  return config;
}

/**
 * A config from its text; `file` (absolute) names it in messages. Checks the YAML, the schema,
 * then the rule contract (rule ids, their options, word-list names; `rules` = rules known
 * besides the registry). Throws ConfigError with one file:line:column line per problem.
 */
export function parseConfigText(text: string, file: string, lang: Lang, rules: readonly Rule[] = []): ResolvedConfig {
  const parsed = parseYamlText(text);
  if (parsed.problems.length > 0) {
    throw new ConfigError(parsed.problems.map((p) => `${file}:${p.range.line}:${p.range.column}: ${localize(yamlMeta.messages[p.messageId]!, lang, p.data)}`).join('\n'));
  }
  const data = (parsed.data ?? {}) as Record<string, unknown>;
  const at = (p: { path: NodePath; atKey?: boolean }): string => {
    const range = p.atKey ? parsed.sourceMap.resolveKey(p.path) : parsed.sourceMap.resolve(p.path);
    return `${file}:${range.line}:${range.column}`;
  };
  const problems = validateConfig(data);
  if (problems.length > 0) {
    throw new ConfigError(problems.map((p) => `${at(p)}: ${localize(schemaMeta.messages[p.messageId]!, lang, p.data)}`).join('\n'));
  }
  const config = resolveConfig(data, file);
  const broken = contractProblems(config, knownRuleMetas(rules));
  if (broken.length > 0) throw new ConfigError(broken.map((p) => `${at(p)}: ${contractMessage(p, lang)}`).join('\n'));
  return config;
}

/** Checks a config made in code (API, tests) against the rule contract, as a file's would be. */
export function checkConfigContract(config: ResolvedConfig, lang: Lang, rules: readonly Rule[] = []): void {
  const broken = contractProblems(config, knownRuleMetas(rules));
  const name = config.file ?? 'config';
  if (broken.length > 0) throw new ConfigError(broken.map((p) => `${name}: ${p.path.join('.')}: ${contractMessage(p, lang)}`).join('\n'));
}

/**
 * Finds the nearest config file at or above `directory`, up to the Git working tree's root (a
 * folder holding `.git`) or, outside a repository, the filesystem root: a config in a folder
 * above the repository (someone else's, a shared home folder's) never applies to its SOPs.
 */
export function findConfigFile(directory: string): string | undefined {
  let current = path.resolve(directory);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(current, name);
      if (existsSync(candidate)) return candidate;
    }
    if (existsSync(path.join(current, '.git'))) return undefined;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Resolves the config of each linted file, loading every config file once. */
export class ConfigResolver {
  private readonly byDirectory = new Map<string, ResolvedConfig>();
  private readonly byFile = new Map<string, ResolvedConfig>();
  private readonly explicit?: ResolvedConfig;

  /** `rules`: rules a config may name besides the registry's (a run with its own rules). */
  constructor(
    private readonly cwd: string,
    private readonly lang: Lang,
    explicitFile?: string,
    private readonly rules: readonly Rule[] = [],
  ) {
    if (explicitFile) this.explicit = loadConfigFile(path.resolve(cwd, explicitFile), lang, rules);
  }

  forFile(file: string): ResolvedConfig {
    if (this.explicit) return this.explicit;
    const directory = path.dirname(path.resolve(file));
    let config = this.byDirectory.get(directory);
    if (!config) {
      const found = findConfigFile(directory);
      if (found) {
        config = this.byFile.get(found);
        if (!config) {
          config = loadConfigFile(found, this.lang, this.rules);
          this.byFile.set(found, config);
        }
      } else {
        config = defaultConfig(this.cwd);
      }
      this.byDirectory.set(directory, config);
    }
    return config;
  }

  /** The config for the working directory (discovery with no paths). */
  forCwd(): ResolvedConfig {
    return this.forFile(path.join(this.cwd, '.sop-discovery'));
  }
}
