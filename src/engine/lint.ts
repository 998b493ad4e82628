// The lint engine: loads files, runs every enabled rule on every SOP, positions the reports
// through the loader's source map, applies severities from the config and the command line,
// and honours suppression comments. Rules know none of this.
//
// It works in two phases so that it can be split over worker threads (parallel-lint.ts):
// load (parse, validate, build) → one project index of every SOP → check (rules).

import nodePath from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { localize } from '../i18n/lang.js';
import { checkConfigContract, ConfigResolver } from '../config/load-config.js';
import type { ResolvedConfig } from '../config/types.js';
import { displayPathOf, loadSopFile, loadSopText, type LoadedFile } from '../loader/load-sop.js';
import type { NodePath, SourceRange } from '../loader/source-map.js';
import type { Sop } from '../model/types.js';
import { RULES } from '../rules/index.js';
import { AnalysisRun } from './analysis-run.js';
import { CORE_RULE_METAS, ruleErrorMeta, unusedSuppressionMeta } from './core-rules.js';
import { isSuppressed, parseDirectives } from './suppressions.js';
import type { Timing } from './timing.js';
import type { Analyses, FileResult, Finding, ProjectIndex, Report, Rule, RuleContext, RuleMeta, RuleSettings, Severity, SeveritySetting, SopSummary, WordLists } from './types.js';

export interface LintRunOptions {
  cwd: string;
  /** --config: one config for every file instead of the nearest one. */
  configFile?: string;
  /** --rule id:severity overrides, applied after the config. */
  ruleOverrides?: Record<string, SeveritySetting>;
  /** --lang; otherwise the config's lang; otherwise zh-TW. */
  lang?: Lang;
  /** Rules to run (default: the registry). Tests pass a single rule. */
  rules?: readonly Rule[];
  /** Which files to report on; the others are loaded only for cross-file checks (e.g. --changed-since). */
  report?: (file: string) => boolean;
  /** A config to use for every file instead of looking one up (API and tests). */
  config?: ResolvedConfig;
  /** Measures loading, each rule and each analysis (SOP_TIMING); the run stays in one thread. */
  timing?: Timing;
}

/** A file to lint; `text` given = not read from disk (editors, tests). */
export interface LintSource {
  file: string;
  text?: string;
}

export interface LintRun {
  results: FileResult[];
  lang: Lang;
}

/** A loaded file with the config that applies to it. */
export interface LoadedEntry {
  config: ResolvedConfig;
  file: LoadedFile;
}

/** Every rule meta the engine knows: the core ones and the registry's. */
export function allRuleMetas(rules: readonly Rule[] = RULES): RuleMeta[] {
  return [...CORE_RULE_METAS, ...rules.map((r) => r.meta)];
}

/** A rule's severity for a config: --rule, then the config, then the rule's default. */
export function severityFor(meta: RuleMeta, config: ResolvedConfig, overrides: Record<string, SeveritySetting>): SeveritySetting {
  return overrides[meta.id] ?? config.rules[meta.id]?.severity ?? meta.defaultSeverity;
}

/** What rules read of a config: a slice, so that a rule cannot reach the engine's settings. */
export function ruleSettings(config: ResolvedConfig, file?: string): RuleSettings {
  const settings: RuleSettings = { units: config.units, kpis: config.kpis, terms: config.terms, hoursPerDay: config.hoursPerDay };
  const depth = file === undefined ? undefined : folderDepth(config.root, file);
  return depth === undefined ? settings : { ...settings, folderDepth: depth };
}

/** How many folders `file` sits below `root` (0 = in it); undefined when it is not under it. */
function folderDepth(root: string, file: string): number | undefined {
  const relative = nodePath.relative(root, nodePath.dirname(file));
  if (relative === '') return 0;
  if (relative.startsWith('..') || nodePath.isAbsolute(relative)) return undefined;
  return relative.split(nodePath.sep).length;
}

