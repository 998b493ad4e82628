import { describe, expect, it } from 'vitest';
import { mergeVersions } from '../../../src/diff/merge-versions.js';
import { edgeKey } from '../../../src/model/changes.js';
import { CHANGE_STYLE } from '../../../src/render/compare/change-style.js';
import type { ChartLayout } from '../../../src/render/layout/chart-layout.js';
import { layoutChart } from '../../../src/render/layout/layout-chart.js';
import type { GroupItem, PathItem, RectItem, SceneItem, TextItem } from '../../../src/render/scene.js';
import { fontMetrics, loadFonts } from '../../../src/render/text/index.js';
import { chartProblems, stepGroups, textBox } from '../chart-checks.js';
import { chartFixtures, fromText } from '../chart-fixtures.js';
import { NEW_SOP, OLD_SOP, olderVersion } from '../compare/compare-fixtures.js';

const fonts = loadFonts();
const GREEN = CHANGE_STYLE.added.color;
const RED = CHANGE_STYLE.removed.color;
const AMBER = CHANGE_STYLE.changed.color;

const before = fromText(OLD_SOP, 'old.sop.yaml');
const after = fromText(NEW_SOP, 'new.sop.yaml');
const merged = mergeVersions(before, after);

function group(layout: ChartLayout, id: string): GroupItem {
  const found = stepGroups(layout).find((g) => g.data?.['data-step-id'] === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

const texts = (items: readonly SceneItem[], role: TextItem['role']) => items.filter((i): i is TextItem => i.kind === 'text' && i.role === role);
const outline = (g: GroupItem) => g.items.find((i): i is PathItem => i.kind === 'path' && i.fill !== undefined)!;
const strikes = (items: readonly SceneItem[]) => items.filter((i): i is GroupItem => i.kind === 'group' && i.role === 'strike').flatMap((g) => g.items as PathItem[]);

/** The cell texts of a column in the row that holds a step. */
function cellTexts(layout: ChartLayout, stepId: string, column: string): TextItem[] {
  const row = layout.rows.find((r) => r.stepIds.includes(stepId))!;
  const col = layout.columns.find((c) => c.key === column)!;
  return texts(layout.items, 'cell').filter((t) => t.y > row.top && t.y < row.bottom && t.x >= col.x && t.x < col.x + col.width);
}

/** Where everything is: the table, each step's symbol, each edge's polyline (not colours, not texts). */
function geometry(layout: ChartLayout) {
  return {
    size: [layout.width, layout.height],
    rows: layout.rows,
    columns: layout.columns,
    steps: Object.fromEntries(stepGroups(layout).map((g) => [g.data!['data-step-id'], g.bounds])),
    edges: Object.fromEntries(layout.edges.map((e) => [`${e.from}→${e.to}`, e.points])),
  };
}

describe('layoutChart with the changes marked', async () => {
  const layout = await layoutChart(merged.sop, { lang: 'zh-TW', fonts });
  const decorated = await layoutChart(merged.sop, { lang: 'zh-TW', fonts, changes: merged.marks });

  it('keeps the chart sound: no overlaps, labels inside, edges on outlines, items in their rows', () => {
    expect(chartProblems(decorated, fonts)).toEqual([]);
    expect(stepGroups(decorated)).toHaveLength(8);
  });

  it('moves nothing: the marked chart has the geometry of the unmarked one', () => {
    expect(geometry(decorated)).toEqual(geometry(layout));
    expect(stepGroups(layout).every((g) => g.data!['data-change'] === undefined)).toBe(true);
    expect(layout.edges.every((e) => e.change === undefined)).toBe(true);
  });

  it('draws an added step in the added colour: outline, tint and text', () => {
    const archive = group(decorated, 'archive');
    expect(archive.data!['data-change']).toBe('added');
    expect(outline(archive).stroke!.color).toBe(GREEN);
    expect(outline(archive).stroke!.dash).toBeUndefined();
    expect(outline(archive).fill).toBe(CHANGE_STYLE.added.tint);
    expect(texts(archive.items, 'label').every((t) => t.color === GREEN)).toBe(true);
    expect(cellTexts(decorated, 'archive', 'owner').map((t) => [t.text, t.color])).toEqual([['資訊科', GREEN]]);
  });

  it('draws a removed step where it was: red, dashed, every text line struck through', () => {
    const form = group(decorated, 'form');
    expect(form.data!['data-change']).toBe('removed');
    expect(outline(form).stroke!.color).toBe(RED);
    expect(outline(form).stroke!.dash!.length).toBeGreaterThan(0);
    const labels = texts(form.items, 'label');
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every((t) => t.color === RED)).toBe(true);
    const lines = strikes(form.items);
    expect(lines).toHaveLength(labels.length);
    for (const [i, line] of lines.entries()) {
      const box = textBox(labels[i]!, fonts);
      const [a, b] = line.commands as { x: number; y: number }[];
      expect(a!.y).toBe(b!.y);
      expect(a!.y).toBeGreaterThan(box.y);
      expect(a!.y).toBeLessThan(box.y + box.height);
      expect(a!.x).toBeCloseTo(box.x, 5);
      expect(b!.x).toBeCloseTo(box.x + box.width, 5);
      expect(line.stroke!.color).toBe(RED);
    }
    // Its row's cells: red and struck through too; it prints no step number.
    const owner = cellTexts(decorated, 'form', 'owner');
    expect(owner.map((t) => [t.text, t.color])).toEqual([['申請單位', RED]]);
    expect(strikes(decorated.items).some((l) => Math.abs((l.commands[0] as { y: number }).y - (owner[0]!.y - (fontMetrics(fonts.regular, owner[0]!.size).ascent - fontMetrics(fonts.regular, owner[0]!.size).descent) / 2)) < 0.01)).toBe(true);
    expect(texts(form.items, 'step-number')).toEqual([]);
  });

  it('marks a changed step in the third colour, and only the cells that changed', () => {
    const setup = group(decorated, 'setup');
    expect(setup.data!['data-change']).toBe('changed');
    expect(outline(setup).stroke!.color).toBe(AMBER);
    expect(outline(setup).stroke!.dash).toBeUndefined();
    // Only its owner changed: the label keeps its colour, the owner cell does not.
    expect(texts(setup.items, 'label').every((t) => t.color === '#000000')).toBe(true);
    // In a row of several steps each entry starts with its step's number: the changed entry is amber, number and all; the others are not.
    const shared = decorated.rows.find((r) => r.stepIds.includes('setup'))!.stepIds.length > 1;
    const ownerTexts = cellTexts(decorated, 'setup', 'owner').map((t) => [t.text, t.color]);
    expect(ownerTexts.filter(([, color]) => color === AMBER)).toEqual(shared ? [[String(decorated.stepNumbers.get('setup')), AMBER], ['系統廠商', AMBER]] : [['系統廠商', AMBER]]);
    expect(ownerTexts.length).toBe(shared ? 4 : 1);
    expect(cellTexts(decorated, 'setup', 'time').filter((t) => !(shared && /^\d+$/.test(t.text))).every((t) => t.color === '#000000')).toBe(true);
    const ownerCell = decorated.items.find((i): i is RectItem => {
      if (i.kind !== 'rect') return false;
      const col = decorated.columns.find((c) => c.key === 'owner')!;
      const row = decorated.rows.find((r) => r.stepIds.includes('setup'))!;
      return Math.abs(i.box.x - col.x) < 0.01 && Math.abs(i.box.y - row.top) < 0.01;
    });
    if (decorated.rows.find((r) => r.stepIds.includes('setup'))!.stepIds.length === 1) expect(ownerCell!.fill).toBe(CHANGE_STYLE.changed.tint);
  });

  it('leaves unchanged steps as they were', () => {
    const notify = group(decorated, 'notify');
    expect(notify.data!['data-change']).toBeUndefined();
    expect(outline(notify).stroke!.color).toBe('#000000');
    expect(strikes(notify.items)).toEqual([]);
  });

  it('numbers the steps as the new version does', () => {
    for (const g of stepGroups(decorated)) {
      const id = g.data!['data-step-id']!;
      const number = merged.marks.numbers.get(id);
      expect(texts(g.items, 'step-number').map((t) => t.text)).toEqual(number === undefined ? [] : [String(number)]);
    }
    expect(Object.fromEntries(decorated.stepNumbers)).toEqual(Object.fromEntries(merged.marks.numbers));
  });

  it('colours the branch labels of changed edges, strikes a removed one, and lists removed edges first', () => {
    const fix = decorated.edges.find((e) => e.from === 'approve' && e.to === 'apply')!;
    expect(fix.label!.text).toBe('修正');
    expect(fix.label!.color).toBe(RED);
    const box = textBox(fix.label!, fonts);
    expect(strikes(decorated.items).some((l) => {
      const [a, b] = l.commands as { x: number; y: number }[];
      return Math.abs(a!.x - box.x) < 0.01 && Math.abs(b!.x - (box.x + box.width)) < 0.01 && a!.y > box.y && a!.y < box.y + box.height;
    })).toBe(true);
    expect(decorated.edges.find((e) => e.from === 'approve' && e.to === 'setup')!.label!.color).toBe('#000000');
    const kinds = decorated.edges.map((e) => merged.marks.edges.get(edgeKey(e.from, e.to)));
    expect(kinds.lastIndexOf('removed')).toBeLessThan(kinds.findIndex((k) => k !== 'removed'));
    expect(decorated.edges).toHaveLength(layout.edges.length);
    // Each edge carries its change, for the composers to stroke.
    expect(decorated.edges.map((e) => e.change)).toEqual(kinds);
    expect(kinds).toContain('added');
  });

  it('keeps the chart sound when fitted to a handbook page', async () => {
    const fitted = await layoutChart(merged.sop, { lang: 'en', fonts, maxWidth: 515, formsInline: true, changes: merged.marks });
    expect(chartProblems(fitted, fonts)).toEqual([]);
  });
});

describe('layoutChart with the changes marked, on every fixture (an older version made up for each)', () => {
  for (const { name, sop } of chartFixtures()) {
    it(`${name}: the merged, marked chart passes the geometry checks`, async () => {
      const { sop: both, marks } = mergeVersions(olderVersion(sop), sop);
      expect([...marks.steps.values()]).toContain('removed');
      const layout = await layoutChart(both, { lang: 'zh-TW', fonts, changes: marks });
      expect(chartProblems(layout, fonts)).toEqual([]);
      for (const g of stepGroups(layout).filter((g) => g.data!['data-change'] === 'removed')) {
        expect(strikes(g.items)).toHaveLength(texts(g.items, 'label').length);
      }
    });
  }
});
