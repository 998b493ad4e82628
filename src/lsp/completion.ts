// Completion of values: step ids in `next` and `branches`, form names of `forms` in a step's
// `forms`, units from the config in `owner`/`support`, `kind` values, durations in `time` and
// `deadline`, note numbers in `notes`, SOP ids in `sop`. Keys are yaml-language-server's
// (from the JSON Schema).

import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver/node';
import type { ResolvedConfig } from '../config/types.js';
import { localize, type Lang } from '../i18n/lang.js';
import type { StepKind } from '../model/types.js';
import { stepMarkdown } from './hover.js';
import { DURATION_EXAMPLES, KIND_LABELS, LSP_MESSAGES } from './messages.js';
import { valueContextAt } from './yaml-context.js';
import type { DocumentSymbols } from './yaml-symbols.js';

export interface CompletionSources {
  text: string;
  offset: number;
  symbols: DocumentSymbols;
  config?: ResolvedConfig;
  /** SOP ids of the workspace with their titles. */
  sops: () => { id: string; title: string }[];
  lang: Lang;
}

function ordered(items: CompletionItem[]): CompletionItem[] {
  return items.map((item, i) => ({ ...item, sortText: String(i).padStart(4, '0') }));
}

function stepIds(sources: CompletionSources): CompletionItem[] {
  return sources.symbols.steps.map((step) => ({
    label: step.id,
    kind: CompletionItemKind.Reference,
    detail: step.text,
    documentation: { kind: MarkupKind.Markdown, value: stepMarkdown(step, sources.lang) },
  }));
}

function values(labels: Iterable<string>, kind: CompletionItemKind, detail: string): CompletionItem[] {
  return [...new Set(labels)].map((label) => ({ label, kind, detail }));
}

function owners(sources: CompletionSources): CompletionItem[] {
  const units = sources.config?.units ?? [];
  const used = sources.symbols.steps.flatMap((s) => (s.owner && !units.includes(s.owner) ? [s.owner] : []));
  return [
    ...values(units, CompletionItemKind.Value, localize(LSP_MESSAGES.unitFromConfig, sources.lang)),
    ...values(used, CompletionItemKind.Text, localize(LSP_MESSAGES.ownerInFile, sources.lang)),
  ];
}

function kinds(lang: Lang): CompletionItem[] {
  return (Object.keys(KIND_LABELS) as StepKind[]).map((kind) => ({ label: kind, kind: CompletionItemKind.EnumMember, detail: localize(KIND_LABELS[kind], lang) }));
}

/** The completions for the value at the cursor, or none when it is not one we know. */
export function completions(sources: CompletionSources): CompletionItem[] {
  const context = valueContextAt(sources.text, sources.offset);
  if (!context) return [];
  const { key, ancestors } = context;
  const lang = sources.lang;
  const inStep = ancestors[0] === 'steps';
  const topLevel = ancestors.length === 0;
  if (inStep && (key === 'next' || ancestors[ancestors.length - 1] === 'branches')) return ordered(stepIds(sources));
  if (inStep && key === 'kind') return ordered(kinds(lang));
  if ((inStep && key === 'time') || (topLevel && key === 'deadline')) {
    return ordered(values(DURATION_EXAMPLES, CompletionItemKind.Value, localize(LSP_MESSAGES.duration, lang)));
  }
  if (inStep && (key === 'owner' || key === 'support')) return ordered(owners(sources));
  if (inStep && key === 'forms') {
    return ordered(values(sources.symbols.forms.map((f) => f.name), CompletionItemKind.Value, localize(LSP_MESSAGES.formListed, lang)));
  }
  if (!topLevel && key === 'notes') {
    return ordered([...sources.symbols.notes].map(([note, text]) => ({ label: note, kind: CompletionItemKind.Value, detail: text })));
  }
  if (inStep && key === 'sop') {
    const own = sources.symbols.sopId;
    return ordered(sources.sops().filter((s) => s.id !== own).map((s) => ({ label: s.id, kind: CompletionItemKind.Module, detail: s.title })));
  }
  return [];
}
