// Where the handbook breaks the chart between pages. Fewest pages first; among the ways to fill
// that many, the breaks that cut the flow least: a cut costs one pair of off-page connectors per
// step the cut edges lead to (so a break above a fan-out or a merge, which cuts one line or lines
// to one step, is cheap, and one through a fan-out's branches is dear), and the room it leaves
// empty at the bottom of its page. The last page's room is not counted: the text sections
// follow there; with `after` (their height) known, the pages they spill onto count as pages.

/** One row of the chart as the pagination sees it (heights in page points, already scaled). */
export interface BreakRow {
  height: number;
}

/** The cut below a row (between it and the next): its connector pairs, and whether it needs the connector bands. */
export interface BreakCut {
  connectors: number;
  band: boolean;
}

export interface BreakInput {
  rows: readonly BreakRow[];
  /** cuts[j]: the cut below rows[j] (the last row has none). */
  cuts: readonly BreakCut[];
  /** The header row repeated on each page, and a connector band's height. */
  header: number;
  band: number;
  /** Room for the chart on its first page, and on each page after. */
  first: number;
  capacity: number;
  /** The height of what follows the chart (the text sections), from its last row on. */
  after?: number;
  /** Rows that must start a page (a composer keeping a thin page's lines company). */
  forced?: ReadonlySet<number>;
}

/** One connector pair weighs as much as this much empty room at a page's bottom. */
const CONNECTOR_WEIGHT = 36;

interface Plan {
  pages: number;
  cost: number;
  /** The last row of this page. */
  last: number;
}

/** The last row of each page (rows that fit on no page alone get a page each). */
export function chooseBreaks(input: BreakInput): number[] {
  const { rows, cuts } = input;
  const n = rows.length;
  if (n === 0) return [];
  const top = [0];
  for (const row of rows) top.push(top[top.length - 1]! + row.height);
  const need = (i: number, j: number) => input.header + (i > 0 && cuts[i - 1]!.band ? input.band : 0) + top[j + 1]! - top[i]! + (j < n - 1 && cuts[j]!.band ? input.band : 0);
  // best[i]: the rows from i on, starting at the top of a page after the first.
  // The pages what follows the chart takes beyond the last chart page.
  const spill = (used: number, room: number) => Math.max(0, Math.ceil((used + (input.after ?? 0) - room - 1e-6) / input.capacity));
  const best: (Plan | undefined)[] = new Array(n + 1);
  best[n] = { pages: 0, cost: 0, last: n };
  const plan = (i: number, room: number): Plan => {
    let chosen: Plan | undefined;
    for (let j = i; j < n; j++) {
      if (j > i && input.forced?.has(j)) break;
      const used = need(i, j);
      if (used > room + 1e-6 && j > i) break;
      const rest = best[j + 1]!;
      const cost = rest.cost + (j < n - 1 ? CONNECTOR_WEIGHT * cuts[j]!.connectors + Math.max(0, room - used) : 0);
      const candidate = { pages: rest.pages + 1 + (j === n - 1 ? spill(used, room) : 0), cost, last: j };
      if (!chosen || candidate.pages < chosen.pages || (candidate.pages === chosen.pages && candidate.cost < chosen.cost - 1e-9)) chosen = candidate;
      if (used > room + 1e-6) break; // a row taller than a page: alone on its page
    }
    return chosen!;
  };
  for (let i = n - 1; i >= 1; i--) best[i] = plan(i, input.capacity);
  const lasts: number[] = [];
  let current = plan(0, input.first);
  for (;;) {
    lasts.push(current.last);
    if (current.last >= n - 1) break;
    current = best[current.last + 1]!;
  }
  return lasts;
}