/** A rule's options for a config: the config's over the rule's defaults. */
export function optionsFor(meta: RuleMeta, config: ResolvedConfig): Record<string, unknown> {
  return { ...(meta.defaultOptions ?? {}), ...(config.rules[meta.id]?.options ?? {}) };
}

/**
 * What one rule's check reads of one file. A class rather than an object literal with a getter,
 * which V8 builds slowly (one per rule and file: 30,000 for 1,000 files). The word lists are
 * merged when a rule first reads them.
 */
class CheckContext implements RuleContext {
  // Private fields: a rule reaches the settings slice, never the config itself.
  readonly #analyses: AnalysisRun;
  readonly #config: ResolvedConfig;

  constructor(
    readonly settings: RuleSettings,
    readonly options: Record<string, unknown>,
    readonly project: ProjectIndex,
    readonly analysis: Analyses,
    analyses: AnalysisRun,
    config: ResolvedConfig,
  ) {
    this.#analyses = analyses;
    this.#config = config;
  }

  get words(): WordLists {
    return this.#analyses.words(this.#config);
  }
}

function resolvePath(sop: Sop, report: Report): NodePath {
  const path = report.path ?? [];
  if (report.stepId === undefined || path[0] === 'steps') return path;
  const step = sop.stepById.get(report.stepId);
  return step ? ['steps', step.index, ...path] : path;
}

function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

/**
 * What other files' checks may know of this SOP, including the rules' own facts. Pass the run's
 * AnalysisRun so that the SOP's analyses computed here serve its check too.
 */
export function summarize(sop: Sop, config: ResolvedConfig, rules: readonly Rule[] = RULES, analyses = new AnalysisRun(), timing?: Timing): SopSummary {
  const facts: Record<string, unknown> = {};
  // The word lists are merged when a rule first reads them.
  const context = {
    settings: ruleSettings(config),
    get words() {
      return analyses.words(config);
    },
    analysis: analyses.forSop(sop, config),
  };
  for (const rule of rules) {
    if (!rule.summarize) continue;
    try {
      const summary = rule.summarize.bind(rule, sop, context);
      facts[rule.meta.id] = timing ? timing.measure(`${rule.meta.id} (summary)`, summary) : summary();
    } catch {
      // The rule's check will run on this SOP too and report the crash as rule-error.
    }
  }
  return { id: sop.id, file: sop.file, displayPath: sop.displayPath, title: sop.title, unit: sop.unit, facts };
}

export function buildProjectIndex(summaries: SopSummary[]): ProjectIndex {
  const sopsById = new Map<string, SopSummary[]>();
  for (const summary of summaries) sopsById.set(summary.id, [...(sopsById.get(summary.id) ?? []), summary]);
  return { sopsById };
}

/** The language of a run: --lang, else the first file's config, else zh-TW. */
function runLang(options: LintRunOptions, firstConfig: ResolvedConfig | undefined): Lang {
  return options.lang ?? firstConfig?.lang ?? 'zh-TW';
}

function configLookup(options: LintRunOptions): (file: string) => ResolvedConfig {
  const config = options.config;
  if (config) {
    checkConfigContract(config, options.lang ?? 'zh-TW', options.rules);
    return () => config;
  }
  const resolver = new ConfigResolver(options.cwd, options.lang ?? 'zh-TW', options.configFile, options.rules);
  return (file) => resolver.forFile(file);
}

/** Phase 1: read, parse, validate and build every source. Throws ConfigError for a broken config. */
export function loadSources(sources: LintSource[], options: LintRunOptions): LoadedEntry[] {
  const configFor = configLookup(options);
  return sources.map((source) => loadEntry(source, options, configFor));
}

/**
 * One source read, parsed, validated (unless `checked`: loaded before without a problem) and built,
 * with the config that applies to it. `displayPath`: the source's, known from an earlier load.
 */
