import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load-config.js';
import { lintFiles, lintSources } from '../../src/engine/lint.js';
import type { Rule } from '../../src/engine/types.js';
import { terminals } from '../../src/rules/terminals.js';
import { sopWith } from '../helpers/rule-tester.js';
import { THREE_CHANNELS } from '../helpers/samples.js';

const NO_END = sopWith(`
  - id: a
    kind: start
    text: 受理
  - id: b
    text: 處理`);

function tempRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sop-engine-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('lint engine', () => {
  it('applies severities from the nearest sop.config.yaml and from overrides', () => {
    const dir = tempRepo({ 'sop.config.yaml': 'rules:\n  terminals: warn\n', 'sops/a.sop.yaml': NO_END });
    const file = path.join(dir, 'sops/a.sop.yaml');
    const fromConfig = lintFiles([file], { cwd: dir, rules: [terminals] });
    expect(fromConfig.results[0]!.findings.map((f) => [f.ruleId, f.severity])).toEqual([['terminals', 'warn']]);
    const overridden = lintFiles([file], { cwd: dir, rules: [terminals], ruleOverrides: { terminals: 'off' } });
    expect(overridden.results[0]!.findings).toEqual([]);
  });

  it('accepts [severity, options] in the config and passes the options to the rule', () => {
    let seen: Record<string, unknown> | undefined;
    const probe: Rule = {
      meta: { ...terminals.meta, id: 'probe', optionsSchema: { type: 'object', properties: { a: { type: 'number' }, b: { type: 'number' } } }, defaultOptions: { a: 1, b: 2 } },
      *check(_sop, context) {
        seen = context.options;
      },
    };
    const dir = tempRepo({ 'sop.config.yaml': 'rules:\n  probe: [info, {b: 3}]\n', 'a.sop.yaml': NO_END });
    lintFiles([path.join(dir, 'a.sop.yaml')], { cwd: dir, rules: [probe] });
    expect(seen).toEqual({ a: 1, b: 3 });
  });

  it('gives rules the settings slice of the config, not the config', () => {
    let seen: object | undefined;
    const probe: Rule = {
      meta: { ...terminals.meta, id: 'probe' },
      *check(_sop, context) {
        seen = context;
      },
    };
    const dir = tempRepo({ 'sop.config.yaml': 'units: [企劃處]\nhoursPerDay: 7\ninclude: ["**/*.sop.yaml"]\n', 'a.sop.yaml': NO_END });
    lintFiles([path.join(dir, 'a.sop.yaml')], { cwd: dir, rules: [probe] });
    expect(seen).not.toHaveProperty('config');
    expect((seen as { settings: object }).settings).toEqual({ units: ['企劃處'], kpis: [], terms: [], hoursPerDay: 7, folderDepth: 0 });
  });

  it('localizes messages in English with lang en', () => {
    const run = lintSources([{ file: '/v/a.sop.yaml', text: NO_END }], { cwd: '/v', rules: [terminals], config: defaultConfig('/v'), lang: 'en' });
    expect(run.results[0]!.findings[0]!.message).toBe('The chart has no end: the flow stops at "b"; make it an end, or add a step with kind: end after it');
  });

  it('turns a rule that throws into a rule-error finding and keeps going', () => {
    const broken: Rule = {
      meta: { ...terminals.meta, id: 'broken' },
      check() {
        throw new Error('boom');
      },
    };
    const run = lintSources([{ file: '/v/a.sop.yaml', text: NO_END }], { cwd: '/v', rules: [broken, terminals], config: defaultConfig('/v') });
    expect(run.results[0]!.findings.map((f) => f.ruleId).sort()).toEqual(['rule-error', 'terminals']);
    expect(run.results[0]!.findings.find((f) => f.ruleId === 'rule-error')!.message).toContain('boom');
  });

  describe('suppression comments', () => {
    const lint = (text: string) =>
      lintSources([{ file: '/v/a.sop.yaml', text }], { cwd: '/v', rules: [terminals], config: defaultConfig('/v') }).results[0]!.findings.map(
        (f) => `${f.line} ${f.ruleId} ${f.messageId}`,
      );

    it('sop-disable-next-line above a step covers that whole step', () => {
      const text = sopWith(`
  - id: a
    kind: start
    text: 受理
  # sop-disable-next-line terminals -- the end is in the next SOP
  - id: b
    text: 處理`);
      expect(lint(text)).toEqual([]);
    });

    it('sop-disable covers the file; an unused one is reported', () => {
      expect(lint(`# sop-disable terminals -- drafted\n${NO_END}`)).toEqual([]);
      const clean = sopWith(`
  - {id: a, kind: start, text: 受理}
  - {id: b, kind: end, text: 結案}`);
      expect(lint(`# sop-disable terminals\n${clean}`)).toEqual(['1 unused-suppression unused']);
      expect(lint(`# sop-disable no-such-rule\n${clean}`)).toEqual(['1 unused-suppression unknownRule']);
    });

    it('sop-disable-line covers its own line only', () => {
      const text = sopWith(`
  - id: a
    kind: start
    text: 受理
  - id: b  # sop-disable-line terminals
    text: 處理`);
      expect(lint(text)).toEqual([]);
    });
  });

  it('an SOP with three intake chains, each with its own start: one terminals finding and no unreachable (none with startPerChannel)', () => {
    const flowFindings = (config: string) => {
      const dir = tempRepo({ 'sop.config.yaml': config, 'a.sop.yaml': THREE_CHANNELS });
      const run = lintFiles([path.join(dir, 'a.sop.yaml')], { cwd: dir });
      const flowRules = ['terminals', 'unreachable', 'dead-end', 'unknown-step'];
      return run.results[0]!.findings.filter((f) => flowRules.includes(f.ruleId)).map((f) => `${f.ruleId} ${f.messageId} @${f.stepId ?? '-'}`);
    };
    expect(flowFindings('lang: zh-TW\n')).toEqual(['terminals severalStarts @phone']);
    expect(flowFindings('rules:\n  terminals: [error, {startPerChannel: true}]\n')).toEqual([]);
  });

  it('finds duplicate SOP ids across the linted files', () => {
    const dir = tempRepo({ 'a.sop.yaml': NO_END, 'b.sop.yaml': NO_END });
    const run = lintFiles([path.join(dir, 'a.sop.yaml'), path.join(dir, 'b.sop.yaml')], { cwd: dir });
    const duplicates = run.results.flatMap((r) => r.findings.filter((f) => f.messageId === 'duplicateSop').map((f) => `${r.displayPath}:${f.line}`));
    expect(duplicates).toEqual(['a.sop.yaml:2', 'b.sop.yaml:2']);
  });

  it('without models, lets each model go between summary and check and finds the same', () => {
    const dir = tempRepo({
      'a.sop.yaml': NO_END,
      'b.sop.yaml': NO_END,
      'c.sop.yaml': `${NO_END}\nextra: 1\n`,
      'd.sop.yaml': 'id: [\n',
      'sub/e.sop.yaml': NO_END,
      'sub/sop.config.yaml': 'lang: en\n',
    });
    const files = ['a.sop.yaml', 'b.sop.yaml', 'c.sop.yaml', 'd.sop.yaml', 'sub/e.sop.yaml'].map((f) => path.join(dir, f));
    const read = (results: ReturnType<typeof lintFiles>['results']) => results.map((r) => [r.displayPath, r.findings.map((f) => `${f.ruleId}:${f.messageId}:${f.line}:${f.column}:${f.message}`)]);
    for (const report of [undefined, (file: string) => !file.endsWith('a.sop.yaml')]) {
      const withModels = lintFiles(files, { cwd: dir, report });
      const without = lintFiles(files, { cwd: dir, report }, false);
      expect(read(without.results)).toEqual(read(withModels.results));
      expect(without.lang).toBe(withModels.lang);
      expect(without.results.every((r) => r.sop === undefined)).toBe(true);
      expect(withModels.results.some((r) => r.sop !== undefined)).toBe(true);
    }
  });
});
