// Colours the edges of a composed compare chart (the SVG page or the handbook's pages). A
// ChartLayout edge is a polyline without a style, and the composers draw every edge alike, so the
// changes are applied to the scene they compose: every edge group (role 'edge', data-from /
// data-to; on the handbook's pages also each part of an edge cut at a page break) gets its
// change's colour, a removed one a dash. Nothing moves: only colours and dashes change.
// (A `stroke` on EdgeGeometry, read by both composers, would make this pass unnecessary.)

import type { GroupItem, Scene, SceneItem } from '../scene.js';
import { CHANGE_STYLE, removedDash } from './change-style.js';
import { edgeKey, type ChangeMarks } from './merge-versions.js';

export function markEdges(scene: Scene, marks: ChangeMarks): Scene {
  return { ...scene, pages: scene.pages.map((page) => ({ ...page, items: page.items.map((item) => markItem(item, marks)) })) };
}

function markItem(item: SceneItem, marks: ChangeMarks): SceneItem {
  if (item.kind !== 'group') return item;
  if (item.role === 'edge' && item.data?.['data-from'] !== undefined && item.data['data-to'] !== undefined) {
    const kind = marks.edges.get(edgeKey(item.data['data-from'], item.data['data-to']));
    return kind ? markEdge(item, kind) : item;
  }
  return { ...item, items: item.items.map((child) => markItem(child, marks)) };
}

function markEdge(group: GroupItem, kind: 'added' | 'removed' | 'changed'): GroupItem {
  const color = CHANGE_STYLE[kind].color;
  const items = group.items.map((item): SceneItem => {
    if (item.kind !== 'path') return item;
    // The arrowhead is filled; the shaft is the stroked line (dashed when removed).
    if (item.fill !== undefined) return { ...item, fill: color, ...(item.stroke ? { stroke: { ...item.stroke, color } } : {}) };
    if (!item.stroke) return item;
    const stroke = { ...item.stroke, color };
    if (kind === 'removed') stroke.dash = removedDash(item.stroke.width);
    return { ...item, stroke };
  });
  return { ...group, data: { ...group.data, 'data-change': kind }, items };
}
