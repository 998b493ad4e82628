// A decision with more branches forward than corners sends several of them down from points along
// its lower half (flow-edges.ts numbers them left to right): where those exits sit. Each branch's
// label goes right of its own line, below the symbol, so consecutive exits lie at least a label
// apart; together they are centred under the symbol and kept clear of its side corners.

import type { PlannedEdge } from './flow-edges.js';

/** How close to a side corner (as a share of the symbol's width) an exit may sit. */
const CORNER_CLEARANCE = 0.14;

export interface SouthExit {
  /** x relative to the symbol's left. */
  x: number;
  /** The width its label takes right of the line (0 without a label). */
  labelWidth: number;
}

/** A step's bottom exits left to right, the widths of their labels and the distances between them. */
function spacing(outgoing: readonly PlannedEdge[], measure: (label: string) => number, gap: number): { numbered: PlannedEdge[]; widths: number[]; steps: number[]; span: number } {
  const numbered = outgoing.filter((e) => e.southExit !== undefined).sort((a, b) => a.southExit! - b.southExit!);
  const widths = numbered.map((e) => (e.label ? measure(e.label.normalize('NFC')) : 0));
  // From each line to the next: its label between two gaps, and room clear of the next line.
  const steps = widths.slice(0, -1).map((w) => (w > 0 ? w + 4 * gap : 3 * gap));
  return { numbered, widths, steps, span: steps.reduce((a, b) => a + b, 0) };
}

/** How wide a symbol must be for its bottom exits to lie a label apart (0 without bottom exits). */
export function southExitsWidth(outgoing: readonly PlannedEdge[], measure: (label: string) => number, gap: number): number {
  const { span } = spacing(outgoing, measure, gap);
  return span > 0 ? span / (1 - 2 * CORNER_CLEARANCE) : 0;
}

/** The bottom exits of a step's edges by exit number (empty when it has none). */
export function southExits(outgoing: readonly PlannedEdge[], shapeWidth: number, measure: (label: string) => number, gap: number): Map<number, SouthExit> {
  const exits = new Map<number, SouthExit>();
  const { numbered, widths, steps, span } = spacing(outgoing, measure, gap);
  if (numbered.length === 0) return exits;
  const low = shapeWidth * CORNER_CLEARANCE;
  const high = shapeWidth * (1 - CORNER_CLEARANCE);
  let x = shapeWidth / 2 - span / 2;
  const scale = span > high - low ? (high - low) / span : 1;
  if (scale < 1) x = low;
  numbered.forEach((edge, i) => {
    exits.set(edge.southExit!, { x, labelWidth: widths[i]! });
    x += (steps[i] ?? 0) * scale;
  });
  return exits;
}
