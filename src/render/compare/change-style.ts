// How the compare chart marks a change: one colour for text, outlines and edges, a light tint
// for fills, and for removed things a dash (outlines, edges) and a line through the text. The
// colours are GitHub's diff colours: dark enough for text on white, distinct in print.

import type { ChangeKind } from '../../model/changes.js';

export interface ChangeStyle {
  /** Text, outlines, edges, strike lines. */
  color: string;
  /** Symbol and cell fill. */
  tint: string;
}

export const CHANGE_STYLE: Record<ChangeKind, ChangeStyle> = {
  added: { color: '#1a7f37', tint: '#dafbe1' },
  removed: { color: '#cf222e', tint: '#ffebe9' },
  changed: { color: '#9a6700', tint: '#fff8c5' },
};

/** The order the legend lists them in. */
export const CHANGE_KINDS: readonly ChangeKind[] = ['added', 'removed', 'changed'];

/** Dash of a removed outline or edge, in multiples of its stroke width (so it scales with it). */
export function removedDash(strokeWidth: number): number[] {
  const w = Math.max(strokeWidth, 0.1);
  return [4.5 * w, 3 * w];
}

/** Width of a strike line through text of this size. */
export function strikeWidth(textSize: number): number {
  return Math.max(0.5, textSize * 0.07);
}
