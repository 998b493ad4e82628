// `sop lint --print-config <file>`: the settings that apply to one file, as the lint engine
// would use them — which config file applied (the nearest sop.config.yaml above the file, the one
// given with --config, or none: the defaults), every rule's severity after the config and --rule,
// with its options, and the config's other settings — as YAML (commented, for people) or JSON.

import path from 'node:path';
import { stringify } from 'yaml';
import { optionsFor, severityFor } from '../engine/lint.js';
import type { RuleMeta, SeveritySetting } from '../engine/types.js';
import { localize, type Lang, type Localized } from '../i18n/lang.js';
import type { ResolvedConfig } from './types.js';

/** How the config was chosen: the nearest one above the file, --config, or none (defaults). */
export type ConfigSource = 'nearest' | 'option' | 'defaults';

export type RuleEntry = SeveritySetting | [SeveritySetting, Record<string, unknown>];

export interface ConfigDescription {
  /** The file asked about, absolute. */
  file: string;
  /** The config file that applies (absolute), or null when none was found. */
  configFile: string | null;
  configSource: ConfigSource;
  /** sop lint skips the file (.sopignore, --ignore-pattern, the config's exclude). */
  ignored: boolean;
  lang: Lang;
  hoursPerDay: number;
  units: string[];
  kpis: ResolvedConfig['kpis'];
  terms: string[][];
  include: string[];
  exclude: string[];
  words: ResolvedConfig['words'];
  /** Every rule the engine knows, by id: its severity, with its options when it takes any. */
  rules: Record<string, RuleEntry>;
}

export interface DescribeOptions {
  file: string;
  config: ResolvedConfig;
  /** The config was given with --config. */
  explicit: boolean;
  metas: readonly RuleMeta[];
  overrides: Readonly<Record<string, SeveritySetting>>;
  /** --lang, which wins over the config's. */
  lang?: Lang;
  ignored: boolean;
}

export function describeConfig(options: DescribeOptions): ConfigDescription {
  const { config, metas, overrides } = options;
  const rules: Record<string, RuleEntry> = {};
  for (const meta of metas) {
    const severity = severityFor(meta, config, overrides);
    const ruleOptions = optionsFor(meta, config);
    rules[meta.id] = Object.keys(ruleOptions).length > 0 ? [severity, ruleOptions] : severity;
  }
  return {
    file: path.resolve(options.file),
    configFile: config.file ?? null,
    configSource: config.file === undefined ? 'defaults' : options.explicit ? 'option' : 'nearest',
    ignored: options.ignored,
    lang: options.lang ?? config.lang ?? 'zh-TW',
    hoursPerDay: config.hoursPerDay,
    units: config.units,
    kpis: config.kpis,
    terms: config.terms,
    include: config.include,
    exclude: config.exclude,
    words: config.words,
    rules,
  };
}

const HEADINGS: Record<ConfigSource | 'ignored', Localized> = {
  nearest: {
    'zh-TW': '{file} 適用的設定檔：{config}（從檔案所在的資料夾往上找到的最近一個，最高到儲存庫根目錄）',
    en: 'The config that applies to {file}: {config} (the nearest one in the file\'s folder or above, up to the repository root)',
  },
  option: { 'zh-TW': '{file} 適用的設定檔：{config}（以 --config 指定）', en: 'The config that applies to {file}: {config} (given with --config)' },
  defaults: {
    'zh-TW': '{file} 沒有適用的 sop.config.yaml（其所在的資料夾往上到儲存庫根目錄都沒有；儲存庫以外的設定檔不採用），以下為預設值',
    en: 'No sop.config.yaml applies to {file} (none in its folder or above up to the repository root; configs outside the repository do not apply): these are the defaults',
  },
  ignored: {
    'zh-TW': 'sop lint 會略過這個檔案（.sopignore、--ignore-pattern 或設定檔的 exclude）',
    en: 'sop lint skips this file (.sopignore, --ignore-pattern or the config\'s exclude)',
  },
};

/** The description as JSON, or as YAML headed by comments that say which config applied. */
export function formatConfigDescription(description: ConfigDescription, format: 'yaml' | 'json', lang: Lang, shownFile: string): string {
  if (format === 'json') return `${JSON.stringify(description, null, 2)}\n`;
  const data = { file: shownFile, config: description.configFile ?? '' };
  const comments = [localize(HEADINGS[description.configSource], lang, data)];
  if (description.ignored) comments.push(localize(HEADINGS.ignored, lang));
  return `${comments.map((line) => `# ${line}\n`).join('')}${stringify(description, { lineWidth: 0 })}`;
}
