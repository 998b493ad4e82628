// `sop lsp` driven over stdio as an editor drives it, on a small workspace of three SOPs (one
// runs another with `sop:`) and a config: the findings of the unsaved text are those `sop lint`
// prints for the same text, positions included; a fix, applied, removes its finding; go to
// definition, references, completion, hover; shutdown and exit.

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../helpers/lsp-client.js';
import { ROOT, runBin } from '../helpers/run-cli.js';

const FIXTURE = path.join(ROOT, 'test/fixtures/lsp');
const SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3 };

interface Position {
  line: number;
  character: number;
}

function copyWorkspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sop-lsp-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** The position of `needle` in `text` (its first occurrence), `delta` characters into it. */
function positionOf(text: string, needle: string, delta = 0): Position {
  const offset = text.indexOf(needle);
  expect(offset, needle).toBeGreaterThanOrEqual(0);
  return TextDocument.create('file:///x', 'yaml', 0, text).positionAt(offset + delta);
}

/** `sop lint --format json` on the same text, in a copy of the workspace; as comparable rows. */
function cliFindings(file: string, text: string): unknown[] {
  const dir = copyWorkspace();
  writeFileSync(path.join(dir, file), text);
  const { stdout } = runBin(['lint', '--format', 'json'], dir);
  const entry = (JSON.parse(stdout) as { filePath: string; messages: Record<string, any>[] }[]).find((e) => e.filePath === path.join(dir, file))!;
  return entry.messages.map((m) => ({ ruleId: m.ruleId, severity: SEVERITY[m.level], message: m.message, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn }));
}

function lspFindings(diagnostics: any[]): unknown[] {
  return diagnostics.map((d) => ({
    ruleId: d.code,
    severity: d.severity,
    message: d.message,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
  }));
}

