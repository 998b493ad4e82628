// Where the steps go: measured boxes laid out, then judged by what a reader sees — edge crossings
// first, then steps side by side numbered right to left, then bends. A first layout that has
// neither is kept; otherwise a few alternatives are tried and the best kept:
//   - each decision's branches re-planned from where their targets sit (a branch leaves on its
//     target's side, exits left to right as the targets sit);
//   - the decisions whose branches cross mirrored (targets the other way round);
//   - with ELK, its own alternatives (model order kept strictly, or not at all).
// Our own layered layout (layered/) is searched first, each try a fraction of a millisecond; when
// its best has no steps out of order ELK never runs (`--layout elk`: ELK always). Otherwise, or when
// ours declines the chart, ELK lays it out and searches its alternatives, and the better of the two
// is kept. Crossings alone no longer ask ELK: over the seed fixtures, the examples, the real corpus
// and 100 generated SOPs (SVG and handbook layouts), ELK's first layout beat ours-with-crossings
// once in 43 charts before order.ts sifted its layers, and never after; each such ELK run was
// ~60 ms of the 100 generated SOPs' render (issue 13). ELK runs are most of a render's time, so its
// tries are capped.
// Every size of a chart is searched the same way from the same start, so a layout never depends
// on what was drawn before it.

import type { Sop, Step } from '../../model/types.js';
import type { Point } from '../scene.js';
import type { LayoutEngine } from './chart-layout.js';
import type { ChartStyle } from './chart-style.js';
import { countBends, countCrossings, countInversions, crossingPairs } from './crossings.js';
import { edgeRoutes } from './edge-routes.js';
import { runElk, type ElkResult } from './elk-layout.js';
import { layeredLayout } from './layered/index.js';
import { planEdges, type EdgePlan, type ExitHint, type ExitOrder, type PlannedEdge } from './flow-edges.js';
import { measureStepBox, type PlacedBox, type StepBox } from './step-boxes.js';

/** What the boxes are measured with; `sharesOf`: each step's room and lane for a plan of the exits (box-room.ts). */
type BoxContext = Parameters<typeof measureStepBox>[3] & {
  /** `elk`: ELK only, never our own layout. */
  layout?: LayoutEngine;
  sharesOf?: (order: ReadonlyMap<Step, number>, edges: readonly PlannedEdge[]) => { rooms: ReadonlyMap<Step, number>; lanes: ReadonlyMap<Step, number> };
};

export interface FlowPlacement {
  edges: PlannedEdge[];
  boxes: StepBox[];
  placed: PlacedBox[];
  routes: Map<string, Point[]>;
  score: PlacementScore;
}

export interface PlacementScore {
  crossings: number;
  /** Pairs of steps side by side numbered right to left. */
  inversions: number;
  bends: number;
}

/** How a layout was made: the decisions' exits planned from a hint, and ELK options on top of ours. */
interface Recipe {
  hint?: ExitHint;
  variant: Record<string, string>;
}

/**
 * ELK's alternatives, tried in this order after the re-planned exits. Counted over the SVG and
 * PDF layouts of the seed fixtures, the examples, the real corpus and 100 generated SOPs (767
 * layouts, 201 of them searched): model order kept strictly was better 62 times in 118 runs, no
 * model order once in 87. A third one, LONGEST_PATH layering, was run 85 times and never better,
 * so it is no longer tried (8 % of ELK's runs in those renders; issue 13).
 */
const VARIANTS: Record<string, string>[] = [{ 'elk.layered.crossingMinimization.forceNodeModelOrder': 'true' }, { 'elk.layered.considerModelOrder.strategy': 'NONE' }];

/** At most this many layouts after a first one with crossings (a re-plan that changes nothing is not run). */
const MAX_TRIES = 4;
/** Our layout's tries: as many, each a fraction of a millisecond. */
const OWN_TRIES = 4;

/** One layout of a recipe; undefined when the layout cannot draw it. */
type Lay = (recipe: Recipe) => Promise<FlowPlacement | undefined>;

export async function placeSteps(sop: Sop, numbers: ReadonlyMap<string, number>, context: BoxContext, style: ChartStyle): Promise<FlowPlacement> {
  const plan = planner(sop);
  const measure = measurer(plan, numbers, context);
  const own = context.layout === 'elk' ? undefined : await search(plan, async (recipe) => ownAttempt(measure(recipe), numbers, style), OWN_TRIES, false);
  if (own && own.score.inversions === 0) return own;
  const elk = (await search(plan, (recipe) => attempt(measure(recipe), numbers, style, recipe), MAX_TRIES, true))!;
  return own && better(own.score, elk.score) ? own : elk;
}

