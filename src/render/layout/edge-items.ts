// An edge as scene items: a group (role 'edge') with the polyline and a filled arrowhead at its
// end. The arrowhead comes from render/arrow.ts, so that the SVG chart and the handbook pages
// draw the same arrows; an edge that changed since the older version (`--compare`) is stroked
// in its change's colour, a removed one dashed.

import type { ChangeKind } from '../../model/changes.js';
import { arrowhead } from '../arrow.js';
import { CHANGE_STYLE, removedDash } from '../compare/change-style.js';
import type { GroupItem, PathCommand, Point } from '../scene.js';
import type { EdgeGeometry } from './chart-layout.js';

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

/** The style of an edge drawn at `style` (its final width): in its change's colour, dashed when removed. */
export function changedEdgeStyle(style: EdgeStyle, change: ChangeKind | undefined): EdgeStyle {
  if (!change) return style;
  const out: EdgeStyle = { ...style, color: CHANGE_STYLE[change].color };
  if (change === 'removed') out.dash = removedDash(style.width);
  return out;
}

/** The data attributes of an edge's group: its ends, whether it is a loop's, how it changed. */
export function edgeData(edge: EdgeGeometry): Record<string, string> {
  const data: Record<string, string> = { 'data-from': edge.from, 'data-to': edge.to };
  if (edge.back) data['data-back'] = 'true';
  if (edge.change) data['data-change'] = edge.change;
  return data;
}
