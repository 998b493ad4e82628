// Geometry checks of a chart layout, shared by the layout and SVG tests: shapes do not overlap,
// every label lies inside its shape, edges start and end on their shapes' outlines, everything
// lies inside the chart and every item inside one row band (or the header).

import type { ChartLayout } from '../../src/render/layout/chart-layout.js';
import { innerSpan, isOnOutline, shapeStyle } from '../../src/render/layout/shapes.js';
import type { StepKind } from '../../src/model/types.js';
import type { Box, GroupItem, Point, SceneItem, TextItem } from '../../src/render/scene.js';
import { fontMetrics, type Fonts } from '../../src/render/text/index.js';

const EPS = 0.5;

export function stepGroups(layout: ChartLayout): GroupItem[] {
  return layout.items.filter((i): i is GroupItem => i.kind === 'group' && i.role === 'step');
}

function leaves(items: readonly SceneItem[], out: SceneItem[] = []): SceneItem[] {
  for (const item of items) {
    if (item.kind === 'group') leaves(item.items, out);
    else out.push(item);
  }
  return out;
}

export function textBox(item: TextItem, fonts: Fonts): Box {
  const { ascent, descent } = fontMetrics(item.weight === 'bold' ? fonts.bold : fonts.regular, item.size);
  const left = item.anchor === 'start' ? item.x : item.anchor === 'middle' ? item.x - item.width / 2 : item.x - item.width;
  return { x: left, y: item.y - ascent, width: item.width, height: ascent + descent };
}

function itemBox(item: SceneItem, fonts: Fonts): Box {
  switch (item.kind) {
    case 'rect':
      return item.box;
    case 'circle':
      return { x: item.center.x - item.radius, y: item.center.y - item.radius, width: 2 * item.radius, height: 2 * item.radius };
    case 'text':
      return textBox(item, fonts);
    case 'path': {
      const xs: number[] = [];
      const ys: number[] = [];
      for (const c of item.commands) {
        if (c.op === 'Z') continue;
        xs.push(c.x);
        ys.push(c.y);
        if (c.op === 'C') xs.push(c.x1, c.x2), ys.push(c.y1, c.y2);
      }
      const x = Math.min(...xs);
      const y = Math.min(...ys);
      return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
    }
    case 'group': {
      const boxes = item.items.map((i) => itemBox(i, fonts));
      const x = Math.min(...boxes.map((b) => b.x));
      const y = Math.min(...boxes.map((b) => b.y));
      return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
    }
  }
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width - EPS && b.x < a.x + a.width - EPS && a.y < b.y + b.height - EPS && b.y < a.y + a.height - EPS;
}

function inside(box: Box, area: Box): boolean {
  return box.x >= area.x - EPS && box.y >= area.y - EPS && box.x + box.width <= area.x + area.width + EPS && box.y + box.height <= area.y + area.height + EPS;
}

/** Whether an axis-parallel segment passes through the inside of a box (touching its border is fine). */
function segmentCrossesBox(a: Point, b: Point, box: Box): boolean {
  const x0 = Math.min(a.x, b.x);
  const x1 = Math.max(a.x, b.x);
  const y0 = Math.min(a.y, b.y);
  const y1 = Math.max(a.y, b.y);
  return x0 < box.x + box.width - EPS && x1 > box.x + EPS && y0 < box.y + box.height - EPS && y1 > box.y + EPS;
}

const show = (b: Box) => `(${b.x.toFixed(1)},${b.y.toFixed(1)} ${b.width.toFixed(1)}×${b.height.toFixed(1)})`;

