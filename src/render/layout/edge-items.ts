// An edge as scene items: a group (role 'edge') with the polyline and a filled arrowhead at its
// end. The arrowhead comes from render/arrow.ts, shared with the PDF handbook, so that the SVG
// chart and the handbook pages draw the same arrows.

import { arrowhead } from '../arrow.js';
import type { GroupItem, PathCommand, Point } from '../scene.js';

export interface EdgeStyle {
  color: string;
  width: number;
  dash?: number[];
}

/** The edge group for a polyline; `arrow` = draw an arrowhead at the last point. */
export function edgeItems(points: readonly Point[], style: EdgeStyle, arrow = true, data?: Record<string, string>): GroupItem {
  const commands: PathCommand[] = points.map((p, i) => ({ op: i === 0 ? 'M' : 'L', x: p.x, y: p.y }) as PathCommand);
  const stroke = { color: style.color, width: style.width, ...(style.dash ? { dash: style.dash } : {}) };
  const head = arrow && points.length >= 2 ? arrowhead(commands, style.width) : undefined;
  const group: GroupItem = { kind: 'group', role: 'edge', items: [{ kind: 'path', commands: head ? head.shaft : commands, stroke }] };
  if (data) group.data = data;
  if (head) group.items.push({ kind: 'path', commands: head.head, fill: style.color, stroke: { color: style.color, width: Math.min(style.width, 0.5) } });
  return group;
}
