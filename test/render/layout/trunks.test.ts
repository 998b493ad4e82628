// Long merges given to ELK as trunks (trunks.ts): a chain of decisions that each lead to one end
// is laid out with junction points instead of thousands of long-edge dummies, and each edge's
// route still runs, orthogonally, from its source's port to the end's port; charts whose merges
// are short keep ELK's graph as it was (so their drawings do not change).
import type { ElkExtendedEdge } from 'elkjs/lib/elk-api.js';
import { describe, expect, it } from 'vitest';
import type { Sop } from '../../../src/model/types.js';
import { chartStyle } from '../../../src/render/layout/chart-style.js';
import { elkGraph } from '../../../src/render/layout/elk-layout.js';
import { layoutInThread } from '../../../src/render/layout/elk-thread.js';
import { planEdges } from '../../../src/render/layout/flow-edges.js';
import { measureStepBox } from '../../../src/render/layout/step-boxes.js';
import { withTrunks } from '../../../src/render/layout/trunks.js';
import { loadFonts } from '../../../src/render/text/index.js';
import { chartFixtures, fromText, generatedSop, randomSop } from '../chart-fixtures.js';

const fonts = loadFonts();
const style = chartStyle(10);

function decisionChain(n: number): Sop {
  let text = 'sop: 1\nid: chain\ntitle: 決策鏈\nunit: 測試科\nlegal: []\nforms: []\nsteps:\n  - {id: s, kind: start, text: 開始, next: a0}\n';
  for (let i = 0; i < n; i++) text += `  - {id: a${i}, kind: decision, text: 是否核准第${i}項？, branches: {是: ${i + 1 < n ? `a${i + 1}` : 'e'}, 否: e}}\n`;
  return fromText(`${text}  - {id: e, kind: end, text: 結束}\n`, 'chain.sop.yaml');
}

function graphOf(sop: Sop) {
  const { edges, order } = planEdges(sop);
  const steps = [...order.keys()];
  const boxes = steps.map((step, i) => measureStepBox(step, i + 1, edges, { sop, fonts, style, lang: 'zh-TW', formsInline: false }));
  const forward = new Set(edges.filter((e) => !e.back && e.from !== e.to).map((e) => e.id));
  return { graph: elkGraph(boxes, edges, style), edges, forward };
}

describe('trunks', () => {
  it('lays out a chain of 60 decisions to one end with junctions, every way out still reaching the end orthogonally', async () => {
    const { graph, edges, forward } = graphOf(decisionChain(60));
    const trunked = withTrunks(graph, forward);
    const junctions = (trunked.graph.children ?? []).filter((c) => c.id.includes('~j'));
    // 60 edges into the end (one from each decision; the last one's yes and no are one edge, 是/否): the first two meet at the first junction.
    expect(junctions).toHaveLength(59);
    expect((trunked.graph.edges ?? []).length).toBeGreaterThan((graph.edges ?? []).length);
    const result = await layoutInThread(structuredClone(trunked.graph));
    const routes = trunked.routes(result);
    expect([...routes.keys()].sort()).toEqual(((graph.edges ?? []) as ElkExtendedEdge[]).map((e) => e.id).sort());
    const end = (result.children ?? []).find((c) => c.id === graph.children!.at(-1)!.id)!;
    const endPort = end.ports!.find((p) => (p.layoutOptions?.['elk.port.side'] ?? '') === 'NORTH')!;
    for (const edge of edges.filter((e) => e.to.id === 'e')) {
      const points = routes.get(edge.id)!;
      const last = points.at(-1)!;
      expect([last.x, last.y], edge.id).toEqual([end.x! + endPort.x!, end.y! + endPort.y!]);
      for (let i = 1; i < points.length; i++) {
        const [a, b] = [points[i - 1]!, points[i]!];
        expect(Math.abs(a.x - b.x) < 0.01 || Math.abs(a.y - b.y) < 0.01, `${edge.id} segment ${i}`).toBe(true);
      }
    }
  }, 60_000);

  it('leaves the graph of every fixture, example and generated SOP as it was', () => {
    for (const { name, sop } of [...chartFixtures(), { name: 'tangled', sop: randomSop(40, 7) }, { name: 'long', sop: generatedSop(60) }]) {
      const { graph, forward } = graphOf(sop);
      expect(withTrunks(graph, forward).graph, name).toBe(graph);
    }
  });
});