function loadEntry(source: LintSource, options: LintRunOptions, configFor: (file: string) => ResolvedConfig, checked = false, displayPath?: string): LoadedEntry {
  const config = configFor(source.file);
  const loadOptions = { cwd: options.cwd, hoursPerDay: config.hoursPerDay, checked };
  const load = () =>
    source.text === undefined ? loadSopFile(source.file, loadOptions) : loadSopText(source.text, source.file, displayPath ?? displayPathOf(source.file, options.cwd), loadOptions);
  const file = options.timing ? options.timing.measure('(load: read, parse, schema, model)', load) : load();
  return { config, file };
}

/**
 * Phase 2: run the rules on loaded files against the project index (and the analyses of phase 1, if
 * given). `withModels: false` leaves each result's model out.
 */
export function checkLoaded(entries: Iterable<LoadedEntry>, project: ProjectIndex, options: LintRunOptions, lang: Lang, analyses = new AnalysisRun(), withModels = true): FileResult[] {
  const rules = options.rules ?? RULES;
  analyses.setProject(project);
  const overrides = options.ruleOverrides ?? {};
  const metas = new Map(allRuleMetas(rules).map((m) => [m.id, m]));
  // Each rule's options under each config, merged once: rules only read them.
  const optionsByConfig = new Map<ResolvedConfig, Map<RuleMeta, Record<string, unknown>>>();
  const optionsOf = (meta: RuleMeta, config: ResolvedConfig): Record<string, unknown> => {
    let byMeta = optionsByConfig.get(config);
    if (!byMeta) optionsByConfig.set(config, (byMeta = new Map()));
    let options = byMeta.get(meta);
    if (!options) byMeta.set(meta, (options = optionsFor(meta, config)));
    return options;
  };
  const results: FileResult[] = [];
  for (const { config, file } of entries) {
    if (options.report && !options.report(file.file)) {
      if (file.sop) analyses.release(file.sop);
      continue;
    }
    const findings: Finding[] = [];
    const add = (meta: RuleMeta, severity: Severity, messageId: string, data: Record<string, unknown> | undefined, range: SourceRange, stepId?: string, fix?: Finding['fix']) => {
      const template = meta.messages[messageId];
      const message = template ? localize(template, lang, data) : messageId;
      findings.push({ ruleId: meta.id, severity, message, messageId, ...range, stepId, fix });
    };

    for (const problem of file.problems) {
      const meta = metas.get(problem.ruleId)!;
      const severity = severityFor(meta, config, overrides);
      if (severity !== 'off') add(meta, severity, problem.messageId, problem.data, problem.range, problem.stepId);
    }

    const sop = file.sop;
    if (sop) {
      const settings = ruleSettings(config, file.file);
      const analysis = analyses.forSop(sop, config);
      for (const rule of rules) {
        const severity = severityFor(rule.meta, config, overrides);
        if (severity === 'off') continue;
        try {
          const context = new CheckContext(settings, optionsOf(rule.meta, config), project, analysis, analyses, config);
          const timing = options.timing;
          const reports = timing ? timing.measure(rule.meta.id, () => [...rule.check(sop, context)]) : rule.check(sop, context);
          for (const report of reports) {
            const path = resolvePath(sop, report);
            const range = file.sourceMap.resolve(path);
            const fix = report.fix ? { ...report.fix, path } : undefined;
            add(rule.meta, severity, report.messageId, report.data, range, report.stepId, fix);
          }
        } catch (error) {
          const severityOfCrash = severityFor(ruleErrorMeta, config, overrides);
          if (severityOfCrash !== 'off') {
            const detail = error instanceof Error ? error.message : String(error);
            add(ruleErrorMeta, severityOfCrash, 'crashed', { rule: rule.meta.id, detail }, { line: 1, column: 1, endLine: 1, endColumn: 1 });
          }
        }
      }
      analyses.release(sop);
    }

    const directives = parseDirectives(file.text, file.sourceMap, sop);
    const kept = directives.length === 0 ? findings : findings.filter((f) => f.ruleId === 'yaml' || !isSuppressed(directives, f));
    const unusedSeverity = severityFor(unusedSuppressionMeta, config, overrides);
    const firstUnused = findings.length;
    if (unusedSeverity !== 'off') {
      for (const directive of directives) {
        const at = { line: directive.line, column: directive.column, endLine: directive.line, endColumn: directive.column + 1 };
        if (directive.rules.length === 0) {
          if (directive.used.size === 0) add(unusedSuppressionMeta, unusedSeverity, 'unused', { rule: '*' }, at);
          continue;
        }
        for (const rule of directive.rules) {
          if (!metas.has(rule)) add(unusedSuppressionMeta, unusedSeverity, 'unknownRule', { rule }, at);
          else if (!directive.used.has(rule) && severityFor(metas.get(rule)!, config, overrides) !== 'off') {
            add(unusedSuppressionMeta, unusedSeverity, 'unused', { rule }, at);
          }
        }
      }
    }
    kept.push(...findings.slice(firstUnused));
    results.push({ filePath: file.file, displayPath: file.displayPath, findings: kept.sort(byPosition), sop: withModels ? sop : undefined });
  }
  return results;
}

