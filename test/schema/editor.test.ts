// An editor with yaml-language-server and the modeline of the format page gets validation
// and Chinese hover help from schemas/sop.schema.json: driven over stdio like an editor.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from '../helpers/lsp-client.js';
import { ROOT } from '../helpers/run-cli.js';

const require = createRequire(import.meta.url);
const serverBin = path.join(path.dirname(require.resolve('yaml-language-server/package.json')), 'bin/yaml-language-server');

const settings = { yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false }, schemas: {} } };

describe('yaml-language-server with the modeline', () => {
  let client: LspClient;

  beforeAll(async () => {
    client = new LspClient(process.execPath, [serverBin, '--stdio']);
    client.settings = settings.yaml;
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(ROOT).href,
      capabilities: { textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: {} }, workspace: { configuration: true } },
      workspaceFolders: [{ uri: pathToFileURL(ROOT).href, name: 'sop' }],
    });
    client.notify('initialized', {});
    client.notify('workspace/didChangeConfiguration', { settings });
  });

  afterAll(async () => {
    await client?.close();
  });

  function open(relative: string): string {
    const file = path.join(ROOT, relative);
    const uri = pathToFileURL(file).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: readFileSync(file, 'utf8') } });
    return uri;
  }

  it('reports schema errors in a broken file', async () => {
    const uri = pathToFileURL(path.join(ROOT, 'test/fixtures/editor/broken.sop.yaml')).href;
    const diagnostics = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length > 0);
    open('test/fixtures/editor/broken.sop.yaml');
    const { diagnostics: found } = await diagnostics;
    const lines = found.map((d: { range: { start: { line: number } } }) => d.range.start.line + 1);
    expect(lines).toEqual(expect.arrayContaining([8, 10, 11])); // kind: strat, ownr, time: 30
  });

  it('reports nothing for a valid file, and shows Chinese help on hover', async () => {
    const uri = pathToFileURL(path.join(ROOT, 'test/fixtures/editor/valid.sop.yaml')).href;
    const diagnostics = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    open('test/fixtures/editor/valid.sop.yaml');
    expect((await diagnostics).diagnostics).toEqual([]);
    // Hover over `owner` (line 11, column 5).
    const hover = (await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 10, character: 6 } })) as {
      contents: { value: string } | string;
    };
    const text = typeof hover.contents === 'string' ? hover.contents : hover.contents.value;
    expect(text).toContain('主辦');
    expect(text).toContain('Owner');
  });

  it('says in words what a bad duration, step id or date should look like, never the regular expression', async () => {
    const uri = pathToFileURL(path.join(ROOT, 'test/fixtures/editor/readable.sop.yaml')).href;
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/sop.schema.json'), 'utf8')) as {
      definitions: Record<string, { errorMessage?: string; patternErrorMessage?: string }>;
      properties: Record<string, { patternErrorMessage?: string }>;
    };
    const diagnostics = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length >= 4);
    open('test/fixtures/editor/readable.sop.yaml');
    const found = (await diagnostics).diagnostics as { range: { start: { line: number } }; message: string }[];
    const byLine = found.map((d) => [d.range.start.line + 1, d.message]).sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(byLine).toEqual([
      [6, schema.properties.established!.patternErrorMessage], // established: 三月一日
      [11, schema.definitions.duration!.errorMessage], // time: 30 (a number: the type is wrong)
      [12, schema.definitions.stepId!.patternErrorMessage], // id: 審核
      [14, schema.definitions.duration!.patternErrorMessage], // time: 三十分
    ]);
    for (const [, message] of byLine) expect(message).not.toMatch(/\^|\\d|pattern|Incorrect type/);
    expect(schema.definitions.duration!.patternErrorMessage).toContain('請寫成 30m、2h、1.5d、2w、1-3d 或 3工作天');
    // Hover over `time` shows the units as a table, in both languages.
    const hover = (await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 10, character: 6 } })) as { contents: { value: string } };
    expect(hover.contents.value).toContain('| `2w`、`2週` | 週 = 5 個工作天 · weeks of 5 working days |');
    expect(hover.contents.value).toContain('A plain number (`30`) has no unit.');
  });
});
