// Types shared by the lint engine, the rules and the formatters.

import type { Localized, Lang } from '../i18n/lang.js';
import type { NodePath } from '../loader/source-map.js';
import type { Sop } from '../model/types.js';
import type { WordLists } from '../words/list-names.js';

export type Severity = 'error' | 'warn' | 'info';
export type SeveritySetting = Severity | 'off';

export interface RuleMeta {
  /** The rule id: part of the contract with users (config, suppressions, CI). */
  id: string;
  /** problem = the chart is wrong; suggestion = a reviewer would ask; layout = format only. */
  type: 'problem' | 'suggestion' | 'layout';
  defaultSeverity: Severity;
  fixable?: boolean;
  docs: {
    description: Localized;
    /** Relative to the repository, e.g. docs/rules/unique-id.md; the engine makes the URL. */
    page: string;
  };
  /** Message templates keyed by message id; `{name}` placeholders come from the report's data. */
  messages: Record<string, Localized>;
  /** JSON Schema of the rule's options (the second item of `[severity, options]`). */
  optionsSchema?: Record<string, unknown>;
  defaultOptions?: Record<string, unknown>;
}

/** What a rule reports: never a position, only where in the model the problem is. */
export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** The step the finding belongs to. */
  stepId?: string;
  /**
   * Where in the document: relative to the step when `stepId` is given (e.g. ["kind"],
   * ["branches", "核可"]), otherwise from the document root (e.g. ["legal"]).
   */
  path?: NodePath;
  /** A safe textual fix: replace `from` with `to` in the string value at the report's path. */
  fix?: { from: string; to: string };
}

/** A KPI of the registry (`kpis` in sop.config.yaml). */
export interface KpiEntry {
  id: string;
  name: string;
  goal?: string;
}

/** The part of the repository config that rules read; severities, files and the rest are the engine's. */
export interface RuleSettings {
  /** Known unit names (unit-name, owner). */
  units: string[];
  /** The KPI registry (kpi-link). */
  kpis: KpiEntry[];
  /** Synonym groups, the first word preferred (term-consistency, the form rules). */
  terms: string[][];
  /** Hours of a working day, for `d` (deadline). */
  hoursPerDay: number;
  /**
   * How many folders the SOP file sits below the repository root (the config's folder, or the
   * working folder without one); absent when unknown (a text linted on its own, a file elsewhere).
   */
  folderDepth?: number;
}

/** Everything a rule may read besides the SOP itself. */
export interface RuleContext {
  /** The config's settings for rules. */
  settings: RuleSettings;
  /** The rule's options: its defaults merged with the config's. */
  options: Record<string, unknown>;
  /** Word lists of every language, merged with the config's `words`. */
  words: WordLists;
  /** The whole linted set, for cross-file checks. */
  project: ProjectIndex;
  /** Shared analyses of this SOP, its word lists and the linted set, each computed once (src/analysis/). */
  analysis: Analyses;
}

/**
 * Where an analysis reads from, and so how widely its result is shared: `lists` = the word lists
 * and settings of one config (every SOP under it), `project` = the whole linted set, `sop` = one SOP.
 */
export type AnalysisScope = 'lists' | 'project' | 'sop';

/**
 * A shared analysis: a pure function of its scope's input (see src/analysis/memo.ts). Its
 * identity is its key: every rule that asks for the same analysis gets the same result.
 */
export interface Analysis<T, Input = never> {
  readonly scope: AnalysisScope;
  /** Named in errors (an analysis that depends on itself, or on a scope it cannot read). */
  readonly name: string;
  readonly compute: (input: Input, analyses: Analyses) => T;
}

/** The analyses a rule (or another analysis) may ask for; the engine computes each at most once per input. */
export interface Analyses {
  get<T>(analysis: Analysis<T>): T;
}

export type { WordListName, WordLists } from '../words/list-names.js';

/** What cross-file checks may know of another SOP (it may live in another worker thread). */
export interface SopSummary {
  id: string;
  file: string;
  displayPath: string;
  title: string;
  unit: string;
  /** Facts that rules computed for cross-file checks (rule id → the rule's `summarize` result). */
  facts: Record<string, unknown>;
}

export interface ProjectIndex {
  /** SOP id → every SOP with that id in the linted set (more than one = a duplicate). */
  sopsById: Map<string, SopSummary[]>;
}

export interface Rule {
  meta: RuleMeta;
  check(sop: Sop, context: RuleContext): Iterable<Report>;
  /**
   * Facts about this SOP that the rule needs when checking *other* SOPs (cross-file checks).
   * Computed while loading, possibly in another worker thread: return plain data only. Read
   * back as `context.project.sopsById.get(id)[i].facts[ruleId]`.
   */
  summarize?(sop: Sop, context: Pick<RuleContext, 'settings' | 'words' | 'analysis'>): unknown;
}

/** A finding, positioned and with its severity resolved. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  stepId?: string;
  fix?: { from: string; to: string; path: NodePath };
}

export interface FileResult {
  /** Absolute path. */
  filePath: string;
  /** Path relative to the working directory. */
  displayPath: string;
  findings: Finding[];
  /** The SOP, when the file loaded and validated. */
  sop?: Sop;
}

export interface LintOptions {
  lang: Lang;
}
