import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawable } from '../../src/pipeline/drawable.js';
import { drawSop } from '../../src/pipeline/draw-sop.js';
import { readSops } from '../../src/pipeline/read-sops.js';
import { openRun } from '../../src/pipeline/render-run.js';
import { loadRenderFonts } from '../../src/pipeline/render-fonts.js';
import type { SceneItem } from '../../src/render/scene.js';
import { ROOT } from '../helpers/run-cli.js';

function stepIds(items: readonly SceneItem[]): string[] {
  return items.flatMap((item) => (item.kind === 'group' ? [...(item.data?.['data-step-id'] ? [item.data['data-step-id']] : []), ...stepIds(item.items)] : []));
}

describe('drawSop', () => {
  it('draws the chart and the handbook pages in memory, each step a group with its id', async () => {
    const run = openRun({ cwd: path.join(ROOT, 'examples'), lang: 'en' });
    const read = readSops(run, [path.join(ROOT, 'examples', 'petition-online.sop.yaml')]);
    const sop = read.sources[0]!.result.sop!;
    const ids = sop.steps.map((s) => s.id);
    expect(drawable(sop)).toBe(true);
    const shared = { fonts: loadRenderFonts(run), sopTitles: read.sopTitles };
    const both = await drawSop(run, sop, shared, { chart: true, handbook: { page: 'A4', tables: false } });
    expect(both.chart!.pages).toHaveLength(1);
    expect(ids.length).toBeGreaterThan(3);
    expect(stepIds(both.chart!.pages[0]!.items)).toEqual(ids);
    expect(both.handbook!.handbookPages).toBeGreaterThanOrEqual(1);
    expect(both.handbook!.scene.pages.flatMap((p) => stepIds(p.items)).sort()).toEqual([...ids].sort());
    expect(both.glyphWarning).toBeUndefined();

    const chartOnly = await drawSop(run, sop, shared, { chart: true });
    expect(chartOnly.handbook).toBeUndefined();
    expect(chartOnly.chart!.title).toBe(sop.title);
  });
});
