// Arrowhead geometry, in one place: an edge's arrowhead is a small filled triangle whose tip is
// the path's last point, pointing along the last segment. The composers put it into the scene as
// its own path item (layout/edge-items.ts), so the SVG and PDF writers only draw it and can never
// draw different arrows.
import type { PathCommand, Point } from './scene.js';

export interface Arrowhead {
  /** The path shortened so that its stroke ends inside the head instead of poking through the tip. */
  shaft: PathCommand[];
  /** A closed triangle (M L L Z), to be filled with the stroke colour. */
  head: PathCommand[];
}

/** Length of the head along the edge, in points, for a stroke of the given width. */
export function arrowLength(strokeWidth: number): number {
  return 5 + 2 * Math.max(0.5, strokeWidth);
}

function endOf(c: PathCommand): Point | undefined {
  return c.op === 'Z' ? undefined : { x: c.x, y: c.y };
}

/** The direction the path arrives at its last point from; undefined for a path with no length. */
function lastDirection(commands: PathCommand[]): { tip: Point; from: Point } | undefined {
  let last = -1;
  for (let i = commands.length - 1; i >= 0; i--) {
    if (commands[i]!.op !== 'Z') {
      last = i;
      break;
    }
  }
  if (last < 1) return undefined;
  const cmd = commands[last]!;
  const tip = endOf(cmd)!;
  const candidates: Point[] = [];
  if (cmd.op === 'C') candidates.push({ x: cmd.x2, y: cmd.y2 }, { x: cmd.x1, y: cmd.y1 });
  for (let i = last - 1; i >= 0; i--) {
    const p = endOf(commands[i]!);
    if (p) candidates.push(p);
  }
  // A last segment shorter than a point (ELK's ports sit a hair off the route) would turn the
  // head sideways: the direction comes from the last point that is really behind the tip.
  const from = candidates.find((p) => Math.hypot(p.x - tip.x, p.y - tip.y) > 1) ?? candidates.find((p) => Math.hypot(p.x - tip.x, p.y - tip.y) > 1e-6);
  return from ? { tip, from } : undefined;
}

/** The arrowhead for a path ending at its last point; undefined when the path has no direction. */
export function arrowhead(commands: PathCommand[], strokeWidth: number): Arrowhead | undefined {
  const dir = lastDirection(commands);
  if (!dir) return undefined;
  const { tip, from } = dir;
  const d = Math.hypot(tip.x - from.x, tip.y - from.y);
  const ux = (tip.x - from.x) / d;
  const uy = (tip.y - from.y) / d;
  const len = arrowLength(strokeWidth);
  const half = len * 0.4;
  const bx = tip.x - ux * len;
  const by = tip.y - uy * len;
  const head: PathCommand[] = [
    { op: 'M', x: tip.x, y: tip.y },
    { op: 'L', x: bx - uy * half, y: by + ux * half },
    { op: 'L', x: bx + uy * half, y: by - ux * half },
    { op: 'Z' },
  ];
  // Shorten a straight last segment to half the head's length (a curve is left as it is).
  const shaft = commands.map((c) => ({ ...c }));
  const lastIndex = shaft.map((c) => c.op).lastIndexOf('L');
  const lastCmd = shaft[shaft.length - 1];
  if (lastCmd && lastCmd.op === 'L' && lastIndex === shaft.length - 1 && d > len) {
    lastCmd.x = tip.x - ux * len * 0.5;
    lastCmd.y = tip.y - uy * len * 0.5;
  }
  return { shaft, head };
}