/**
 * The best layout of the first recipe and of the alternatives made from the best one so far, when
 * their turn comes: re-planned exits when edges cross, then (`variants`) ELK's own alternatives. The
 * first layout's failure is the caller's; an alternative that fails is passed over.
 * Steps side by side in the wrong order alone are worth one more layout: ELK keeping the model
 * order strictly.
 */
async function search(plan: Planner, lay: Lay, maxTries: number, variants: boolean): Promise<FlowPlacement | undefined> {
  let recipe: Recipe = { variant: {} };
  let best = await lay(recipe);
  if (!best || isClean(best.score)) return best;
  const tried = new Set<string>([recipeKey(plan, recipe)]);
  let tries = 0;
  const crossings = best.score.crossings > 0;
  const limit = crossings ? maxTries : 1;
  const flips = crossingDecisions(best);
  const alternatives = variants ? VARIANTS.map((variant) => () => ({ ...(recipe.hint ? { hint: recipe.hint } : {}), variant })) : [];
  const replans = [
    () => ({ hint: hintFromPlaces(best!), variant: recipe.variant }),
    () => ({ hint: flippedHint(best!, crossingDecisions(best!)), variant: recipe.variant }),
    ...flips.map((step) => () => ({ hint: flippedHint(best!, [step]), variant: recipe.variant })),
  ];
  const candidates: (() => Recipe)[] = crossings ? [...replans, ...alternatives] : alternatives;
  for (const make of candidates) {
    if (tries >= limit) break;
    const next = make();
    const key = recipeKey(plan, next);
    if (tried.has(key)) continue;
    tried.add(key);
    tries++;
    let placement: FlowPlacement | undefined;
    try {
      placement = await lay(next);
    } catch {
      continue; // an alternative ELK could not honour (it moved a port): not a layout
    }
    if (placement && better(placement.score, best.score)) {
      best = placement;
      recipe = next;
      if (isClean(best.score)) break;
    }
  }
  return best;
}

/** Left to right, the exits of a decision: west corner, bottom exits, bottom corner, east corner. */
function exitPlace(edge: PlannedEdge): number {
  if (edge.sourceSide === 'W') return 0;
  if (edge.sourceSide === 'E') return 3;
  return edge.southExit === undefined ? 1.5 : 1 + edge.southExit / 100;
}

/** Each decision's branches forward as they leave now, left to right. */
function currentExits(placement: FlowPlacement): Map<Step, PlannedEdge[]> {
  const out = new Map<Step, PlannedEdge[]>();
  for (const edge of placement.edges) {
    if (edge.back || edge.from.kind !== 'decision') continue;
    out.set(edge.from, [...(out.get(edge.from) ?? []), edge]);
  }
  for (const [step, list] of out) {
    if (list.length < 2) out.delete(step);
    else list.sort((a, b) => exitPlace(a) - exitPlace(b));
  }
  return out;
}

/** Each decision's branches leaving toward where their targets sit: left to right by the targets' centres. */
function hintFromPlaces(placement: FlowPlacement): ExitHint {
  const centre = new Map(placement.placed.map((p) => [p.box.step, p.x + p.box.shape.x + p.box.shape.width / 2]));
  const hint = new Map<Step, ExitOrder>();
  for (const [step, edges] of currentExits(placement)) {
    const targets = edges.map((e) => e.to).sort((a, b) => centre.get(a)! - centre.get(b)!);
    const west = targets.length === 2 && centre.get(targets[1]!)! < centre.get(step)! - 1;
    hint.set(step, { targets, west });
  }
  return hint;
}

/** The decisions whose branches cross another edge (in the order of their edges). */
function crossingDecisions(placement: FlowPlacement): Step[] {
  const lines = placement.edges.filter((e) => e.from !== e.to);
  const steps = crossingPairs(lines.map((e) => placement.routes.get(e.id)!)).flatMap(([i, j]) => [lines[i]!.from, lines[j]!.from]);
  const decisions = currentExits(placement);
  return [...new Set(steps)].filter((step) => decisions.has(step)).sort((a, b) => a.index - b.index);
}

/** The given decisions mirrored (targets the other way round, a west exit for an east one); the others as they are. */
function flippedHint(placement: FlowPlacement, flip: readonly Step[]): ExitHint {
  const hint = new Map<Step, ExitOrder>();
  for (const [step, edges] of currentExits(placement)) {
    const targets = edges.map((e) => e.to);
    const west = edges[0]!.sourceSide === 'W';
    hint.set(step, flip.includes(step) ? { targets: [...targets].reverse(), west: !west } : { targets, west });
  }
  return hint;
}

