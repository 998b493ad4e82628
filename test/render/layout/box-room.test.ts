import { describe, expect, it } from 'vitest';
import type { Step } from '../../../src/model/types.js';
import { roomsFromRows } from '../../../src/render/layout/box-room.js';

const step = (id: string) => ({ id }) as unknown as Step;
const placed = (s: Step, x: number, width: number, y = 0, height = 30) => ({ box: { step: s, width, height }, x, y });
const bounds = { left: 0, right: 400 };

describe('roomsFromRows', () => {
  it('lets a lone box grow on both sides by what is free on its nearer side (ELK keeps it centred)', () => {
    const a = step('a');
    // 100 free to the left, 240 to the right: it may grow by 100 on each side.
    const rooms = roomsFromRows([[placed(a, 100, 60)]], [], bounds, 10);
    expect(rooms.get(a)).toBe(260);
  });

  it('shares the gap between neighbours and keeps clear of a line running down beside a box', () => {
    const [a, b, c] = [step('a'), step('b'), step('c')];
    // a: 0–100 and b: 150–250 share a gap of 50 (less 10 spacing): 20 each side; c alone below,
    // with a loop line at x = 320 beside it (c: 200–280): 30 free to the right, less the spacing.
    const rows = [[placed(b, 150, 100), placed(a, 0, 100)], [placed(c, 200, 80, 60)]];
    const loop = [
      { x: 330, y: 100 },
      { x: 320, y: 100 },
      { x: 320, y: 40 },
    ];
    const rooms = roomsFromRows(rows, [loop], bounds, 10);
    expect(rooms.get(a)).toBe(100); // against the left bound: no room on that side
    expect(rooms.get(b)).toBe(140);
    expect(rooms.get(c)).toBe(80 + 2 * 30);
  });

  it('ignores a line that only enters the box (its own edge) or passes another row', () => {
    const a = step('a');
    const own = [
      { x: 130, y: -40 },
      { x: 130, y: 10 },
    ];
    const elsewhere = [
      { x: 50, y: 200 },
      { x: 50, y: 300 },
    ];
    const rooms = roomsFromRows([[placed(a, 100, 60)]], [own, elsewhere], bounds, 10);
    expect(rooms.get(a)).toBe(260);
  });
});
