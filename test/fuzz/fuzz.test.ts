// Fuzz: seeded mutations of the examples and the seed fixtures (lines deleted, duplicated and
// swapped; lone surrogates, U+202E, NUL and control characters, very long lines, deep nesting,
// tabs and full-width colons) run in process through the lint engine, the report builder and the
// render pipeline. Nothing may throw; every file gets findings or a drawing; every SVG is
// well-formed XML (sax, strict); every PDF starts with %PDF- and ends with %%EOF.
// Replay a failure with FUZZ_SEED=<the printed seed> npx vitest run test/fuzz.

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSources } from '../../src/engine/lint.js';
import type { FileResult } from '../../src/engine/types.js';
import { drawable } from '../../src/pipeline/drawable.js';
import { drawSop } from '../../src/pipeline/draw-sop.js';
import { loadRenderFonts } from '../../src/pipeline/render-fonts.js';
import { openRun } from '../../src/pipeline/render-run.js';
import { writePdf } from '../../src/render/pdf-writer.js';
import { writeSvg } from '../../src/render/svg-writer.js';
import { buildReport } from '../../src/report/build-report.js';
import { formatCsv } from '../../src/report/format-csv.js';
import { formatHtml } from '../../src/report/format-html.js';
import { formatJson } from '../../src/report/format-json.js';
import { formatMarkdown } from '../../src/report/format-md.js';
import { mutate, XorShift } from '../helpers/fuzz.js';
import { ROOT } from '../helpers/run-cli.js';

// sax as an independent, strict XML 1.0 parser.
interface SaxParser {
  onerror: (error: Error) => void;
  write(xml: string): { close(): void };
}
const sax = createRequire(import.meta.url)('sax') as { parser(strict: boolean, options: object): SaxParser };

const SEED = Number(process.env.FUZZ_SEED ?? 20261206) >>> 0;
const LINT_CASES = 60;
const RENDER_CASES = 12;
/** Mostly mutations that keep the YAML loadable, so that most render cases reach the writers. */
const RENDER_MUTATIONS = ['hostileInText', 'hostileInText', 'hostileInText', 'duplicateLine', 'swapLines', 'longLine'];

const EXAMPLES = path.join(ROOT, 'examples');
const SEED_FIXTURES = path.join(ROOT, 'test/fixtures/seed');
const CORPUS = [
  ...readdirSync(EXAMPLES).filter((f) => f.endsWith('.sop.yaml')).map((f) => path.join(EXAMPLES, f)),
  ...readdirSync(SEED_FIXTURES).filter((f) => f.endsWith('.sop.yaml')).map((f) => path.join(SEED_FIXTURES, f)),
].sort();

interface Case {
  name: string;
  file: string;
  text: string;
}

/** `count` mutated files, each named by its source and mutations (shown when an assertion fails). */
function cases(rng: XorShift, count: number, prefix: string, most: number, names?: readonly string[]): Case[] {
  return Array.from({ length: count }, (_, i) => {
    const source = rng.pick(CORPUS);
    const { text, applied } = mutate(readFileSync(source, 'utf8'), rng, most, names);
    const file = path.join(EXAMPLES, `${prefix}-${i}.sop.yaml`);
    return { name: `seed ${SEED} #${i}: ${path.basename(source)} after ${applied.join(', ')}`, file, text };
  });
}

function expectWellFormedXml(svg: string, name: string): void {
  const parser = sax.parser(true, {});
  parser.onerror = (error) => {
    throw new Error(`${name}: the SVG is not well-formed: ${error.message}`);
  };
  parser.write(svg).close();
}

function expectPdf(bytes: Uint8Array, name: string): void {
  const text = Buffer.from(bytes).toString('latin1');
  expect(text.startsWith('%PDF-'), name).toBe(true);
  expect(text.trimEnd().endsWith('%%EOF'), name).toBe(true);
}

describe(`fuzz (seed ${SEED}; replay with FUZZ_SEED=${SEED})`, () => {
  console.log(`fuzz seed: ${SEED} (replay: FUZZ_SEED=${SEED} npx vitest run test/fuzz)`);

  it(`lints ${LINT_CASES} mutated SOPs in process and builds the report from them`, () => {
    const all = cases(new XorShift(SEED), LINT_CASES, 'fuzz-lint', 3);
    const run = lintSources(all.map((c) => ({ file: c.file, text: c.text })), { cwd: EXAMPLES });
    expect(run.results).toHaveLength(all.length);
    for (const [i, c] of all.entries()) {
      const result: FileResult = run.results.find((r) => r.filePath === c.file)!;
      expect(result, c.name).toBeDefined();
      // A file either loads into a model (then lint had its say, maybe nothing) or says why not.
      if (!result.sop) expect(result.findings.length, c.name).toBeGreaterThan(0);
      for (const f of result.findings) {
        expect(f.message, `${c.name} (#${i})`).not.toBe('');
        expect(f.line, c.name).toBeGreaterThanOrEqual(1);
      }
      expect(result.findings.filter((f) => f.ruleId === 'rule-error'), c.name).toEqual([]);
    }
    const report = buildReport({ files: run.results.map((result) => ({ result, hoursPerDay: 8 })), asOf: { date: '2026-12-06', time: '2026-12-06T00:00:00Z' }, kpis: [] });
    expect(formatJson(report).length).toBeGreaterThan(0);
    expect(formatCsv(report, 'zh-TW').length).toBeGreaterThan(0);
    expect(formatMarkdown(report, 'en').length).toBeGreaterThan(0);
    const html = formatHtml(report, 'zh-TW');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    // Every control character (NUL, ESC…) and lone surrogate of the input is escaped or dropped.
    const raw = /[\u0000-\u0008\u000B\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(html);
    expect(raw && JSON.stringify(html.slice(Math.max(0, raw.index - 60), raw.index + 20)), `seed ${SEED}: a raw control character or lone surrogate in the HTML report`).toBeNull();
  });

  it(`draws ${RENDER_CASES} mutated SOPs (chart SVG, handbook PDF) in memory`, async () => {
    const all = cases(new XorShift(SEED ^ 0x5bd1e995), RENDER_CASES, 'fuzz-render', 2, RENDER_MUTATIONS);
    const run = openRun({ cwd: EXAMPLES, lang: 'zh-TW' });
    const lint = lintSources(all.map((c) => ({ file: c.file, text: c.text })), { cwd: EXAMPLES });
    const fonts = loadRenderFonts(run);
    const sopTitles = new Map<string, string>();
    let drawn = 0;
    for (const c of all) {
      const result = lint.results.find((r) => r.filePath === c.file)!;
      const sop = result.sop;
      if (!sop || !drawable(sop)) {
        // Not drawable: the findings must say why (as `sop render` reports it).
        expect(result.findings.length, c.name).toBeGreaterThan(0);
        continue;
      }
      const drawing = await drawSop(run, sop, { fonts, sopTitles }, { chart: true, handbook: { page: 'A4', tables: true } });
      expect(drawing.chart?.pages.length, c.name).toBe(1);
      expectWellFormedXml(writeSvg(drawing.chart!, { embedFont: false }).svg, c.name);
      expectPdf(await writePdf(drawing.handbook!.scene, { date: new Date(0) }), c.name);
      drawn++;
    }
    console.log(`fuzz seed ${SEED}: ${drawn} of ${RENDER_CASES} mutated SOPs were drawable and drawn`);
    expect(drawn).toBeGreaterThan(0);
  });
});
