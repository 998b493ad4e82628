import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { validateConfig, validateSop } from '../../src/loader/schema-validator.js';
import { ciTemplate, CI_HOSTS, GITHUB_WORKFLOW_TEMPLATE } from '../../src/scaffold/ci-templates.js';
import { CONFIG_TEMPLATE_EN, EXAMPLE_SOP_TEMPLATE_EN } from '../../src/scaffold/templates-en.js';
import { CONFIG_TEMPLATE, EXAMPLE_SOP_TEMPLATE, initFiles, newSopTemplate } from '../../src/scaffold/templates.js';

describe('scaffold templates', () => {
  it('the config and the example validate against their schemas', () => {
    expect(validateConfig(parse(CONFIG_TEMPLATE))).toEqual([]);
    expect(validateSop(parse(EXAMPLE_SOP_TEMPLATE))).toEqual([]);
  });

  it('comments every key of the config in both languages', () => {
    const doc = parseDocument(CONFIG_TEMPLATE);
    const lines = CONFIG_TEMPLATE.split('\n');
    for (const key of Object.keys(doc.toJS() as object)) {
      const at = lines.findIndex((line) => line.startsWith(`${key}:`));
      const above = lines.slice(Math.max(0, at - 2), at);
      expect(above.every((line) => line.startsWith('# ')), key).toBe(true);
      expect(above.some((line) => /[\u4e00-\u9fff]/u.test(line)), `${key} (zh-TW)`).toBe(true);
      expect(above.some((line) => /^# [A-Z]/.test(line)), `${key} (en)`).toBe(true);
    }
  });

  it('the workflow lints, uploads SARIF and the handbook', () => {
    const workflow = parse(GITHUB_WORKFLOW_TEMPLATE) as { on: object; jobs: Record<string, { steps: { uses?: string; run?: string }[] }> };
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const runs = steps.flatMap((s) => (s.run ? [s.run] : []));
    const uses = steps.flatMap((s) => (s.uses ? [s.uses] : []));
    expect(runs).toContain('npx sop lint --format github');
    expect(runs).toContain('npx sop lint --format sarif -o sop.sarif');
    expect(runs).toContain('npx sop render --handbook sops -o handbook.pdf');
    expect(uses).toEqual(expect.arrayContaining(['actions/setup-node@v4', 'github/codeql-action/upload-sarif@v3', 'actions/upload-artifact@v4']));
    expect(initFiles().map((f) => f.path)).toEqual(['sop.config.yaml', 'sops/example.sop.yaml', '.github/workflows/sop.yml']);
    expect(initFiles('gitlab').map((f) => f.path)).toEqual(['sop.config.yaml', 'sops/example.sop.yaml', '.gitlab-ci.yml']);
  });

  it('a new SOP validates whatever its title and unit', () => {
    for (const [title, unit] of [
      [undefined, undefined],
      ['帳號: 申請 #1', '資訊科'],
      ['true', '- 單位'],
      ["it's \"quoted\"", '123'],
    ]) {
      const text = newSopTemplate({ id: 'x', title, unit, schemaPath: '../schemas/sop.schema.json' });
      const data = parse(text) as { title: string; unit: string; steps: { kind?: string }[] };
      expect(validateSop(data), text).toEqual([]);
      if (title) expect(data.title).toBe(title);
      if (unit) expect(data.unit).toBe(unit);
      expect(data.steps.map((s) => s.kind ?? 'process')).toEqual(['start', 'process', 'end']);
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/sop.schema.json');
    }
  });

  it('--lang en: the English config and example validate, comment every key, and the CI files differ only in comments', () => {
    expect(validateConfig(parse(CONFIG_TEMPLATE_EN))).toEqual([]);
    expect(validateSop(parse(EXAMPLE_SOP_TEMPLATE_EN))).toEqual([]);
    const lines = CONFIG_TEMPLATE_EN.split('\n');
    for (const key of Object.keys(parseDocument(CONFIG_TEMPLATE_EN).toJS() as object)) {
      const at = lines.findIndex((line) => line.startsWith(`${key}:`));
      expect(lines[at - 1], key).toMatch(/^# [A-Z]/);
    }
    // The same settings as the bilingual config, in the other language where they are words.
    expect(Object.keys(parse(CONFIG_TEMPLATE_EN) as object)).toEqual(Object.keys(parse(CONFIG_TEMPLATE) as object));
    for (const host of CI_HOSTS) expect(parse(ciTemplate(host, 'en')), host).toEqual(parse(ciTemplate(host)));
  });
});
