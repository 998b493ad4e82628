// Findings as LSP diagnostics: the same rule, severity, message and position as `sop lint`
// prints, with the rule id as `code` and a link to its docs page.

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Range } from 'vscode-languageserver/node';
import { docsUrl } from '../engine/docs-url.js';
import { allRuleMetas } from '../engine/lint.js';
import type { Finding, RuleMeta, Severity } from '../engine/types.js';
import { localize, type Lang } from '../i18n/lang.js';
import type { ConfigProblem } from './config-errors.js';
import { LSP_MESSAGES } from './messages.js';

export const SOURCE = 'sop';

/** What yaml-language-server reports too: YAML syntax and the JSON Schema. */
export const SCHEMA_RULE_IDS = new Set(['yaml', 'schema']);

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warn: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

let metasById: Map<string, RuleMeta> | undefined;

function metaOf(ruleId: string): RuleMeta | undefined {
  metasById ??= new Map(allRuleMetas().map((meta) => [meta.id, meta]));
  return metasById.get(ruleId);
}

/** 1-based line/column, end exclusive (the engine's) → 0-based LSP range. */
export function rangeOfFinding(finding: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>): Range {
  return {
    start: { line: finding.line - 1, character: finding.column - 1 },
    end: { line: finding.endLine - 1, character: finding.endColumn - 1 },
  };
}

export function toDiagnostic(finding: Finding): Diagnostic {
  const meta = metaOf(finding.ruleId);
  return {
    range: rangeOfFinding(finding),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    ...(meta ? { codeDescription: { href: docsUrl(meta.docs.page) } } : {}),
    source: SOURCE,
    message: finding.message,
    ...(finding.ruleId === 'unused-suppression' ? { tags: [DiagnosticTag.Unnecessary] } : {}),
    ...(finding.fix ? { data: { fix: finding.fix } } : {}),
  };
}

/** The diagnostics of a config file's own problems. */
export function configDiagnostics(problems: ConfigProblem[]): Diagnostic[] {
  return problems.map((problem) => ({
    range: { start: { line: problem.line - 1, character: problem.column - 1 }, end: { line: problem.line - 1, character: problem.column - 1 } },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message: problem.message,
  }));
}

/** One diagnostic at the top of an SOP whose config is broken, pointing to the config's problems. */
export function brokenConfigDiagnostic(problems: ConfigProblem[], detail: string, cwd: string, lang: Lang): Diagnostic {
  const first = problems[0];
  const file = first ? path.relative(cwd, first.file) || first.file : 'sop.config.yaml';
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message: localize(LSP_MESSAGES.configBroken, lang, { file, detail: first?.message ?? detail }),
    relatedInformation: problems.map((problem) => ({
      location: { uri: pathToFileURL(problem.file).href, range: configDiagnostics([problem])[0]!.range },
      message: problem.message,
    })),
  };
}
