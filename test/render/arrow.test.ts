import { describe, expect, it } from 'vitest';
import { arrowhead, arrowLength } from '../../src/render/arrow.js';
import { edgeItems } from '../../src/render/layout/edge-items.js';
import type { PathItem } from '../../src/render/scene.js';

describe('arrowhead', () => {
  it('puts the tip at the last point, pointing along the last segment', () => {
    const a = arrowhead([{ op: 'M', x: 0, y: 0 }, { op: 'L', x: 0, y: 100 }], 1)!;
    const len = arrowLength(1);
    expect(a.head[0]).toEqual({ op: 'M', x: 0, y: 100 });
    expect(a.head[1]).toMatchObject({ op: 'L', y: 100 - len });
    expect(a.head[2]).toMatchObject({ op: 'L', y: 100 - len });
    expect(a.head[3]).toEqual({ op: 'Z' });
    // The shaft stops inside the head.
    expect(a.shaft[1]).toMatchObject({ op: 'L', x: 0, y: 100 - len / 2 });
  });

  it('follows a curve by its last control point', () => {
    const a = arrowhead([{ op: 'M', x: 0, y: 0 }, { op: 'C', x1: 50, y1: 0, x2: 100, y2: 50, x: 100, y: 100 }], 1)!;
    expect(a.head[1]).toMatchObject({ y: 100 - arrowLength(1) });
    expect(a.shaft[1]).toEqual({ op: 'C', x1: 50, y1: 0, x2: 100, y2: 50, x: 100, y: 100 });
  });

  it('points along the route, not along a sub-point last segment (ELK ports a hair off the route)', () => {
    // Down into the top of a box, then 0.12 pt sideways: the head must point down.
    const a = arrowhead([{ op: 'M', x: 74, y: 300 }, { op: 'L', x: 74, y: 343.65 }, { op: 'L', x: 73.88, y: 343.65 }], 1)!;
    const [tip, left, right] = a.head.slice(0, 3) as { x: number; y: number }[];
    expect(tip).toMatchObject({ x: 73.88, y: 343.65 });
    expect(left!.y).toBeLessThan(tip!.y - 5);
    expect(right!.y).toBeLessThan(tip!.y - 5);
  });

  it('returns nothing for a path without length', () => {
    expect(arrowhead([{ op: 'M', x: 5, y: 5 }], 1)).toBeUndefined();
    expect(arrowhead([{ op: 'M', x: 5, y: 5 }, { op: 'L', x: 5, y: 5 }], 1)).toBeUndefined();
  });

  it('puts the shaft and a filled head into the edge group, so writers only draw them', () => {
    const group = edgeItems([{ x: 0, y: 0 }, { x: 40, y: 0 }], { color: '#123456', width: 1 });
    const [shaft, head] = group.items as PathItem[];
    expect(group.role).toBe('edge');
    expect(shaft!.commands).toEqual(arrowhead([{ op: 'M', x: 0, y: 0 }, { op: 'L', x: 40, y: 0 }], 1)!.shaft);
    expect(shaft!.fill).toBeUndefined();
    expect(head!.fill).toBe('#123456');
    expect(edgeItems([{ x: 0, y: 0 }, { x: 40, y: 0 }], { color: '#123456', width: 1 }, false).items).toHaveLength(1);
  });
});