/** The exits a plan makes: what tells two plans apart. */
function exitsKey(edges: readonly PlannedEdge[]): string {
  return edges.map((e) => `${e.id}:${e.sourceSide}${e.southExit ?? ''}`).join(',');
}

/** A recipe by what it changes: the exits it plans and its ELK options. */
function recipeKey(plan: Planner, recipe: Recipe): string {
  return `${exitsKey(plan(recipe.hint).edges)}|${JSON.stringify(recipe.variant)}`;
}

/** The plan of the exits from a hint (none: drawing order). */
type Planner = (hint: ExitHint | undefined) => EdgePlan;

/**
 * Plans each hint once per placement: a recipe's key and its layout read the same plan, and ELK's
 * alternatives keep the hint of the recipe they vary (plans are only read, never changed).
 */
function planner(sop: Sop): Planner {
  const plans = new Map<ExitHint | undefined, EdgePlan>();
  return (hint) => {
    let plan = plans.get(hint);
    if (!plan) plans.set(hint, (plan = planEdges(sop, hint)));
    return plan;
  };
}

/** A recipe's edges, and the boxes in drawing order (ELK's model order), each in the room its plan's rows leave it. */
interface Measured {
  edges: PlannedEdge[];
  boxes: StepBox[];
}

/**
 * Measures each plan of the exits once: our layout's try and ELK's layout of one plan (and ELK's
 * alternatives, which change only its options) share the boxes.
 */
function measurer(plan: Planner, numbers: ReadonlyMap<string, number>, context: BoxContext): (recipe: Recipe) => Measured {
  const done = new Map<string, Measured>();
  return (recipe) => {
    const { edges, order } = plan(recipe.hint);
    const key = exitsKey(edges);
    let measured = done.get(key);
    if (!measured) {
      const measure = context.sharesOf ? { ...context, ...context.sharesOf(order, edges) } : context;
      measured = { edges, boxes: [...order.keys()].map((step) => measureStepBox(step, numbers.get(step.id)!, edges, measure)) };
      done.set(key, measured);
    }
    return measured;
  };
}

async function attempt({ edges, boxes }: Measured, numbers: ReadonlyMap<string, number>, style: ChartStyle, recipe: Recipe): Promise<FlowPlacement> {
  return placement(edges, boxes, await runElk(boxes, edges, style, recipe.variant), numbers, style);
}

/** The layout of our own (layered/), when it draws the chart. */
function ownAttempt({ edges, boxes }: Measured, numbers: ReadonlyMap<string, number>, style: ChartStyle): FlowPlacement | undefined {
  const result = layeredLayout(boxes, edges, style);
  return result && placement(edges, boxes, result, numbers, style);
}

function placement(edges: PlannedEdge[], boxes: StepBox[], elk: ElkResult, numbers: ReadonlyMap<string, number>, style: ChartStyle): FlowPlacement {
  const placed: PlacedBox[] = boxes.map((box) => ({ box, ...elk.positions.get(box.nodeId)! }));
  const routes = edgeRoutes(edges, new Map(placed.map((p) => [p.box.step, p])), elk.routes, style.edgeSpacing * 0.4);
  return { edges, boxes, placed, routes, score: scoreOf(edges, placed, routes, numbers) };
}

function scoreOf(edges: readonly PlannedEdge[], placed: PlacedBox[], routes: ReadonlyMap<string, Point[]>, numbers: ReadonlyMap<string, number>): PlacementScore {
  const lines = edges.filter((e) => e.from !== e.to).map((e) => routes.get(e.id)!);
  const symbols = placed.map((p) => ({ number: numbers.get(p.box.step.id)!, x: p.x + p.box.shape.x, y: p.y + p.box.shape.y, height: p.box.shape.height }));
  return { crossings: countCrossings(lines), inversions: countInversions(symbols), bends: lines.reduce((sum, line) => sum + countBends(line), 0) };
}

function isClean(score: PlacementScore): boolean {
  return score.crossings === 0 && score.inversions === 0;
}

/** Fewer crossings, then fewer inversions, then fewer bends. */
function better(a: PlacementScore, b: PlacementScore): boolean {
  return (a.crossings - b.crossings || a.inversions - b.inversions || a.bends - b.bends) < 0;
}