/** Lints the given files (absolute paths). Throws ConfigError for a broken config. */
export function lintFiles(files: string[], options: LintRunOptions, withModels = true): LintRun {
  return lintSources(
    files.map((file) => ({ file })),
    options,
    withModels,
  );
}

/**
 * Lints files given by path, or by path and text, in this thread. Throws ConfigError for a broken config.
 * `withModels: false` leaves each result's model out (`sop lint`).
 */
export function lintSources(sources: LintSource[], options: LintRunOptions, withModels = true): LintRun {
  if (!withModels && options.timing === undefined) return lintSourcesReading(sources, options);
  const entries = loadSources(sources, options);
  const lang = runLang(options, entries[0]?.config ?? (options.config ? options.config : undefined));
  const analyses = new AnalysisRun(options.timing);
  const project = buildProjectIndex(entries.flatMap((e) => (e.file.sop ? [summarize(e.file.sop, e.config, options.rules, analyses, options.timing)] : [])));
  return { results: checkLoaded(entries, project, options, lang, analyses), lang };
}

/**
 * lintSources without the models in the results, each file's model let go after its summary and
 * built again from its text for its check. Every model held from the first summary to the last
 * check cost the garbage collector more than reading the file's text again (in one thread, 1,000
 * generated SOPs: see the commit that made it); the findings are the same, analyses being pure.
 */
function lintSourcesReading(sources: LintSource[], options: LintRunOptions): LintRun {
  const configFor = configLookup(options);
  const analyses = new AnalysisRun();
  const summaries: SopSummary[] = [];
  // Per source: its config, and its text and display path to read again, or (no model: a problem) what was loaded.
  const held: { config: ResolvedConfig; source: LintSource; displayPath?: string; file?: LoadedFile }[] = [];
  let firstConfig: ResolvedConfig | undefined;
  for (const source of sources) {
    const { config, file } = loadEntry(source, options, configFor);
    firstConfig ??= config;
    if (file.sop) {
      summaries.push(summarize(file.sop, config, options.rules, analyses));
      analyses.release(file.sop);
      // Not reported (--changed-since): summarized for the other files' checks only.
      if (!options.report || options.report(file.file)) held.push({ config, source: { file: source.file, text: file.text }, displayPath: file.displayPath });
    } else held.push({ config, source, file });
  }
  const lang = runLang(options, firstConfig ?? options.config);
  function* entries(): Iterable<LoadedEntry> {
    for (const { config, source, displayPath, file } of held) yield file ? { config, file } : loadEntry(source, options, () => config, true, displayPath);
  }
  return { results: checkLoaded(entries(), buildProjectIndex(summaries), options, lang, analyses, false), lang };
}

export function countBySeverity(results: FileResult[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of results)
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warn') warnings++;
      else infos++;
    }
  return { errors, warnings, infos };
}