describe('sop lsp over stdio', () => {
  const dir = copyWorkspace();
  const uriOf = (file: string) => pathToFileURL(path.join(dir, file)).href;
  const petition = uriOf('petition.sop.yaml');
  const diskText = readFileSync(path.join(dir, 'petition.sop.yaml'), 'utf8');
  let client: LspClient;
  let version = 1;
  let text = diskText;

  /** Sends the whole new text as an unsaved change; resolves to the diagnostics of that version. */
  async function change(newText: string): Promise<any[]> {
    version += 1;
    text = newText;
    const published = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === petition && p.version === version);
    client.notify('textDocument/didChange', { textDocument: { uri: petition, version }, contentChanges: [{ text: newText }] });
    return (await published).diagnostics;
  }

  beforeAll(async () => {
    client = new LspClient(process.execPath, [path.join(ROOT, 'bin/sop.js'), 'lsp', '--stdio'], { cwd: dir });
    const init = await client.request('initialize', {
      processId: process.pid,
      locale: 'zh-TW',
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'sops' }],
      capabilities: { window: { showDocument: { support: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    expect(init.capabilities.definitionProvider).toBe(true);
    client.notify('initialized', {});
  });

  afterAll(async () => {
    await client?.close();
  });

  it('publishes on open the findings sop lint gives for the file, with rule id, docs link and source', async () => {
    const published = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === petition);
    client.notify('textDocument/didOpen', { textDocument: { uri: petition, languageId: 'yaml', version, text: diskText } });
    const { diagnostics } = await published;
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(lspFindings(diagnostics)).toEqual(cliFindings('petition.sop.yaml', diskText));
    for (const d of diagnostics) {
      expect(d.source).toBe('sop');
      expect(d.codeDescription.href).toMatch(new RegExp(`docs/rules/${d.code}\\.md$`));
    }
  });

  it('goes from a branch target to its step, and from sop: to the other SOP\'s file', async () => {
    const branch = await client.request('textDocument/definition', { textDocument: { uri: petition }, position: positionOf(text, '是: overdue', 4) });
    expect(branch).toEqual([{ uri: petition, range: { start: positionOf(text, 'id: overdue', 4), end: positionOf(text, 'id: overdue', 11) } }]);
    const other = await client.request('textDocument/definition', { textDocument: { uri: petition }, position: positionOf(text, 'sop: overdue-tracking', 6) });
    const overdueText = readFileSync(path.join(dir, 'overdue.sop.yaml'), 'utf8');
    expect(other).toEqual([{ uri: uriOf('overdue.sop.yaml'), range: { start: positionOf(overdueText, 'overdue-tracking'), end: positionOf(overdueText, 'overdue-tracking', 16) } }]);
  });

  it('goes from a (註1) mark to its note, and finds the SOP\'s callers in other files', async () => {
    const note = await client.request('textDocument/definition', { textDocument: { uri: petition }, position: positionOf(text, '(註1)', 2) });
    expect(note).toEqual([{ uri: petition, range: { start: positionOf(text, '  1: ', 2), end: positionOf(text, '  1: ', 3) } }]);
    const callers = await client.request('textDocument/references', {
      textDocument: { uri: petition },
      position: positionOf(text, 'id: petition-online', 5),
      context: { includeDeclaration: false },
    });
    const intakeText = readFileSync(path.join(dir, 'intake.sop.yaml'), 'utf8');
    expect(callers).toEqual([{ uri: uriOf('intake.sop.yaml'), range: { start: positionOf(intakeText, 'petition-online'), end: positionOf(intakeText, 'petition-online', 15) } }]);
  });

  it('completes step ids in branches and units in owner; shows a step on hover', async () => {
    const steps = await client.request('textDocument/completion', { textDocument: { uri: petition }, position: positionOf(text, '是: overdue', 3) });
    expect(steps.map((item: { label: string }) => item.label)).toEqual(['receive', 'record', 'check', 'overdue', 'close']);
    const units = await client.request('textDocument/completion', { textDocument: { uri: petition }, position: positionOf(text, 'owner: 服務中心', 7) });
    expect(units.map((item: { label: string }) => item.label)).toEqual(['企劃處', '研考科', '資訊科', '服務中心']);
    const shown = await client.request('textDocument/hover', { textDocument: { uri: petition }, position: positionOf(text, '否: close', 4) });
    expect(shown.contents.value).toContain('結案');
    expect(shown.contents.value).toContain('主辦: 研考科');
    expect(shown.contents.value).toContain('時間: 10m');
  });

  it('lints the unsaved text as sop lint lints the same text, cross-file checks included', async () => {
    const edited = diskText.replace('    owner: 研考科\n    time: 1d\n    branches', '    owner: 企畫處\n    time: 1d\n    branches').replace('sop: overdue-tracking', 'sop: overdue-trackin');
    expect(edited).not.toBe(diskText);
    const diagnostics = await change(edited);
    const rules = diagnostics.map((d: { code: string }) => d.code);
    expect(rules).toContain('unit-name');
    expect(rules).toContain('subprocess'); // overdue-trackin: no such SOP in the workspace, did you mean overdue-tracking?
    expect(lspFindings(diagnostics)).toEqual(cliFindings('petition.sop.yaml', edited));
  });

  it('offers the rule\'s fix, which removes the finding once applied', async () => {
    const finding = client.diagnostics.get(petition)!.diagnostics.find((d: { code: string }) => d.code === 'unit-name');
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: petition }, range: finding.range, context: { diagnostics: [finding] } });
    const fix = actions.find((a: { title: string }) => a.title.includes('企劃處'));
    expect(fix.kind).toBe('quickfix');
    const fixed = TextDocument.applyEdits(TextDocument.create(petition, 'yaml', version, text), fix.edit.changes[petition]);
    expect(fixed).toBe(text.replace('owner: 企畫處', 'owner: 企劃處'));
    const after = await change(fixed);
    expect(after.map((d: { code: string }) => d.code)).not.toContain('unit-name');
  });

  it('suppresses a finding here with a reason: the comment above the line, the cursor after it', async () => {
    const finding = client.diagnostics.get(petition)!.diagnostics.find((d: { code: string }) => d.code === 'subprocess');
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: petition }, range: finding.range, context: { diagnostics: [finding] } });
    const suppress = actions.find((a: { command?: { command: string } }) => a.command?.command === 'sop.moveCursor');
    const [edit] = suppress.edit.changes[petition];
    expect(edit.newText).toBe('    # sop-disable-next-line subprocess -- \n');
    await client.request('workspace/executeCommand', { command: suppress.command.command, arguments: suppress.command.arguments });
    expect(client.shownDocuments.at(-1)).toMatchObject({ uri: petition, selection: { start: { line: finding.range.start.line, character: edit.newText.length - 1 } } });
    const withReason = TextDocument.applyEdits(TextDocument.create(petition, 'yaml', version, text), [{ ...edit, newText: edit.newText.replace('-- ', '-- 逾期追蹤流程另案制定中') }]);
    const after = await change(withReason);
    expect(after.map((d: { code: string }) => d.code)).not.toContain('subprocess');
  });

  it('checks open files again when another SOP changes on disk', async () => {
    const intake = path.join(dir, 'intake.sop.yaml');
    writeFileSync(intake, readFileSync(intake, 'utf8').replace('id: counter-intake', 'id: petition-online'));
    const published = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === petition && p.diagnostics.some((d: { code: string }) => d.code === 'unique-id'));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('intake.sop.yaml'), type: 2 }] });
    const duplicate = (await published).diagnostics.find((d: { code: string }) => d.code === 'unique-id');
    expect(duplicate.message).toContain('intake.sop.yaml');
  });

  it('ends on shutdown and exit', async () => {
    expect(await client.close()).toBe(0);
  });
});
