import { describe, expect, it } from 'vitest';
import { mergeVersions } from '../../../src/diff/merge-versions.js';
import { CHANGE_STYLE } from '../../../src/render/compare/change-style.js';
import { composeHandbook, layoutForHandbook } from '../../../src/render/compose-handbook.js';
import { composeSvg } from '../../../src/render/compose-svg.js';
import { itemBox } from '../../../src/render/scene-geometry.js';
import type { GroupItem, Page, PathItem, RectItem, SceneItem, TextItem } from '../../../src/render/scene.js';
import { layoutChart } from '../../../src/render/layout/layout-chart.js';
import { writeSvg } from '../../../src/render/svg-writer.js';
import { loadFonts } from '../../../src/render/text/index.js';
import { fromText, generatedSop } from '../chart-fixtures.js';
import { layoutProblems } from '../handbook-checks.js';
import { NEW_SOP, OLD_SOP, olderVersion } from './compare-fixtures.js';

const fonts = loadFonts();
const before = fromText(OLD_SOP, 'old.sop.yaml');
const after = fromText(NEW_SOP, 'new.sop.yaml');

function groups(items: readonly SceneItem[], out: GroupItem[] = []): GroupItem[] {
  for (const item of items) {
    if (item.kind !== 'group') continue;
    out.push(item);
    groups(item.items, out);
  }
  return out;
}

const edgeGroups = (page: Page) => groups(page.items).filter((g) => g.role === 'edge');
const legendOf = (page: Page) => groups(page.items).find((g) => g.role === 'legend');

describe('the compare chart: the SVG page', async () => {
  const compared = mergeVersions(before, after);
  const layout = await layoutChart(compared.sop, { lang: 'zh-TW', fonts, changes: compared.marks });
  const plain = composeSvg(after, layout, { lang: 'zh-TW', fonts });
  const scene = composeSvg(after, layout, { lang: 'zh-TW', fonts, legend: { base: 'HEAD (1234567)' } });
  const page = scene.pages[0]!;

  it('colours edges by their change: added green, removed red and dashed (arrowheads too)', () => {
    const byEnds = new Map(edgeGroups(page).map((g) => [`${g.data!['data-from']}→${g.data!['data-to']}`, g]));
    const removed = byEnds.get('approve→apply')!;
    expect(removed.data!['data-change']).toBe('removed');
    const [shaft, head] = removed.items as PathItem[];
    expect(shaft!.stroke!.color).toBe(CHANGE_STYLE.removed.color);
    expect(shaft!.stroke!.dash!.length).toBe(2);
    expect(head!.fill).toBe(CHANGE_STYLE.removed.color);
    const added = byEnds.get('notify→archive')!;
    expect(added.data!['data-change']).toBe('added');
    expect((added.items[0] as PathItem).stroke!.color).toBe(CHANGE_STYLE.added.color);
    expect((added.items[0] as PathItem).stroke!.dash).toBeUndefined();
    const same = byEnds.get('approve→setup')!;
    expect(same.data!['data-change']).toBeUndefined();
    expect((same.items[0] as PathItem).stroke!.color).toBe('#222222');
  });

  it('draws the edges where the unmarked chart has them: only colours and dashes change', async () => {
    const unmarked = composeSvg(after, await layoutChart(compared.sop, { lang: 'zh-TW', fonts }), { lang: 'zh-TW', fonts });
    const geometry = (p: Page) => Object.fromEntries(edgeGroups(p).map((g) => [`${g.data!['data-from']}→${g.data!['data-to']}`, g.items.map((i) => (i.kind === 'path' ? i.commands : []))]));
    expect(geometry(plain.pages[0]!)).toEqual(geometry(unmarked.pages[0]!));
  });

  it('puts the legend above the chart and moves the chart down to make room', () => {
    const legend = legendOf(page)!;
    const words = legend.items.filter((i): i is TextItem => i.kind === 'text').map((t) => t.text);
    expect(words).toEqual(['增加', '刪除', '修改', '比較基準：HEAD (1234567)']);
    const swatches = legend.items.filter((i): i is RectItem => i.kind === 'rect');
    expect(swatches.map((r) => r.stroke!.color)).toEqual([CHANGE_STYLE.added.color, CHANGE_STYLE.removed.color, CHANGE_STYLE.changed.color]);
    expect(swatches.map((r) => r.stroke!.dash !== undefined)).toEqual([false, true, false]);
    const chart = page.items.find((i): i is GroupItem => i.kind === 'group' && i.id === 'chart')!;
    const chartBox = itemBox(chart, fonts)!;
    const legendBox = itemBox(legend, fonts)!;
    const titles = page.items.filter((i): i is TextItem => i.kind === 'text');
    expect(legendBox.y + legendBox.height).toBeLessThan(chartBox.y);
    for (const title of titles) expect(itemBox(title, fonts)!.y + itemBox(title, fonts)!.height).toBeLessThanOrEqual(legendBox.y + 0.01);
    const shift = page.height - plain.pages[0]!.height;
    expect(shift).toBeGreaterThan(legendBox.height);
    const plainChart = plain.pages[0]!.items.find((i): i is GroupItem => i.kind === 'group' && i.id === 'chart')!;
    expect(chartBox.y - itemBox(plainChart, fonts)!.y).toBeCloseTo(shift, 6);
    expect(chartBox.y + chartBox.height).toBeLessThanOrEqual(page.height);
  });

  it('writes it as SVG: marked groups, dashes and the legend', () => {
    const { svg } = writeSvg(scene);
    expect(svg).toMatch(/<g id="step-form" [^>]*data-change="removed"/);
    expect(svg).toMatch(/<g id="step-archive" [^>]*data-change="added"/);
    expect(svg).toContain('id="compare-legend"');
    expect(svg).toContain('stroke-dasharray');
  });

  it('counts only the new version’s steps in the description', () => {
    expect(scene.description).toContain(`共 ${after.steps.length} 個步驟`);
  });
});

