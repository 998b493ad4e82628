// The graph ELK is given, and the cache of its layouts: a port no edge uses is left out and the
// layout comes out the same as with every port of every box (fixtures, examples, tangled and long
// generated SOPs, in both styles and with ELK's alternatives); a layout asked for while the same
// graph is still being laid out waits for it, and a layout that failed is asked for again.
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { describe, expect, it } from 'vitest';
import type { Sop } from '../../../src/model/types.js';
import { chartStyle, type ChartStyle } from '../../../src/render/layout/chart-style.js';
import { elkGraph, elkNode, elkRunCount, layoutCached } from '../../../src/render/layout/elk-layout.js';
import { layoutInThread } from '../../../src/render/layout/elk-thread.js';
import { planEdges } from '../../../src/render/layout/flow-edges.js';
import { measureStepBox, type StepBox } from '../../../src/render/layout/step-boxes.js';
import { loadFonts } from '../../../src/render/text/index.js';
import { chartFixtures, generatedSop, randomSop } from '../chart-fixtures.js';

const fonts = loadFonts();

/** The boxes and edges the placement gives ELK first for the SOP at the style. */
function boxesOf(sop: Sop, style: ChartStyle) {
  const { edges, order } = planEdges(sop);
  const steps = [...order.keys()];
  const numbers = new Map(steps.map((s, i) => [s.id, i + 1]));
  const boxes = steps.map((step) => measureStepBox(step, numbers.get(step.id)!, edges, { sop, fonts, style, lang: 'zh-TW', formsInline: false }));
  return { boxes, edges };
}

/** Where ELK put the nodes and how it routed the edges. */
function drawing(result: ElkNode): unknown {
  return {
    nodes: (result.children ?? []).map((c) => [c.id, c.x, c.y]),
    edges: ((result.edges ?? []) as ElkExtendedEdge[]).map((e) => [e.id, e.sections]),
    size: [result.width, result.height],
  };
}

function portCount(graph: ElkNode): number {
  return (graph.children ?? []).reduce((n, c) => n + (c.ports?.length ?? 0), 0);
}

describe('the ELK graph', () => {
  const sops = [...chartFixtures(), { name: 'tangled (40 steps)', sop: randomSop(40, 7) }, { name: 'tangled (30 steps)', sop: randomSop(30, 11) }, { name: 'long (60 steps)', sop: generatedSop(60) }];
  const variants: Record<string, string>[] = [{}, { 'elk.layered.considerModelOrder.strategy': 'NONE' }, { 'elk.layered.layering.strategy': 'LONGEST_PATH' }];

  it('holds only the ports its edges use, and every one of those', () => {
    const { boxes, edges } = boxesOf(randomSop(40, 7), chartStyle(10));
    const graph = elkGraph(boxes, edges, chartStyle(10));
    const ports = new Set((graph.children ?? []).flatMap((c) => (c.ports ?? []).map((p) => p.id)));
    const ends = new Set(((graph.edges ?? []) as ElkExtendedEdge[]).flatMap((e) => [...e.sources, ...e.targets]));
    expect(ports).toEqual(ends);
    expect(ports.size).toBeLessThan(boxes.reduce((n, b) => n + b.ports.size, 0));
  });

  it('lays out as with every port of every box, on every fixture', async () => {
    let trimmed = 0;
    for (const { name, sop } of sops) {
      for (const [i, style] of [chartStyle(10), chartStyle(8, 'compact')].entries()) {
        const { boxes, edges } = boxesOf(sop, style);
        const variant = variants[i === 0 ? 0 : (sop.steps.length % 2) + 1]!;
        const graph = elkGraph(boxes, edges, style, variant);
        const full: ElkNode = { ...graph, children: boxes.map((box: StepBox) => elkNode(box)) };
        trimmed += portCount(full) - portCount(graph);
        const [a, b] = await Promise.all([layoutInThread(structuredClone(graph)), layoutInThread(structuredClone(full))]);
        expect(drawing(a), `${name} at ${style.label} pt`).toEqual(drawing(b));
      }
    }
    expect(trimmed).toBeGreaterThan(0);
  }, 120_000);
});

describe('the layout cache', () => {
  const graph = (id: string): ElkNode => ({ id: 'root', layoutOptions: { 'elk.algorithm': 'layered' }, children: [{ id, width: 10, height: 10 }], edges: [] });

  it('gives a graph still being laid out the layout in progress', async () => {
    let calls = 0;
    let finish!: (result: ElkNode) => void;
    const lay = () => {
      calls++;
      return new Promise<ElkNode>((resolve) => (finish = resolve));
    };
    const before = elkRunCount();
    const first = layoutCached(graph('in-progress'), lay);
    const second = layoutCached(graph('in-progress'), lay);
    const laidOut = { ...graph('in-progress'), width: 10, height: 10 };
    finish(laidOut);
    expect(await first).toBe(laidOut);
    expect(await second).toBe(laidOut);
    expect(calls).toBe(1);
    expect(elkRunCount() - before).toBe(1);
  });

  it('does not keep a layout that failed', async () => {
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(new Error('ELK failed'));
    };
    await expect(layoutCached(graph('failed'), failing)).rejects.toThrow('ELK failed');
    const laidOut = { ...graph('failed'), width: 10, height: 10 };
    expect(await layoutCached(graph('failed'), () => Promise.resolve(laidOut))).toBe(laidOut);
    expect(calls).toBe(1);
  });
});
