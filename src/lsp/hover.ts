// Hover: on a step id or a reference to one, the step's text, owner and time; on a `sop:`
// reference, the other SOP's title, unit and file; on a 註 mark, the note's text.

import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { localize, type Lang } from '../i18n/lang.js';
import { LSP_MESSAGES } from './messages.js';
import type { WorkspaceIndex } from './workspace-index.js';
import { occurrenceAt, type DocumentSymbols, type StepInfo } from './yaml-symbols.js';

/** Markdown text that shows as written: no emphasis or links from the SOP's own words. */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

export function stepMarkdown(step: StepInfo, lang: Lang): string {
  const label = (key: keyof typeof LSP_MESSAGES) => localize(LSP_MESSAGES[key], lang);
  const lines = [`**${label('step')} \`${step.id}\`**${step.kind ? ` · ${step.kind}` : ''}`];
  if (step.text) lines.push('', escape(step.text));
  const facts = [step.owner ? `${label('owner')}: ${escape(step.owner)}` : '', step.time ? `${label('time')}: ${escape(step.time)}` : ''].filter(Boolean);
  if (facts.length > 0) lines.push('', facts.join(' · '));
  return lines.join('\n');
}

export function hover(document: TextDocument, symbols: DocumentSymbols, offset: number, index: WorkspaceIndex, lang: Lang): Hover | undefined {
  const at = occurrenceAt(symbols, offset);
  if (!at) return undefined;
  let value: string | undefined;
  if (at.kind === 'step') {
    const step = symbols.steps.find((s) => s.id === at.name);
    if (step) value = stepMarkdown(step, lang);
  } else if (at.kind === 'note') {
    const text = symbols.notes.get(at.name);
    value = `**${localize(LSP_MESSAGES.note, lang, { note: at.name })}** ${text === undefined ? localize(LSP_MESSAGES.noteUndefined, lang, { note: at.name }) : escape(text)}`;
  } else {
    const sops = [...index.entries()].flatMap((e) => (e.file.sop && e.file.sop.id === at.name ? [e.file.sop] : []));
    value = sops
      .map((sop) => `**${escape(sop.title)}** (\`${sop.id}\`)\n\n${localize(LSP_MESSAGES.unit, lang)}: ${escape(sop.unit)} · ${localize(LSP_MESSAGES.file, lang)}: ${escape(sop.displayPath)}`)
      .join('\n\n---\n\n');
  }
  if (!value) return undefined;
  return { contents: { kind: MarkupKind.Markdown, value }, range: { start: document.positionAt(at.start), end: document.positionAt(at.end) } };
}
