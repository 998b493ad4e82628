// Code actions on findings: the rules' safe fixes (applied by fix/apply-fixes.ts, as
// `sop lint --fix` does), all of a file's fixes at once (source.fixAll), and "suppress here
// with a reason": a `# sop-disable-next-line <rule> -- ` comment above the line, the cursor
// put after it (command sop.moveCursor → window/showDocument) for the reason to be typed.

import { isDeepStrictEqual } from 'node:util';
import { CodeActionKind, type CodeAction, type Command, type Range, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument } from 'yaml';
import type { Finding } from '../engine/types.js';
import { applyFixes } from '../fix/apply-fixes.js';
import { localize, type Lang } from '../i18n/lang.js';
import { rangeOfFinding, toDiagnostic } from './diagnostics.js';
import { LSP_MESSAGES } from './messages.js';

export const MOVE_CURSOR_COMMAND = 'sop.moveCursor';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.sop`;

/** Findings that a suppression comment cannot or should not silence. */
const NOT_SUPPRESSIBLE = new Set(['yaml', 'unused-suppression']);

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** The smallest edit that turns `before` into `after` (they differ in one stretch). */
function minimalEdit(document: TextDocument, before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { range: { start: document.positionAt(start), end: document.positionAt(before.length - end) }, newText: after.slice(start, after.length - end) };
}

function editAction(document: TextDocument, title: string, kind: string, edits: TextEdit[], extra: Partial<CodeAction> = {}): CodeAction {
  return { title, kind, edit: { changes: { [document.uri]: edits } }, ...extra };
}

function fixAction(document: TextDocument, finding: Finding, lang: Lang): CodeAction | undefined {
  const text = document.getText();
  const outcome = applyFixes(text, [finding.fix!]);
  if (outcome.applied.length === 0) return undefined;
  const title = localize(LSP_MESSAGES.fixTitle, lang, { from: finding.fix!.from, to: finding.fix!.to });
  return editAction(document, title, CodeActionKind.QuickFix, [minimalEdit(document, text, outcome.text)], { isPreferred: true });
}

/** All fixes of the file in one edit, as `sop lint --fix` would apply them. */
export function fixAllAction(document: TextDocument, findings: Finding[], lang: Lang): CodeAction | undefined {
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
  if (fixes.length === 0) return undefined;
  const text = document.getText();
  const outcome = applyFixes(text, fixes);
  if (outcome.applied.length === 0) return undefined;
  const title = localize(LSP_MESSAGES.fixAllTitle, lang, { count: outcome.applied.length });
  return editAction(document, title, FIX_ALL_KIND, [minimalEdit(document, text, outcome.text)]);
}

function sameData(before: string, after: string): boolean {
  const read = (text: string) => {
    const doc = parseDocument(text, { uniqueKeys: false });
    return doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: 100 });
  };
  const data = read(after);
  return data !== undefined && isDeepStrictEqual(read(before), data);
}

function suppressAction(document: TextDocument, finding: Finding, lang: Lang): CodeAction | undefined {
  const lineIndex = finding.line - 1;
  const lineText = document.getText({ start: { line: lineIndex, character: 0 }, end: { line: lineIndex + 1, character: 0 } }).replace(/\r?\n$/, '');
  const content = lineText.trim() !== '' && !lineText.trim().startsWith('#');
  // A finding on a line with no content (the top of the file) is suppressed for the whole file.
  const indent = content ? /^\s*/.exec(lineText)![0] : '';
  const comment = `${indent}# ${content ? 'sop-disable-next-line' : 'sop-disable'} ${finding.ruleId} -- `;
  const insertAt = { line: lineIndex, character: 0 };
  const text = document.getText();
  const offset = document.offsetAt(insertAt);
  if (!sameData(text, `${text.slice(0, offset)}${comment}\n${text.slice(offset)}`)) return undefined;
  const title = localize(content ? LSP_MESSAGES.suppressTitle : LSP_MESSAGES.suppressFileTitle, lang, { rule: finding.ruleId });
  const command: Command = { title, command: MOVE_CURSOR_COMMAND, arguments: [document.uri, lineIndex, comment.length] };
  return editAction(document, title, CodeActionKind.QuickFix, [{ range: { start: insertAt, end: insertAt }, newText: `${comment}\n` }], { command });
}

/** The actions for the findings under `range` (the lightbulb), and the file's fix-all. */
export function codeActions(document: TextDocument, findings: Finding[], range: Range, only: string[] | undefined, lang: Lang): CodeAction[] {
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  const here = findings.filter((f) => overlaps(rangeOfFinding(f), range));
  if (wants(CodeActionKind.QuickFix)) {
    for (const finding of here) {
      const fix = finding.fix ? fixAction(document, finding, lang) : undefined;
      const suppress = NOT_SUPPRESSIBLE.has(finding.ruleId) ? undefined : suppressAction(document, finding, lang);
      for (const action of [fix, suppress]) if (action) actions.push({ ...action, diagnostics: [toDiagnostic(finding)] });
    }
  }
  // Asked for (on save, "Fix all"), or beside the quick fixes when there is more than one fix.
  if (only ? wants(FIX_ALL_KIND) : findings.filter((f) => f.fix).length > 1 && here.some((f) => f.fix)) {
    const all = fixAllAction(document, findings, lang);
    if (all) actions.push(all);
  }
  return actions;
}
