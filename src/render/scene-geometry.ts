// Geometry over scene items, for every composer: outline boxes (for bounds, containment and
// page assignment), moving items (the SVG page, the compare legend) and the scale-and-move
// transform that places chart items on a handbook page.
import type { Box, PathCommand, SceneItem, Stroke } from './scene.js';
import { fontMetrics, type Fonts } from './text/index.js';

export function unionBox(a: Box | undefined, b: Box): Box {
  if (!a) return { ...b };
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/**
 * The union of a path's points (end and control points) as unionBox folds them, point by point
 * in the same order with the same arithmetic, without a box per point (handbook pages ask for
 * the outlines of every edge, several times).
 */
function pointsBox(commands: readonly PathCommand[]): Box | undefined {
  let any = false;
  let x = 0;
  let y = 0;
  let width = 0;
  let height = 0;
  const add = (px: number, py: number): void => {
    if (!any) {
      any = true;
      x = px;
      y = py;
      return;
    }
    const nx = Math.min(x, px);
    const ny = Math.min(y, py);
    width = Math.max(x + width, px + 0) - nx;
    height = Math.max(y + height, py + 0) - ny;
    x = nx;
    y = ny;
  };
  for (const c of commands) {
    if (c.op === 'Z') continue;
    add(c.x, c.y);
    if (c.op === 'C') {
      add(c.x1, c.y1);
      add(c.x2, c.y2);
    }
  }
  return any ? { x, y, width, height } : undefined;
}

/** The outline of an item: a text's advance width by ascent + descent, a shape with half its stroke. */
export function itemBox(item: SceneItem, fonts: Fonts): Box | undefined {
  switch (item.kind) {
    case 'text': {
      const { ascent, descent } = fontMetrics(item.weight === 'bold' ? fonts.bold : fonts.regular, item.size);
      const left = item.anchor === 'middle' ? item.x - item.width / 2 : item.anchor === 'end' ? item.x - item.width : item.x;
      return { x: left, y: item.y - ascent, width: item.width, height: ascent + descent };
    }
    case 'rect': {
      const h = (item.stroke?.width ?? 0) / 2;
      return { x: item.box.x - h, y: item.box.y - h, width: item.box.width + 2 * h, height: item.box.height + 2 * h };
    }
    case 'circle': {
      const r = item.radius + (item.stroke?.width ?? 0) / 2;
      return { x: item.center.x - r, y: item.center.y - r, width: 2 * r, height: 2 * r };
    }
    case 'path': {
      const box = pointsBox(item.commands);
      if (!box) return undefined;
      const h = (item.stroke?.width ?? 0) / 2;
      return { x: box.x - h, y: box.y - h, width: box.width + 2 * h, height: box.height + 2 * h };
    }
    case 'group': {
      let box: Box | undefined;
      for (const child of item.items) {
        const b = itemBox(child, fonts);
        if (b) box = unionBox(box, b);
      }
      if (item.bounds) box = unionBox(box, item.bounds);
      return box;
    }
  }
}

/** Moves scene items by (dx, dy). */
export function translateItems(items: readonly SceneItem[], dx: number, dy: number): SceneItem[] {
  const movePath = (c: PathCommand): PathCommand => {
    switch (c.op) {
      case 'Z':
        return c;
      case 'C':
        return { op: 'C', x1: c.x1 + dx, y1: c.y1 + dy, x2: c.x2 + dx, y2: c.y2 + dy, x: c.x + dx, y: c.y + dy };
      default:
        // A move or a line: its own fields written out (a spread per command cost more than the rest of the copy).
        return { op: c.op, x: c.x + dx, y: c.y + dy };
    }
  };
  return items.map((item): SceneItem => {
    switch (item.kind) {
      case 'rect':
        return { ...item, box: { ...item.box, x: item.box.x + dx, y: item.box.y + dy } };
      case 'path':
        return { ...item, commands: item.commands.map(movePath) };
      case 'circle':
        return { ...item, center: { x: item.center.x + dx, y: item.center.y + dy } };
      case 'text':
        return { ...item, x: item.x + dx, y: item.y + dy };
      case 'group':
        return { ...item, ...(item.bounds ? { bounds: { ...item.bounds, x: item.bounds.x + dx, y: item.bounds.y + dy } } : {}), items: translateItems(item.items, dx, dy) };
    }
  });
}

/** Scale by `s` about the origin, then move by (dx, dy): x' = dx + s·x, y' = dy + s·y. */
export interface Placement {
  s: number;
  dx: number;
  dy: number;
}

function scaleStroke(stroke: Stroke | undefined, s: number): Stroke | undefined {
  if (!stroke) return undefined;
  const out: Stroke = { color: stroke.color, width: stroke.width * s };
  if (stroke.dash) out.dash = stroke.dash.map((d) => d * s);
  return out;
}

function placeCommand(c: PathCommand, t: Placement): PathCommand {
  const X = (x: number) => t.dx + t.s * x;
  const Y = (y: number) => t.dy + t.s * y;
  switch (c.op) {
    case 'M':
    case 'L':
      return { op: c.op, x: X(c.x), y: Y(c.y) };
    case 'C':
      return { op: 'C', x1: X(c.x1), y1: Y(c.y1), x2: X(c.x2), y2: Y(c.y2), x: X(c.x), y: Y(c.y) };
    case 'Z':
      return { op: 'Z' };
  }
}

export function placeBox(b: Box, t: Placement): Box {
  return { x: t.dx + t.s * b.x, y: t.dy + t.s * b.y, width: t.s * b.width, height: t.s * b.height };
}

/** A copy of the item placed on the page: coordinates, text sizes and widths, stroke widths scaled. */
export function placeItem(item: SceneItem, t: Placement): SceneItem {
  switch (item.kind) {
    case 'text':
      return { ...item, x: t.dx + t.s * item.x, y: t.dy + t.s * item.y, size: item.size * t.s, width: item.width * t.s };
    case 'rect': {
      const out = { ...item, box: placeBox(item.box, t), stroke: scaleStroke(item.stroke, t.s) };
      if (item.radius !== undefined) out.radius = item.radius * t.s;
      if (!out.stroke) delete out.stroke;
      return out;
    }
    case 'circle': {
      const out = { ...item, center: { x: t.dx + t.s * item.center.x, y: t.dy + t.s * item.center.y }, radius: item.radius * t.s, stroke: scaleStroke(item.stroke, t.s) };
      if (!out.stroke) delete out.stroke;
      return out;
    }
    case 'path': {
      const out = { ...item, commands: item.commands.map((c) => placeCommand(c, t)), stroke: scaleStroke(item.stroke, t.s) };
      if (!out.stroke) delete out.stroke;
      return out;
    }
    case 'group': {
      const out = { ...item, items: item.items.map((child) => placeItem(child, t)) };
      if (item.bounds) out.bounds = placeBox(item.bounds, t);
      return out;
    }
  }
}
