// The flowchart symbols of ISO 5807 as geometry: how big a symbol must be to hold a block of
// text, its outline as path commands, where its outline is at a given height (for edge ends and
// for the "label inside the shape" check), and the room it leaves for text.

import type { StepKind } from '../../model/types.js';
import type { Box, PathCommand, Point } from '../scene.js';

/** Padding between a symbol's outline and its text, in points. */
export interface ShapePadding {
  x: number;
  y: number;
}

/** Shape-specific proportions, derived from the label size. */
export interface ShapeStyle {
  /** Amplitude of the document symbol's wavy bottom. */
  waveAmplitude: number;
  /** Inset of the subprocess symbol's inner side bars. */
  barInset: number;
  /** Horizontal slant of the data symbol (parallelogram). */
  slant: number;
  /** How much a diamond's height weighs against its width when it is proportioned (> 1: wide and low). */
  diamondHeightWeight: number;
}

export function shapeStyle(labelSize: number, diamondHeightWeight = 2.5): ShapeStyle {
  return { waveAmplitude: Math.max(2.5, labelSize * 0.3), barInset: Math.max(4, labelSize * 0.6), slant: Math.max(6, labelSize * 0.9), diamondHeightWeight };
}

/**
 * The diamond round a text box of w × h (padding included): its corners clear the box's when
 * w / W + h / H = 1. Of those, the one of least W + k × H (k the height weight): W = w + √(k w h),
 * H = h + √(w h / k); never taller than wide.
 */
function diamondSize(w: number, h: number, k: number): { width: number; height: number } {
  const s = Math.sqrt(k * w * h);
  let width = w + s;
  let height = h + s / k;
  if (height > width) {
    // A narrow, tall text: W = H = w + h would hold it; a little wider, and lower.
    width = 1.05 * (w + h);
    height = h / (1 - w / width);
  }
  return { width, height };
}

/**
 * The size of the symbol that holds a text block of `contentWidth` × `contentHeight` (the
 * block is centred) with the padding on every side.
 */
export function shapeSizeFor(kind: StepKind, contentWidth: number, contentHeight: number, padding: ShapePadding, style: ShapeStyle): { width: number; height: number } {
  const cw = contentWidth + 2 * padding.x;
  const ch = contentHeight + 2 * padding.y;
  switch (kind) {
    case 'start':
    case 'end': {
      // Stadium: the text's corners must stay inside the round ends.
      const height = ch;
      const radius = height / 2;
      const half = contentHeight / 2;
      const width = cw + 2 * radius - 2 * Math.sqrt(Math.max(0, radius * radius - half * half));
      return { width, height };
    }
    case 'decision':
      return diamondSize(cw, ch, style.diamondHeightWeight);
    case 'document':
      // Text stays above the highest point of the wave, with the padding.
      return { width: cw, height: ch + 2 * style.waveAmplitude };
    case 'subprocess':
      return { width: cw + 2 * style.barInset, height: ch };
    case 'data': {
      // The parallelogram's sides lean by `slant` over the height: the band the text occupies
      // (height - 2 padding.y) loses slant × (1 + band / height) of width.
      const height = ch;
      return { width: cw + style.slant * (1 + contentHeight / height), height };
    }
    default:
      return { width: cw, height: ch };
  }
}

/** The outline of the symbol in `box` (for the subprocess: the outer rectangle). */
export function shapeOutline(kind: StepKind, box: Box, style: ShapeStyle): PathCommand[] {
  const { x, y, width: w, height: h } = box;
  switch (kind) {
    case 'start':
    case 'end': {
      const r = h / 2;
      // Stadium from two half circles (each as two cubic quarter arcs).
      const k = 0.5522847498 * r;
      return [
        { op: 'M', x: x + r, y },
        { op: 'L', x: x + w - r, y },
        { op: 'C', x1: x + w - r + k, y1: y, x2: x + w, y2: y + r - k, x: x + w, y: y + r },
        { op: 'C', x1: x + w, y1: y + r + k, x2: x + w - r + k, y2: y + h, x: x + w - r, y: y + h },
        { op: 'L', x: x + r, y: y + h },
        { op: 'C', x1: x + r - k, y1: y + h, x2: x, y2: y + r + k, x, y: y + r },
        { op: 'C', x1: x, y1: y + r - k, x2: x + r - k, y2: y, x: x + r, y },
        { op: 'Z' },
      ];
    }
    case 'decision':
      return [
        { op: 'M', x: x + w / 2, y },
        { op: 'L', x: x + w, y: y + h / 2 },
        { op: 'L', x: x + w / 2, y: y + h },
        { op: 'L', x, y: y + h / 2 },
        { op: 'Z' },
      ];
    case 'document': {
      // Wavy bottom: one period of a wave around y + h - a, a hump up (to y + h - 2a) right of the
      // middle and one down (to y + h) left of it. Each hump is a cubic whose control points lie
      // 4a/3 off the base line (it peaks at 3/4 of that), so they stay close to the curve.
      const a = style.waveAmplitude;
      const base = y + h - a;
      const k = (4 * a) / 3;
      return [
        { op: 'M', x, y },
        { op: 'L', x: x + w, y },
        { op: 'L', x: x + w, y: base },
        { op: 'C', x1: x + (5 * w) / 6, y1: base - k, x2: x + (4 * w) / 6, y2: base - k, x: x + w / 2, y: base },
        { op: 'C', x1: x + (2 * w) / 6, y1: base + k, x2: x + w / 6, y2: base + k, x, y: base },
        { op: 'Z' },
      ];
    }
    case 'data': {
      const s = style.slant;
      return [
        { op: 'M', x: x + s, y },
        { op: 'L', x: x + w, y },
        { op: 'L', x: x + w - s, y: y + h },
        { op: 'L', x, y: y + h },
        { op: 'Z' },
      ];
    }
    default:
      return [{ op: 'M', x, y }, { op: 'L', x: x + w, y }, { op: 'L', x: x + w, y: y + h }, { op: 'L', x, y: y + h }, { op: 'Z' }];
  }
}

