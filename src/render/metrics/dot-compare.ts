// The same graph for Graphviz `dot`, to compare our drawing with what dot makes of it: the chart's
// steps as fixed-size boxes (their symbols' sizes) in drawing order, its edges (without the loops
// a step makes to itself, which our boxes draw), top to bottom, orthogonal splines. And dot's SVG
// back as polylines, for the same crossing and bend counts as ours (crossings.ts). Running dot is
// the caller's business (scripts/chart-metrics.mjs, the tests).

import type { Sop, StepKind } from '../../model/types.js';
import type { ChartLayout } from '../layout/chart-layout.js';
import type { Point } from '../scene.js';

const POINTS_PER_INCH = 72;

/** A DOT name for a step id (quoted, escaped). */
function dotId(id: string): string {
  return `"${id.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A DOT label: quoted, escaped, each line break as dot's centred line break (`\\n`). */
function dotLabel(lines: string[]): string {
  return `"${lines.join('\n').replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r\n|\r|\n/g, '\\n')}"`;
}

/** dot's nearest shape for each kind of step (our symbols: flowchart-shapes.ts). */
const DOT_SHAPES: Record<StepKind, string> = {
  start: 'ellipse',
  end: 'ellipse',
  process: 'box',
  decision: 'diamond',
  document: 'note',
  subprocess: 'box3d',
  data: 'parallelogram',
};

/**
 * The SOP's graph as DOT with its words: the title, each step's text, owner and standard time
 * inside its shape, each decision branch's label beside its edge (an `xlabel`: dot's orthogonal
 * router places no edge `label`), in `font` (a fontconfig family name). What a chart we draw
 * shows of the same graph, for timing dot on the same work as ours (text measured, laid out and
 * drawn, and in a PDF its font embedded); `dotSource` is the boxes alone.
 */
export function dotSourceWithText(sop: Sop, font: string, splines: 'ortho' | 'polyline' = 'ortho'): string {
  const face = dotLabel([font]);
  const lines = [
    'digraph chart {',
    `  graph [rankdir=TB, splines=${splines}, label=${dotLabel([sop.title])}, fontname=${face}];`,
    `  node [shape=box, fontname=${face}, fontsize=10];`,
    `  edge [fontname=${face}, fontsize=9];`,
  ];
  for (const step of sop.steps) {
    const label = [step.text, step.owner ?? '', step.time?.text ?? step.timeText ?? ''].filter((line) => line.length > 0);
    lines.push(`  ${dotId(step.id)} [shape=${DOT_SHAPES[step.kind]}, label=${dotLabel(label)}];`);
  }
  for (const step of sop.steps) {
    for (const edge of step.successors) {
      if (edge.from === edge.to || !sop.steps.some((s) => s.id === edge.to)) continue;
      lines.push(`  ${dotId(edge.from)} -> ${dotId(edge.to)}${edge.label ? ` [xlabel=${dotLabel([edge.label])}]` : ''};`);
    }
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/**
 * The chart's graph as DOT source: nodes sized like our symbols, in the order they are listed.
 * Orthogonal splines, like our edges; `polyline` for the graphs where dot's orthogonal router
 * fails (Graphviz 2.43 aborts in its trapezoid table on some).
 */
export function dotSource(layout: ChartLayout, splines: 'ortho' | 'polyline' = 'ortho'): string {
  const lines = ['digraph chart {', `  graph [rankdir=TB, splines=${splines}];`, '  node [shape=box, fixedsize=true, label=""];'];
  const steps = layout.items.filter((item) => item.kind === 'group' && item.role === 'step');
  const order = [...layout.stepNumbers].sort((a, b) => a[1] - b[1]).map(([id]) => id);
  const bounds = new Map(steps.map((g) => [g.kind === 'group' ? g.data?.['data-step-id'] : undefined, g.kind === 'group' ? g.bounds : undefined]));
  for (const id of order) {
    const box = bounds.get(id);
    if (!box) continue;
    lines.push(`  ${dotId(id)} [width=${(box.width / POINTS_PER_INCH).toFixed(3)}, height=${(box.height / POINTS_PER_INCH).toFixed(3)}];`);
  }
  for (const edge of layout.edges) if (edge.from !== edge.to) lines.push(`  ${dotId(edge.from)} -> ${dotId(edge.to)};`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** A cubic Bézier as points: its end only when it is straight (dot's orthogonal runs), else sampled. */
function bezierPoints(p0: Point, p1: Point, p2: Point, p3: Point): Point[] {
  const offLine = (q: Point) => {
    const dx = p3.x - p0.x;
    const dy = p3.y - p0.y;
    const length = Math.hypot(dx, dy);
    if (length < 1e-9) return Math.hypot(q.x - p0.x, q.y - p0.y);
    return Math.abs((q.x - p0.x) * dy - (q.y - p0.y) * dx) / length;
  };
  if (offLine(p1) < 0.1 && offLine(p2) < 0.1) return [p3];
  const out: Point[] = [];
  for (let i = 1; i <= 8; i++) {
    const t = i / 8;
    const s = 1 - t;
    out.push({
      x: s * s * s * p0.x + 3 * s * s * t * p1.x + 3 * s * t * t * p2.x + t * t * t * p3.x,
      y: s * s * s * p0.y + 3 * s * s * t * p1.y + 3 * s * t * t * p2.y + t * t * t * p3.y,
    });
  }
  return out;
}

/** The edges of dot's SVG output as polylines (its `M x,y C …` paths inside `class="edge"` groups). */
export function dotEdgePolylines(svg: string): Point[][] {
  const lines: Point[][] = [];
  for (const group of svg.split('class="edge"').slice(1)) {
    const d = /<path[^>]*\sd="([^"]+)"/.exec(group)?.[1];
    if (!d) continue;
    const numbers = (d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/gi) ?? []).map(Number);
    const points: Point[] = [];
    for (let i = 0; i + 1 < numbers.length; i += 2) points.push({ x: numbers[i]!, y: numbers[i + 1]! });
    if (points.length < 1) continue;
    const line: Point[] = [points[0]!];
    for (let i = 1; i + 2 < points.length; i += 3) line.push(...bezierPoints(line[line.length - 1]!, points[i]!, points[i + 1]!, points[i + 2]!));
    lines.push(line);
  }
  return lines;
}
