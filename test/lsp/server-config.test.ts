// `sop lsp` with a broken sop.config.yaml, an English client, and yaml-language-server beside
// it (schemaDiagnostics off): the config's error shows in the config file and on the SOP; once
// the config is saved fixed, the SOP is checked again; the settings can change while it runs.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from '../helpers/lsp-client.js';
import { ROOT } from '../helpers/run-cli.js';

const SOP = `sop: 1
id: broken
title: 測試
unit: 企劃處
legal: []
forms: []
steps:
  - id: a
    kind: strat
    text: 受理
`;

describe('sop lsp: the config, the language and schemaDiagnostics', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sop-lsp-config-'));
  const configFile = path.join(dir, 'sop.config.yaml');
  const configUri = pathToFileURL(configFile).href;
  const sopUri = pathToFileURL(path.join(dir, 'broken.sop.yaml')).href;
  const otherUri = pathToFileURL(path.join(dir, 'docker-compose.yaml')).href;
  let client: LspClient;

  function open(uri: string, text: string): void {
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  }

  beforeAll(async () => {
    writeFileSync(configFile, 'units: 企劃處\n');
    writeFileSync(path.join(dir, 'broken.sop.yaml'), SOP);
    client = new LspClient(process.execPath, [path.join(ROOT, 'bin/sop.js'), 'lsp'], { cwd: dir });
    await client.request('initialize', {
      processId: process.pid,
      locale: 'en-US',
      rootUri: pathToFileURL(dir).href,
      capabilities: {},
      initializationOptions: { schemaDiagnostics: false },
    });
    client.notify('initialized', {});
  });

  afterAll(async () => {
    await client?.close();
  });

  it('shows a broken config\'s error in the config file, in the client\'s language, and on the SOP', async () => {
    const inConfig = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === configUri && p.diagnostics.length > 0);
    open(configUri, 'units: 企劃處\n');
    const [problem] = (await inConfig).diagnostics;
    expect(problem.range.start).toEqual({ line: 0, character: 7 });
    expect(problem.message).toMatch(/units/);
    expect(problem.message).toMatch(/must be/);

    const onSop = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === sopUri);
    open(otherUri, 'services: {}\n');
    open(sopUri, SOP);
    const [top] = (await onSop).diagnostics;
    expect(top.message).toMatch(/^The config sop\.config\.yaml has an error, so this SOP cannot be checked: /);
    expect(top.relatedInformation[0].location.uri).toBe(configUri);
  });

  it('checks the SOP again when the config is saved fixed, leaving the schema to yaml-language-server', async () => {
    writeFileSync(configFile, 'units: [企劃處]\n');
    const cleared = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === configUri && p.diagnostics.length === 0);
    const onSop = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === sopUri);
    client.notify('textDocument/didSave', { textDocument: { uri: configUri } });
    await cleared;
    // kind: strat is a schema error: with schemaDiagnostics off it is yaml-language-server's to show.
    expect((await onSop).diagnostics).toEqual([]);
  });

  it('shows schema errors again when the setting changes, and none for other YAML files', async () => {
    const onSop = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === sopUri && p.diagnostics.length > 0);
    client.notify('workspace/didChangeConfiguration', { settings: { sop: { schemaDiagnostics: true } } });
    const [schema] = (await onSop).diagnostics;
    expect(schema.code).toBe('schema');
    expect(schema.message).toMatch(/step 1 \(a\): kind cannot be "strat"/);
    expect(schema.range.start).toEqual({ line: 8, character: 10 });
    expect(client.diagnostics.has(otherUri)).toBe(false);
  });

  it('speaks the config\'s lang over the client\'s locale', async () => {
    writeFileSync(configFile, 'units: [企劃處]\nlang: zh-TW\n');
    const onSop = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === sopUri && p.diagnostics.length > 0);
    client.notify('textDocument/didSave', { textDocument: { uri: configUri } });
    const [schema] = (await onSop).diagnostics;
    expect(schema.message).toBe('第 1 步（a）的 kind 的值「strat」無效，您是指「start」嗎？');
  });

  it('clears a closed SOP\'s diagnostics', async () => {
    const cleared = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === sopUri && p.diagnostics.length === 0);
    client.notify('textDocument/didClose', { textDocument: { uri: sopUri } });
    await cleared;
  });
});
