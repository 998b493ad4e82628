import { describe, expect, it } from 'vitest';
import type { Box, PathCommand, PathItem } from '../../src/render/scene.js';
import { itemBox, unionBox } from '../../src/render/scene-geometry.js';
import { loadFonts } from '../../src/render/text/index.js';

/** A path's outline as it was made before pointsBox: a zero-size box per point, folded with unionBox. */
function foldedBox(commands: readonly PathCommand[], strokeWidth: number): Box | undefined {
  let box: Box | undefined;
  for (const c of commands) {
    if (c.op === 'Z') continue;
    box = unionBox(box, { x: c.x, y: c.y, width: 0, height: 0 });
    if (c.op === 'C') {
      box = unionBox(box, { x: c.x1, y: c.y1, width: 0, height: 0 });
      box = unionBox(box, { x: c.x2, y: c.y2, width: 0, height: 0 });
    }
  }
  if (!box) return undefined;
  const h = strokeWidth / 2;
  return { x: box.x - h, y: box.y - h, width: box.width + 2 * h, height: box.height + 2 * h };
}

/** A deterministic stream of awkward coordinates: fractions that do not add up exactly, negatives, -0. */
function coordinates(seed: number): () => number {
  let state = seed;
  const awkward = [0.1, 0.2, 0.3, -0.1, 1e-9, -0, 1 / 3, 123.456, -987.65, 0.30000000000000004];
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % 3 === 0 ? awkward[state % awkward.length]! : ((state % 20000) - 10000) / 7;
  };
}

describe('itemBox of a path', () => {
  const fonts = loadFonts();
  it('gives, to the last bit, the box a fold of unionBox over its points gives', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = coordinates(seed);
      const commands: PathCommand[] = [{ op: 'M', x: next(), y: next() }];
      for (let k = 0; k < (seed % 7) + 1; k++) {
        if (k % 3 === 1) commands.push({ op: 'C', x1: next(), y1: next(), x2: next(), y2: next(), x: next(), y: next() });
        else commands.push({ op: 'L', x: next(), y: next() });
        if (k % 4 === 3) commands.push({ op: 'Z' });
      }
      const width = seed % 3 === 0 ? 0 : 1.2;
      const item: PathItem = { kind: 'path', commands, stroke: { color: '#000', width } };
      const got = itemBox(item, fonts)!;
      const want = foldedBox(commands, width)!;
      for (const key of ['x', 'y', 'width', 'height'] as const) expect(Object.is(got[key], want[key]), `seed ${seed} ${key}: ${got[key]} vs ${want[key]}`).toBe(true);
    }
  });

  it('has none for a path of no points', () => {
    expect(itemBox({ kind: 'path', commands: [{ op: 'Z' }] }, fonts)).toBeUndefined();
  });
});
