// Checks shared by the handbook tests: every item inside its page (and inside the margins, the
// footer excepted), sections not overlapping, connectors paired.
import type { ConnectorPlacement } from '../../src/render/handbook/chart-connectors.js';
import { MARGINS } from '../../src/render/handbook/page-flow.js';
import { itemBox } from '../../src/render/scene-geometry.js';
import type { Box, GroupItem, Page, Scene, SceneItem, TextItem } from '../../src/render/scene.js';
import type { Fonts } from '../../src/render/text/index.js';

const EPS = 0.5;

function leaves(items: SceneItem[], out: SceneItem[] = []): SceneItem[] {
  for (const item of items) {
    if (item.kind === 'group') leaves(item.items, out);
    else out.push(item);
  }
  return out;
}

export function allTexts(page: Page): TextItem[] {
  return leaves(page.items).filter((i): i is TextItem => i.kind === 'text');
}

function inside(box: Box, area: Box): boolean {
  return box.x >= area.x - EPS && box.y >= area.y - EPS && box.x + box.width <= area.x + area.width + EPS && box.y + box.height <= area.y + area.height + EPS;
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width - EPS && b.x < a.x + a.width - EPS && a.y < b.y + b.height - EPS && b.y < a.y + a.height - EPS;
}

/** Problems found on the scene's pages, as readable strings (empty = all fine). */
export function layoutProblems(scene: Scene, fonts: Fonts): string[] {
  const problems: string[] = [];
  scene.pages.forEach((page, p) => {
    const pageBox = { x: 0, y: 0, width: page.width, height: page.height };
    const content = { x: MARGINS.left, y: MARGINS.top, width: page.width - MARGINS.left - MARGINS.right, height: page.height - MARGINS.top - MARGINS.bottom };
    for (const top of page.items) {
      const isFooter = top.kind === 'group' && top.role === 'footer';
      for (const leaf of leaves([top])) {
        const box = itemBox(leaf, fonts);
        if (!box) continue;
        const label = leaf.kind === 'text' ? `text "${leaf.text}"` : leaf.kind;
        if (!inside(box, pageBox)) problems.push(`page ${p + 1}: ${label} outside the page ${JSON.stringify(box)}`);
        else if (!isFooter && !inside(box, content)) problems.push(`page ${p + 1}: ${label} outside the margins ${JSON.stringify(box)}`);
      }
    }
    const groups = page.items.filter((i): i is GroupItem => i.kind === 'group' && i.bounds !== undefined);
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        if (overlap(groups[i]!.bounds!, groups[j]!.bounds!)) {
          problems.push(`page ${p + 1}: ${groups[i]!.data?.['data-section']} overlaps ${groups[j]!.data?.['data-section']}`);
        }
      }
    }
    const ungrouped = page.items.filter((i) => i.kind !== 'group');
    if (ungrouped.length > 0) problems.push(`page ${p + 1}: ${ungrouped.length} items outside any section`);
  });
  return problems;
}

/** Connector letters per page, as drawn (texts with role 'connector'). */
export function connectorLettersByPage(scene: Scene): string[][] {
  return scene.pages.map((page) => allTexts(page).filter((t) => t.role === 'connector').map((t) => t.text));
}

/**
 * Problems with the connector pairs: each letter 'in' once, on one page, and 'out' on one other
 * page (more than once only where lines to its step cannot share a connector without crossing).
 */
export function connectorProblems(connectors: ConnectorPlacement[]): string[] {
  const problems: string[] = [];
  const byLetter = new Map<string, ConnectorPlacement[]>();
  for (const c of connectors) byLetter.set(c.letter, [...(byLetter.get(c.letter) ?? []), c]);
  for (const [letter, list] of byLetter) {
    const out = list.filter((c) => c.end === 'out');
    const inn = list.filter((c) => c.end === 'in');
    if (out.length < 1 || inn.length !== 1) problems.push(`${letter}: ${out.length} out, ${inn.length} in`);
    else if (new Set(out.map((c) => c.page)).size !== 1) problems.push(`${letter}: leaves from several pages`);
    else if (out[0]!.page === inn[0]!.page) problems.push(`${letter}: both ends on page ${out[0]!.page + 1}`);
    const targets = new Set(list.flatMap((c) => c.edges.map((e) => e.to)));
    if (targets.size !== 1) problems.push(`${letter}: leads to ${targets.size} steps`);
  }
  return problems;
}