/** Extra lines drawn inside a symbol: the subprocess's two inner side bars. */
export function shapeInnerLines(kind: StepKind, box: Box, style: ShapeStyle): PathCommand[] {
  if (kind !== 'subprocess') return [];
  const b = style.barInset;
  return [
    { op: 'M', x: box.x + b, y: box.y },
    { op: 'L', x: box.x + b, y: box.y + box.height },
    { op: 'M', x: box.x + box.width - b, y: box.y },
    { op: 'L', x: box.x + box.width - b, y: box.y + box.height },
  ];
}

/** Lowest y of the document's wave top (text must stay above it). */
function waveTop(box: Box, style: ShapeStyle): number {
  return box.y + box.height - 2 * style.waveAmplitude;
}

/**
 * The horizontal span [left, right] that is inside the symbol for every y in [top, bottom]
 * (inside the inner bars of a subprocess; above the wave of a document). Empty (left > right)
 * when the band leaves the symbol.
 */
export function innerSpan(kind: StepKind, box: Box, style: ShapeStyle, top: number, bottom: number): [number, number] {
  const { x, y, width: w, height: h } = box;
  if (top < y || bottom > y + h) return [1, 0];
  switch (kind) {
    case 'start':
    case 'end': {
      const r = h / 2;
      const cy = y + r;
      const dy = Math.max(Math.abs(top - cy), Math.abs(bottom - cy));
      const bulge = Math.sqrt(Math.max(0, r * r - dy * dy));
      return [x + r - bulge, x + w - r + bulge];
    }
    case 'decision': {
      const cy = y + h / 2;
      const dy = Math.max(Math.abs(top - cy), Math.abs(bottom - cy));
      const half = (w / 2) * (1 - dy / (h / 2));
      return [x + w / 2 - half, x + w / 2 + half];
    }
    case 'document':
      return bottom <= waveTop(box, style) ? [x, x + w] : [1, 0];
    case 'subprocess':
      return [x + style.barInset, x + w - style.barInset];
    case 'data': {
      const s = style.slant;
      return [x + s * (1 - (top - y) / h), x + w - (s * (bottom - y)) / h];
    }
    default:
      return [x, x + w];
  }
}

/** The x of the symbol's left (west) or right (east) outline at height `at`. */
export function outlineX(kind: StepKind, box: Box, style: ShapeStyle, side: 'west' | 'east', at: number): number {
  const { x, y, width: w, height: h } = box;
  const t = Math.min(Math.max(at, y), y + h);
  switch (kind) {
    case 'start':
    case 'end': {
      const r = h / 2;
      const dy = Math.abs(t - (y + r));
      const bulge = Math.sqrt(Math.max(0, r * r - dy * dy));
      return side === 'west' ? x + r - bulge : x + w - r + bulge;
    }
    case 'decision': {
      const half = (w / 2) * (1 - Math.abs(t - (y + h / 2)) / (h / 2));
      return side === 'west' ? x + w / 2 - half : x + w / 2 + half;
    }
    case 'data': {
      const s = style.slant;
      return side === 'west' ? x + s * (1 - (t - y) / h) : x + w - (s * (t - y)) / h;
    }
    default:
      return side === 'west' ? x : x + w;
  }
}

/** The y of the symbol's top or bottom outline at `x` (the document's bottom is its wave). */
export function outlineY(kind: StepKind, box: Box, style: ShapeStyle, side: 'north' | 'south', at: number): number {
  const { x, y, width: w, height: h } = box;
  const u = Math.min(Math.max(at, x), x + w);
  switch (kind) {
    case 'start':
    case 'end': {
      const r = h / 2;
      const cx = u < x + r ? x + r : u > x + w - r ? x + w - r : u;
      const dx = Math.abs(u - cx);
      const drop = r - Math.sqrt(Math.max(0, r * r - dx * dx));
      return side === 'north' ? y + drop : y + h - drop;
    }
    case 'decision': {
      const half = (h / 2) * (1 - Math.abs(u - (x + w / 2)) / (w / 2));
      return side === 'north' ? y + h / 2 - half : y + h / 2 + half;
    }
    case 'document': {
      if (side === 'north') return y;
      // The humps of shapeOutline: x is linear in t (control points at thirds), y = base ∓ 4a t(1 - t).
      const a = style.waveAmplitude;
      const right = u >= x + w / 2;
      const t = right ? (x + w - u) / (w / 2) : (x + w / 2 - u) / (w / 2);
      return y + h - a + (right ? -1 : 1) * 4 * a * t * (1 - t);
    }
    default:
      return side === 'north' ? y : y + h;
  }
}

/** Whether a point lies on the symbol's outline, within `tolerance` points. */
export function isOnOutline(kind: StepKind, box: Box, style: ShapeStyle, point: Point, tolerance = 0.5): boolean {
  const { x, y, width: w, height: h } = box;
  if (point.x < x - tolerance || point.x > x + w + tolerance || point.y < y - tolerance || point.y > y + h + tolerance) return false;
  const near = (a: number, b: number) => Math.abs(a - b) <= tolerance;
  return (
    near(point.x, outlineX(kind, box, style, 'west', point.y)) ||
    near(point.x, outlineX(kind, box, style, 'east', point.y)) ||
    near(point.y, outlineY(kind, box, style, 'north', point.x)) ||
    near(point.y, outlineY(kind, box, style, 'south', point.x))
  );
}
