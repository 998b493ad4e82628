// Our own layered layout (src/render/layout/layered/): what it draws and what it declines. Every
// layout it gives is sound: boxes apart, edges orthogonal from port to port and clear of other
// steps; a chain is one straight line; a decision's side branch leaves from its corner to a step
// beside the chain; loops climb left of everything they pass; runs that share a gap are apart and
// do not cross. It declines loops that leave east and long merges (ELK's trunks), and the placement
// uses it when its chart is clean, else asks ELK (`--layout elk`: ELK always).
import { describe, expect, it } from 'vitest';
import type { Sop } from '../../../src/model/types.js';
import type { Point } from '../../../src/render/scene.js';
import { chartStyle, type ChartStyle } from '../../../src/render/layout/chart-style.js';
import { countCrossings } from '../../../src/render/layout/crossings.js';
import { elkRunCount, sourcePortKey, targetPortKey, type ElkResult } from '../../../src/render/layout/elk-layout.js';
import { planEdges, type PlannedEdge } from '../../../src/render/layout/flow-edges.js';
import { layeredLayout } from '../../../src/render/layout/layered/index.js';
import { layoutChart } from '../../../src/render/layout/layout-chart.js';
import { measureStepBox, type StepBox } from '../../../src/render/layout/step-boxes.js';
import { loadFonts } from '../../../src/render/text/index.js';
import { chartFixtures, fromText, randomSop } from '../chart-fixtures.js';

const fonts = loadFonts();
const style = chartStyle(10);

function boxesOf(sop: Sop, at: ChartStyle = style): { boxes: StepBox[]; edges: PlannedEdge[] } {
  const { edges, order } = planEdges(sop);
  const steps = [...order.keys()];
  const numbers = new Map(steps.map((s, i) => [s.id, i + 1]));
  return { boxes: steps.map((step) => measureStepBox(step, numbers.get(step.id)!, edges, { sop, fonts, style: at, lang: 'zh-TW', formsInline: false })), edges };
}