/** Problems of a layout as readable strings (empty = all fine). */
export function chartProblems(layout: ChartLayout, fonts: Fonts): string[] {
  const problems: string[] = [];
  const style = shapeStyle(layout.textSizes.label);
  const groups = stepGroups(layout);
  const byId = new Map(groups.map((g) => [g.data!['data-step-id']!, g]));

  // Shapes do not overlap.
  for (let i = 0; i < groups.length; i++)
    for (let j = i + 1; j < groups.length; j++)
      if (overlap(groups[i]!.bounds!, groups[j]!.bounds!)) problems.push(`shapes overlap: ${groups[i]!.id} ${show(groups[i]!.bounds!)} and ${groups[j]!.id} ${show(groups[j]!.bounds!)}`);

  // Edges arrive along their last run: no sub-point jog at the end (it would turn the arrowhead
  // sideways). A three-point edge between slightly offset boxes has no room to straighten.
  for (const edge of layout.edges) {
    const p = edge.points;
    const n = p.length;
    if (n >= 4 && Math.hypot(p[n - 1]!.x - p[n - 2]!.x, p[n - 1]!.y - p[n - 2]!.y) < 0.5) problems.push(`edge ${edge.from}→${edge.to} ends with a sub-point jog`);
  }

  // Labels inside their shapes (for each line, the shape's inner span over the line's text box).
  for (const group of groups) {
    const kind = group.data!['data-kind'] as StepKind;
    const labels = group.items.filter((i): i is TextItem => i.kind === 'text' && i.role === 'label');
    if (labels.length === 0) problems.push(`${group.id}: no label`);
    for (const label of labels) {
      const box = textBox(label, fonts);
      const [left, right] = innerSpan(kind, group.bounds!, style, box.y, box.y + box.height);
      if (box.x < left - 0.01 || box.x + box.width > right + 0.01) problems.push(`${group.id}: label "${label.text}" ${show(box)} outside its ${kind} ${show(group.bounds!)} (inner ${left.toFixed(1)}–${right.toFixed(1)})`);
    }
  }

  // Edges start and end on their own shapes' outlines.
  for (const edge of layout.edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to) {
      problems.push(`edge ${edge.from}→${edge.to}: unknown step`);
      continue;
    }
    const first = edge.points[0]!;
    const last = edge.points[edge.points.length - 1]!;
    if (!isOnOutline(from.data!['data-kind'] as StepKind, from.bounds!, style, first, 0.75)) problems.push(`edge ${edge.from}→${edge.to} starts at (${first.x.toFixed(1)},${first.y.toFixed(1)}), off ${from.id}'s outline ${show(from.bounds!)}`);
    if (!isOnOutline(to.data!['data-kind'] as StepKind, to.bounds!, style, last, 0.75)) problems.push(`edge ${edge.from}→${edge.to} ends at (${last.x.toFixed(1)},${last.y.toFixed(1)}), off ${to.id}'s outline ${show(to.bounds!)}`);
    for (let i = 1; i < edge.points.length; i++) {
      const a = edge.points[i - 1]!;
      const b = edge.points[i]!;
      if (Math.abs(a.x - b.x) > 0.01 && Math.abs(a.y - b.y) > 0.01) problems.push(`edge ${edge.from}→${edge.to} has a diagonal segment`);
    }
  }

  // Edges pass by shapes, never through them (an edge's own end segments meet its shapes' outlines).
  for (const edge of layout.edges) {
    for (let i = 1; i < edge.points.length; i++) {
      const a = edge.points[i - 1]!;
      const b = edge.points[i]!;
      for (const group of groups) {
        const id = group.data!['data-step-id'];
        if ((i === 1 && id === edge.from) || (i === edge.points.length - 1 && id === edge.to)) continue;
        if (segmentCrossesBox(a, b, group.bounds!)) problems.push(`edge ${edge.from}→${edge.to} runs through ${group.id} ${show(group.bounds!)} at (${a.x.toFixed(1)},${a.y.toFixed(1)})–(${b.x.toFixed(1)},${b.y.toFixed(1)})`);
      }
    }
  }

  // Branch labels: clear of every shape, every edge's segments and each other.
  const labelled = layout.edges.filter((e) => e.label);
  for (const edge of labelled) {
    const box = textBox(edge.label!, fonts);
    const name = `branch label "${edge.label!.text}" of ${edge.from}→${edge.to} ${show(box)}`;
    for (const group of groups) if (overlap(box, group.bounds!)) problems.push(`${name} overlaps ${group.id} ${show(group.bounds!)}`);
    for (const other of layout.edges) {
      for (let i = 1; i < other.points.length; i++) {
        if (segmentCrossesBox(other.points[i - 1]!, other.points[i]!, box)) {
          problems.push(`${name} is crossed by the edge ${other.from}→${other.to}`);
          break;
        }
      }
    }
    for (const other of labelled) if (other !== edge && overlap(box, textBox(other.label!, fonts))) problems.push(`${name} overlaps the branch label "${other.label!.text}" of ${other.from}→${other.to}`);
  }

  // Everything inside the chart; items inside one row band (or the header).
  const chart = { x: 0, y: 0, width: layout.width, height: layout.height };
  const bands = [{ top: 0, bottom: layout.header.height }, ...layout.rows];
  for (const item of [...leaves(layout.header.items), ...leaves(layout.items), ...layout.edges.flatMap((e) => (e.label ? [e.label] : []))]) {
    const box = itemBox(item, fonts);
    if (!inside(box, chart)) problems.push(`${item.kind} ${item.kind === 'text' ? `"${item.text}" ` : ''}${show(box)} outside the chart ${show(chart)}`);
  }
  for (const item of [...layout.items]) {
    const box = item.kind === 'group' && item.bounds ? itemBox(item, fonts) : itemBox(item, fonts);
    if (!bands.some((b) => box.y >= b.top - EPS && box.y + box.height <= b.bottom + EPS)) problems.push(`${item.kind} ${item.kind === 'group' ? item.id : ''} ${show(box)} crosses a row boundary`);
  }
  for (const edge of layout.edges)
    for (const p of edge.points) if (p.x < -EPS || p.y < -EPS || p.x > layout.width + EPS || p.y > layout.height + EPS) problems.push(`edge ${edge.from}→${edge.to} leaves the chart`);
  // Rows: contiguous below the header, each holding its steps.
  let top = layout.header.height;
  for (const row of layout.rows) {
    if (Math.abs(row.top - top) > 0.01) problems.push(`row at ${row.top.toFixed(1)} does not follow the previous one (${top.toFixed(1)})`);
    top = row.bottom;
    for (const id of row.stepIds) {
      const b = byId.get(id)?.bounds;
      if (!b || b.y < row.top - EPS || b.y + b.height > row.bottom + EPS) problems.push(`step ${id} is not inside its row`);
    }
  }
  if (Math.abs(top - layout.height) > 0.01) problems.push('rows do not end at the chart bottom');
  return problems;
}
