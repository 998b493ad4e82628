// The text a scene prints, by the weight it prints in: what the glyph check looks for in the
// fonts, and what the PNG writer's font subsets must hold.

import type { Page, SceneItem } from './scene.js';

/** The texts the pages print, by weight (lines joined with newlines). */
export function printedText(pages: readonly Page[]): { regular: string; bold: string } {
  const regular: string[] = [];
  const bold: string[] = [];
  const walk = (items: readonly SceneItem[]) => {
    for (const item of items) {
      if (item.kind === 'group') walk(item.items);
      else if (item.kind === 'text') (item.weight === 'bold' ? bold : regular).push(item.text);
    }
  };
  for (const page of pages) walk(page.items);
  return { regular: regular.join('\n'), bold: bold.join('\n') };
}
