// Finds and loads `sop.config.yaml`: by walking up from a linted file's folder, or the file
// given with --config. A broken config is a usage error (exit 2) with file:line:column.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseYamlText, readYamlText } from '../loader/parse-yaml.js';
import { validateConfig } from '../loader/schema-validator.js';
import { localize, type Lang } from '../i18n/lang.js';
import { schemaMeta, yamlMeta } from '../engine/core-rules.js';
import { DEFAULT_HOURS_PER_DAY } from '../model/duration.js';
import type { SeveritySetting } from '../engine/types.js';
import type { KpiEntry, ResolvedConfig, RuleSetting } from './types.js';

export const CONFIG_FILE_NAMES = ['sop.config.yaml', 'sop.config.yml'];

/** A config that cannot be used; the CLI prints `message` and exits 2. */
export class ConfigError extends Error {}

export function defaultConfig(root: string): ResolvedConfig {
  return { root, rules: {}, units: [], kpis: [], terms: [], hoursPerDay: DEFAULT_HOURS_PER_DAY, include: [], exclude: [], words: {} };
}

/** Loads one config file. Throws ConfigError with file:line:column messages. */
export function loadConfigFile(file: string, lang: Lang): ResolvedConfig {
  const absolute = path.resolve(file);
  const { text, problem } = readYamlText(absolute);
  if (problem || text === undefined) {
    throw new ConfigError(`${absolute}:1:1: ${localize(yamlMeta.messages[problem!.messageId]!, lang, problem!.data)}`);
  }
  const parsed = parseYamlText(text);
  const first = parsed.problems[0];
  if (first) {
    throw new ConfigError(`${absolute}:${first.range.line}:${first.range.column}: ${localize(yamlMeta.messages[first.messageId]!, lang, first.data)}`);
  }
  const data = (parsed.data ?? {}) as Record<string, unknown>;
  const problems = validateConfig(data);
  if (problems.length > 0) {
    const lines = problems.map((p) => {
      const at = p.atKey ? parsed.sourceMap.resolveKey(p.path) : parsed.sourceMap.resolve(p.path);
      return `${absolute}:${at.line}:${at.column}: ${localize(schemaMeta.messages[p.messageId]!, lang, p.data)}`;
    });
    throw new ConfigError(lines.join('\n'));
  }
  const rules: Record<string, RuleSetting> = {};
  for (const [id, value] of Object.entries((data.rules ?? {}) as Record<string, unknown>)) {
    rules[id] = Array.isArray(value)
      ? { severity: value[0] as SeveritySetting, options: (value[1] ?? undefined) as Record<string, unknown> | undefined }
      : { severity: value as SeveritySetting };
  }
  return {
    file: absolute,
    root: path.dirname(absolute),
    rules,
    units: (data.units as string[] | undefined) ?? [],
    kpis: (data.kpis as KpiEntry[] | undefined) ?? [],
    terms: (data.terms as string[][] | undefined) ?? [],
    hoursPerDay: (data.hoursPerDay as number | undefined) ?? DEFAULT_HOURS_PER_DAY,
    lang: data.lang as Lang | undefined,
    include: (data.include as string[] | undefined) ?? [],
    exclude: (data.exclude as string[] | undefined) ?? [],
    words: (data.words as Record<string, string[]> | undefined) ?? {},
  };
}

/** Finds the nearest config file at or above `directory`. */
export function findConfigFile(directory: string): string | undefined {
  let current = path.resolve(directory);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(current, name);
      if (existsSync(candidate)) return candidate;
    }
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

  constructor(
    private readonly cwd: string,
    private readonly lang: Lang,
    explicitFile?: string,
  ) {
    if (explicitFile) this.explicit = loadConfigFile(path.resolve(cwd, explicitFile), lang);
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
          config = loadConfigFile(found, this.lang);
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