function sopOf(steps: string): Sop {
  return fromText(`sop: 1\nid: t\ntitle: 測試\nunit: 測試科\nlegal: []\nforms: []\nsteps:\n${steps}`);
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.01;

/** Everything wrong with a layout: boxes that overlap, routes not orthogonal, not from port to port, or through another step. */
function problems(boxes: readonly StepBox[], edges: readonly PlannedEdge[], result: ElkResult): string[] {
  const out: string[] = [];
  const at = new Map(boxes.map((b) => [b.step, { box: b, ...result.positions.get(b.nodeId)! }]));
  const rects = [...at.values()].map((p) => ({ step: p.box.step, x0: p.x, y0: p.y, x1: p.x + p.box.width, y1: p.y + p.box.height }));
  rects.forEach((a, i) => rects.slice(i + 1).forEach((b) => a.x0 < b.x1 - 0.01 && b.x0 < a.x1 - 0.01 && a.y0 < b.y1 - 0.01 && b.y0 < a.y1 - 0.01 && out.push(`${a.step.id} overlaps ${b.step.id}`)));
  for (const edge of edges) {
    if (edge.from === edge.to) continue;
    const route = result.routes.get(edge.id)!;
    const [from, to] = [at.get(edge.from)!, at.get(edge.to)!];
    const port = (p: typeof from, key: string): Point => ({ x: p.x + p.box.ports.get(key)!.at.x, y: p.y + p.box.ports.get(key)!.at.y });
    const [start, end] = [port(from, sourcePortKey(edge)), port(to, targetPortKey(edge))];
    if (!near(route[0]!.x, start.x) || !near(route[0]!.y, start.y)) out.push(`${edge.id} does not start at its port`);
    if (!near(route.at(-1)!.x, end.x) || !near(route.at(-1)!.y, end.y)) out.push(`${edge.id} does not end at its port`);
    for (let i = 1; i < route.length; i++) {
      const [a, b] = [route[i - 1]!, route[i]!];
      if (!near(a.x, b.x) && !near(a.y, b.y)) out.push(`${edge.id} has a slanted segment`);
      for (const r of rects) {
        if (r.step === edge.from || r.step === edge.to) continue;
        if (Math.max(a.x, b.x) > r.x0 + 0.5 && Math.min(a.x, b.x) < r.x1 - 0.5 && Math.max(a.y, b.y) > r.y0 + 0.5 && Math.min(a.y, b.y) < r.y1 - 0.5) out.push(`${edge.id} runs through ${r.step.id}`);
      }
    }
  }
  return out;
}

function laidOut(sop: Sop) {
  const { boxes, edges } = boxesOf(sop);
  const result = layeredLayout(boxes, edges, style);
  if (!result) throw new Error('declined');
  const place = (id: string) => {
    const box = boxes.find((b) => b.step.id === id)!;
    return { box, ...result.positions.get(box.nodeId)! };
  };
  return { boxes, edges, result, place, route: (from: string, to: string) => result.routes.get(edges.find((e) => e.from.id === from && e.to.id === to)!.id)! };
}

const CHAIN = `  - { id: a, kind: start, text: 開始 }
  - { id: b, text: 承辦人受理申請並登錄系統 }
  - { id: c, text: 審核 }
  - { id: d, kind: end, text: 結束 }
`;

const SIDE_BRANCH = `  - { id: a, kind: start, text: 開始 }
  - { id: q, kind: decision, text: 資料是否齊全？, branches: { 是: b, 否: s } }
  - { id: b, text: 核定, next: d }
  - { id: s, text: 通知補正, next: d }
  - { id: d, kind: end, text: 結束 }
`;

const LOOP = `  - { id: a, kind: start, text: 開始 }
  - { id: b, text: 撰寫草案 }
  - { id: c, text: 校對 }
  - { id: q, kind: decision, text: 主管是否核可？, branches: { 是: d, 否: b } }
  - { id: d, kind: end, text: 結束 }
`;

describe('the layered layout', () => {
  it('draws a chain as one straight line, layer below layer', () => {
    const { place, route, result, boxes, edges } = laidOut(sopOf(CHAIN));
    expect(problems(boxes, edges, result)).toEqual([]);
    const centre = (id: string) => place(id).x + place(id).box.ports.get('N')!.at.x;
    expect(new Set(['a', 'b', 'c', 'd'].map((id) => centre(id).toFixed(2))).size).toBe(1);
    for (const [from, to] of [['a', 'b'], ['b', 'c'], ['c', 'd']] as const) {
      expect(route(from, to)).toHaveLength(2);
      expect(place(to).y).toBeCloseTo(place(from).y + place(from).box.height + style.layerSpacing, 6);
    }
  });

  it('sends a decision’s second branch from its east corner to a step beside the chain, and back into it', () => {
    const { place, route, result, boxes, edges } = laidOut(sopOf(SIDE_BRANCH));
    expect(problems(boxes, edges, result)).toEqual([]);
    const q = place('q');
    const east = route('q', 's');
    expect(edges.find((e) => e.to.id === 's')!.sourceSide).toBe('E');
    expect(east[0]!.x).toBeCloseTo(q.x + q.box.width, 6);
    expect(east[1]!.y).toBeCloseTo(east[0]!.y, 6);
    expect(place('s').x).toBeGreaterThan(place('b').x + place('b').box.width);
    expect(place('s').y).toBeCloseTo(place('b').y, 6);
    expect(countCrossings([...result.routes.values()])).toBe(0);
  });

  it('climbs a loop on the west, left of every step it passes', () => {
    const { place, route, result, boxes, edges } = laidOut(sopOf(LOOP));
    expect(problems(boxes, edges, result)).toEqual([]);
    const loop = route('q', 'b');
    expect(loop).toHaveLength(4);
    const laneX = loop[1]!.x;
    expect(loop[2]!.x).toBe(laneX);
    for (const id of ['b', 'c', 'q']) expect(laneX).toBeLessThan(place(id).x);
    expect(loop[0]!.y).toBeGreaterThan(loop[3]!.y);
  });

  it('puts a second start just above where its steps join the flow', () => {
    const { place } = laidOut(
      sopOf(`  - { id: a, kind: start, text: 開始 }
  - { id: b, text: 收文 }
  - { id: c, text: 分文 }
  - { id: d, text: 承辦 }
  - { id: e, kind: end, text: 結束 }
  - { id: s, kind: start, text: 電話陳情 }
  - { id: x, text: 登錄, next: d }
`),
    );
    expect(place('x').y).toBeCloseTo(place('c').y, 6);
    expect(place('s').y).toBeCloseTo(place('b').y, 6);
  });

  it('moves a step with as many edges in as out to the least full layer it may take, as ELK does', () => {
    const { place } = laidOut(
      sopOf(`  - { id: a, kind: start, text: 開始 }
  - { id: q, kind: decision, text: 是否為特殊身分？, branches: { 否: b, 是: c } }
  - { id: b, text: 填寫申請單 }
  - { id: b2, text: 審查證件 }
  - { id: b3, text: 公告結果, next: m }
  - { id: c, text: 上傳系統, next: m }
  - { id: m, kind: end, text: 結束 }
`),
    );
    // c may sit beside b, b2 or b3: b's layer holds two steps, b2's one.
    expect(place('c').y).toBeCloseTo(place('b2').y, 6);
  });

  it('gives runs that share a gap their own heights, without crossings', () => {
    // A fork of three from one step to three steps that merge again below: two gaps with runs.
    const sop = sopOf(`  - { id: a, kind: start, text: 開始 }
  - { id: q, kind: decision, text: 申請類別？, branches: { 甲: x, 乙: y, 丙: z } }
  - { id: x, text: 甲類審查 }
  - { id: y, text: 乙類審查 }
  - { id: z, text: 丙類審查 }
  - { id: m, text: 彙整, next: e }
  - { id: e, kind: end, text: 結束 }
  - { id: w, text: 另案, next: m }
`);
    const { result, boxes, edges } = laidOut(sop);
    expect(problems(boxes, edges, result)).toEqual([]);
    expect(countCrossings([...result.routes.values()])).toBe(0);
    // The horizontal runs of different edges at one height never overlap.
    const runs = [...result.routes].flatMap(([id, points]) => points.slice(1).flatMap((b, i) => (near(points[i]!.y, b.y) && !near(points[i]!.x, b.x) ? [{ id, y: b.y, x0: Math.min(points[i]!.x, b.x), x1: Math.max(points[i]!.x, b.x) }] : [])));
    for (const r of runs) for (const s of runs) if (r.id < s.id && near(r.y, s.y)) expect(r.x1 <= s.x0 + 0.01 || s.x1 <= r.x0 + 0.01, `${r.id} and ${s.id} overlap`).toBe(true);
  });

  it('is sound on every fixture and on tangled SOPs it draws, and the same every time', () => {
    let drawn = 0;
    const sops = [...chartFixtures(), ...[3, 5, 7, 11, 13].map((seed) => ({ name: `random ${seed}`, sop: randomSop(25, seed) }))];
    for (const { name, sop } of sops) {
      for (const at of [style, chartStyle(8, 'compact')]) {
        const { boxes, edges } = boxesOf(sop, at);
        const result = layeredLayout(boxes, edges, at);
        if (!result) continue;
        drawn++;
        expect(problems(boxes, edges, result), name).toEqual([]);
        expect(layeredLayout(boxes, edges, at), name).toEqual(result);
      }
    }
    expect(drawn).toBeGreaterThan(sops.length);
  });

  it('declines a loop that leaves east', () => {
    const east = sopOf(`  - { id: a, kind: start, text: 開始 }
  - { id: b, text: 撰寫 }
  - { id: c, text: 校對 }
  - { id: q, kind: decision, text: 是否核可？, branches: { 否: b, 重寫: c, 是: d } }
  - { id: d, kind: end, text: 結束 }
`);
    const plan = boxesOf(east);
    expect(plan.edges.some((e) => e.back && e.sourceSide === 'E')).toBe(true);
    expect(layeredLayout(plan.boxes, plan.edges, style)).toBeUndefined();
  });

  it('draws a merge long enough for a trunk (trunks.ts) as one trunk that every way out joins below its decision', () => {
    let chain = '  - { id: s, kind: start, text: 開始, next: a0 }\n';
    for (let i = 0; i < 40; i++) chain += `  - { id: a${i}, kind: decision, text: 是否核准第${i}項？, branches: { 是: ${i < 39 ? `a${i + 1}` : 'e'}, 否: e } }\n`;
    const long = boxesOf(sopOf(`${chain}  - { id: e, kind: end, text: 結束 }\n`));
    const result = layeredLayout(long.boxes, long.edges, style)!;
    expect(result).toBeDefined();
    expect(problems(long.boxes, long.edges, result)).toEqual([]);
    const place = (id: string) => {
      const box = long.boxes.find((b) => b.step.id === id)!;
      return { ...result.positions.get(box.nodeId)!, box };
    };
    const ways = long.edges.filter((e) => e.to.id === 'e' && e.from.id !== 'a39');
    expect(ways).toHaveLength(39);
    // One trunk: every way out ends with the same vertical run into the end, right of the decisions.
    const trunkX = new Set(ways.map((e) => result.routes.get(e.id)!.at(-2)!.x.toFixed(2)));
    expect(trunkX.size).toBe(1);
    const x = Number([...trunkX][0]);
    for (let i = 0; i < 39; i++) expect(x).toBeGreaterThan(place(`a${i}`).x + place(`a${i}`).box.width);
    // Each joins it before the next decision and stays on it down to the end.
    for (const edge of ways) {
      const route = result.routes.get(edge.id)!;
      const joins = route.findIndex((p) => Math.abs(p.x - x) < 0.01);
      expect(route[joins]!.y).toBeLessThan(place(`a${Number(edge.from.id.slice(1)) + 1}`).y);
      expect(route.slice(joins, -1).every((p) => Math.abs(p.x - x) < 0.01)).toBe(true);
    }
    // The chart is as narrow as a chain with one lane: no lane per way out.
    const right = Math.max(...[...result.routes.values()].flat().map((p) => p.x));
    expect(right - x).toBeLessThan(1);
  });
});

describe('the placement with our layout', () => {
  it('lays a clean chart out without ELK, and with ELK when asked to', async () => {
    const sop = sopOf(LOOP);
    const before = elkRunCount();
    const ours = await layoutChart(sop, { lang: 'zh-TW', fonts });
    expect(elkRunCount()).toBe(before);
    const elk = await layoutChart(sop, { lang: 'zh-TW', fonts, layout: 'elk' });
    expect(elkRunCount()).toBeGreaterThan(before);
    expect(ours.edges.map((e) => `${e.from}→${e.to}`)).toEqual(elk.edges.map((e) => `${e.from}→${e.to}`));
  });

  it('keeps its own layout of a chart that cannot be drawn without crossings, without asking ELK', async () => {
    // Two loops that overlap without nesting: one must cross the other's lane.
    const sop = sopOf(`  - { id: a, kind: start, text: 開始 }
  - { id: b, text: 撰寫 }
  - { id: c, text: 校對 }
  - { id: q1, kind: decision, text: 格式是否正確？, branches: { 是: d, 否: b } }
  - { id: d, text: 會辦 }
  - { id: q2, kind: decision, text: 是否核可？, branches: { 是: e, 否: c } }
  - { id: e, kind: end, text: 結束 }
`);
    const plan = boxesOf(sop);
    const ours = layeredLayout(plan.boxes, plan.edges, style)!;
    expect(problems(plan.boxes, plan.edges, ours)).toEqual([]);
    expect(countCrossings([...ours.routes.values()])).toBe(1);
    const before = elkRunCount();
    const chart = await layoutChart(sop, { lang: 'zh-TW', fonts });
    // Crossings alone do not ask ELK: its first layout crosses as often.
    expect(elkRunCount() - before).toBe(0);
    expect(countCrossings(chart.edges.filter((e) => e.from !== e.to).map((e) => e.points))).toBe(1);
    // ELK alone lays it out and tries its alternatives, and crosses no less.
    const elk = await layoutChart(sop, { lang: 'zh-TW', fonts, layout: 'elk' });
    expect(elkRunCount() - before).toBeGreaterThan(1);
    expect(countCrossings(elk.edges.filter((e) => e.from !== e.to).map((e) => e.points))).toBe(1);
  });

  it('moves a lane across all its layers at once when that uncrosses it (sifting after the sweeps)', () => {
    // The chart of a park's rental (test/fixtures/real/gov-mlcg-park-rental): the branch to 未准者駁回
    // runs past four steps; the sweeps left the branch to 保證金不予發還 crossing it.
    const sop = sopOf(`  - { id: apply, text: 申請 }
  - { id: review, text: 審查, next: [deposit, reject] }
  - { id: deposit, text: 核准繳交保證金 }
  - { id: notify, text: 通知使用 }
  - { id: inspect, text: 使用後檢查, next: [refund, forfeit] }
  - { id: refund, text: 發還保證金 }
  - { id: reject, text: 未准者駁回 }
  - { id: forfeit, text: 未依規回復場地者保證金不予發還 }
`);
    const plan = boxesOf(sop);
    const ours = layeredLayout(plan.boxes, plan.edges, style)!;
    expect(ours).toBeDefined();
    expect(problems(plan.boxes, plan.edges, ours)).toEqual([]);
    expect(countCrossings([...ours.routes.values()])).toBe(0);
  });
});