describe('the compare chart: the handbook pages', () => {
  it('puts the legend on the heading line of the first chart page, without moving anything else', async () => {
    const compared = mergeVersions(before, after);
    const layout = await layoutForHandbook(compared.sop, { page: 'A4', lang: 'en', fonts, changes: compared.marks });
    const plain = composeHandbook(after, layout, { page: 'A4', lang: 'en', fonts }).scene;
    const scene = composeHandbook(after, layout, { page: 'A4', lang: 'en', fonts, legend: { base: 'HEAD (1234567)' } }).scene;
    expect(scene.pages).toHaveLength(plain.pages.length);
    expect(layoutProblems(scene, fonts)).toEqual([]);
    const first = scene.pages.findIndex((p) => legendOf(p));
    expect(first).toBe(plain.pages.findIndex((p) => p.items.some((i) => i.kind === 'group' && i.data?.['data-section'] === 'chart')));
    const page = scene.pages[first]!;
    const legend = itemBox(legendOf(page)!, fonts)!;
    const heading = page.items.find((i): i is GroupItem => i.kind === 'group' && i.data?.['data-section'] === 'procedure')!.bounds!;
    expect(legend.x).toBeGreaterThan(heading.x + heading.width);
    expect(Math.abs(legend.y + legend.height / 2 - (heading.y + heading.height / 2))).toBeLessThan(0.5);
    expect(legendOf(page)!.items.filter((i): i is TextItem => i.kind === 'text').map((t) => t.text)).toEqual(['Added', 'Removed', 'Changed', 'Compared with HEAD (1234567)']);
    expect(edgeGroups(page).some((g) => g.data!['data-change'] === 'removed')).toBe(true);
    // Nothing but the legend and the colours differ.
    expect(scene.pages.map((p) => p.items.length)).toEqual(plain.pages.map((p, i) => p.items.length + (i === first ? 1 : 0)));
  });

  it('colours every part of an edge cut by a page break', async () => {
    const sop = generatedSop(40);
    const compared = mergeVersions(olderVersion(sop), sop);
    const layout = await layoutForHandbook(compared.sop, { page: 'A4', lang: 'zh-TW', fonts, changes: compared.marks });
    const scene = composeHandbook(sop, layout, { page: 'A4', lang: 'zh-TW', fonts, legend: {} }).scene;
    expect(scene.pages.length).toBeGreaterThan(1);
    expect(layoutProblems(scene, fonts)).toEqual([]);
    const all = scene.pages.flatMap(edgeGroups);
    for (const g of all) {
      const kind = compared.marks.edges.get(`${g.data!['data-from']}\u0000${g.data!['data-to']}`);
      expect(g.data!['data-change']).toBe(kind);
      const color = (g.items[0] as PathItem).stroke!.color;
      expect(color).toBe(kind ? CHANGE_STYLE[kind].color : '#222222');
    }
    expect(all.some((g) => g.data!['data-change'] === 'removed')).toBe(true);
    // Some edge is drawn in parts on two pages (to and from its off-page connectors).
    const pagesOf = new Map<string, Set<number>>();
    scene.pages.forEach((p, i) => edgeGroups(p).forEach((g) => pagesOf.set(`${g.data!['data-from']}→${g.data!['data-to']}`, new Set([...(pagesOf.get(`${g.data!['data-from']}→${g.data!['data-to']}`) ?? []), i]))));
    expect([...pagesOf.values()].some((pages) => pages.size > 1)).toBe(true);
  });
});
