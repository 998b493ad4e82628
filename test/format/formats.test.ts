import { readFileSync } from 'node:fs';
import path from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../src/format/github.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const BROKEN = 'test/fixtures/broken';

describe('output formats', () => {
  it('json is ESLint-compatible, with level and stepId', async () => {
    const { code, stdout } = await runCli(['lint', BROKEN, '--format', 'json']);
    expect(code).toBe(1);
    const files = JSON.parse(stdout) as { filePath: string; messages: Record<string, unknown>[]; errorCount: number; warningCount: number }[];
    const unknownNext = files.find((f) => f.filePath.endsWith('unknown-next.sop.yaml'))!;
    expect(path.isAbsolute(unknownNext.filePath)).toBe(true);
    expect(unknownNext.errorCount).toBe(unknownNext.messages.filter((m) => m.severity === 2).length);
    expect(unknownNext.warningCount).toBe(unknownNext.messages.filter((m) => m.severity === 1).length);
    const finding = unknownNext.messages.find((m) => m.ruleId === 'unknown-step')!;
    expect(finding).toMatchObject({
      ruleId: 'unknown-step',
      severity: 2,
      level: 'error',
      line: 9,
      column: 11,
      endLine: 9,
      endColumn: 17,
      stepId: 'receive',
    });
    expect(finding.message).toContain('handle');
  });

  it('json counts add up as ESLint\'s do: infos are severity 1, in warningCount, and counted apart in infoCount', async () => {
    const { stdout } = await runCli(['lint', 'test/fixtures/fix', BROKEN, '--format', 'json']);
    type Counts = Record<'errorCount' | 'fatalErrorCount' | 'warningCount' | 'infoCount' | 'fixableErrorCount' | 'fixableWarningCount' | 'fixableInfoCount', number>;
    const files = JSON.parse(stdout) as (Counts & { filePath: string; messages: { severity: number; level: string; fatal?: boolean; ruleId: string }[] })[];
    const levels = files.flatMap((f) => f.messages.map((m) => m.level));
    expect(new Set(levels)).toEqual(new Set(['error', 'warning', 'info']));
    for (const file of files) {
      const { messages } = file;
      expect(file.errorCount + file.warningCount, file.filePath).toBe(messages.length);
      expect(file.warningCount).toBe(messages.filter((m) => m.severity === 1).length);
      expect(file.infoCount).toBe(messages.filter((m) => m.level === 'info').length);
      expect(messages.filter((m) => m.level === 'info').every((m) => m.severity === 1)).toBe(true);
      expect(file.fatalErrorCount).toBe(messages.filter((m) => m.fatal).length);
    }
    expect(files.find((f) => f.filePath.endsWith('syntax-error.sop.yaml'))).toMatchObject({ errorCount: 1, fatalErrorCount: 1 });
    // The fix fixture: its form-name and term-consistency findings are fixable warnings.
    const fixable = files.find((f) => f.filePath.endsWith('account.sop.yaml'))!;
    expect(fixable).toMatchObject({ fixableErrorCount: 0, fixableWarningCount: 4, fixableInfoCount: 0 });
  });

  it('sarif validates against the official SARIF 2.1.0 schema', async () => {
    const { stdout } = await runCli(['lint', BROKEN, '--format', 'sarif']);
    const log = JSON.parse(stdout);
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
    const Ajv04 = ajvDraft04.default;
    const ajv = new Ajv04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.rules.length).toBeGreaterThan(5);
    for (const rule of run.tool.driver.rules) {
      expect(rule.helpUri).toMatch(/^https:\/\/.+\/docs\/rules\/.+\.md$/);
      expect(rule.help.text.length).toBeGreaterThan(5);
    }
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'unknown-step');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('test/fixtures/broken/unknown-next.sop.yaml');
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 9, startColumn: 11, endLine: 9, endColumn: 17 });
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('unknown-step');
  });

  it('github prints workflow commands with relative paths', async () => {
    const { stdout } = await runCli(['lint', `${BROKEN}/unknown-next.sop.yaml`, '--format', 'github', '--lang', 'en']);
    expect(stdout.trim().split('\n').filter((line) => line.includes('unknown-step'))).toEqual([
      '::error file=test/fixtures/broken/unknown-next.sop.yaml,line=9,col=11,endLine=9,endColumn=17,title=sop unknown-step::No step "handel"; did you mean "handle"? As written, "handle" and what follows it (1 more) cannot be reached',
    ]);
  });

  it('github escapes data and properties as documented', () => {
    expect(escapeData('100%\r\nnext')).toBe('100%25%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('stylish groups by file with line:col, severity, message, rule id and a summary', async () => {
    const { stdout } = await runCli(['lint', `${BROKEN}/unknown-next.sop.yaml`, '--lang', 'en', '--quiet']);
    expect(stdout).toContain('test/fixtures/broken/unknown-next.sop.yaml');
    expect(stdout).toMatch(/ {2}9:11 {2}error {2}No step "handel"; did you mean "handle"\? As written, "handle" and what follows it \(1 more\) cannot be reached {2}unknown-step/);
    expect(stdout).toContain('✖ 1 problem (1 error, 0 warnings, 0 info)');
    expect(stdout).not.toMatch(/\u001b\[/);
  });
});
