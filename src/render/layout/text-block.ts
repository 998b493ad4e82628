// A block of wrapped, measured lines and how to turn it into scene text items. Lines are
// stacked with a fixed pitch; each line's text box is the font's em box (ascent + descent).

import type { TextItem } from '../scene.js';
import { fontMetrics, measureText, wrapBalanced, wrapText, type Fonts, type KeepTogether, type MeasureFont } from '../text/index.js';

export interface TextBlock {
  lines: string[];
  widths: number[];
  size: number;
  weight: 'regular' | 'bold';
  color: string;
  /** Baseline-to-baseline distance. */
  pitch: number;
  role: NonNullable<TextItem['role']>;
  /** Ascent and descent of one line at this size. */
  ascent: number;
  descent: number;
}

export const LINE_PITCH = 1.3;

export function faceOf(fonts: Fonts, weight: 'regular' | 'bold'): MeasureFont {
  return weight === 'bold' ? fonts.bold : fonts.regular;
}

export interface BlockStyle {
  size: number;
  weight?: 'regular' | 'bold';
  color?: string;
  role: NonNullable<TextItem['role']>;
  /** Balance the lines (labels) rather than fill them greedily (cells). */
  balanced?: boolean;
  /** Names never broken inside. */
  keep?: KeepTogether;
}

/** Wraps `text` to `maxWidth` and measures the lines. */
export function makeBlock(fonts: Fonts, text: string, maxWidth: number, style: BlockStyle): TextBlock {
  const weight = style.weight ?? 'regular';
  const face = faceOf(fonts, weight);
  const lines = style.balanced ? wrapBalanced(face, text, style.size, maxWidth, style.keep) : wrapText(face, text, style.size, maxWidth, style.keep);
  const { ascent, descent } = fontMetrics(face, style.size);
  return {
    lines,
    widths: lines.map((line) => measureText(face, line, style.size)),
    size: style.size,
    weight,
    color: style.color ?? '#000000',
    pitch: style.size * LINE_PITCH,
    role: style.role,
    ascent,
    descent,
  };
}

export function blockHeight(block: TextBlock): number {
  return block.lines.length === 0 ? 0 : (block.lines.length - 1) * block.pitch + block.ascent + block.descent;
}

export function blockWidth(block: TextBlock): number {
  return block.widths.reduce((a, b) => Math.max(a, b), 0);
}

/**
 * Text items for the block with its text box's top at `top`; `x` is the left edge (start),
 * centre (middle) or right edge (end) of every line.
 */
export function blockItems(block: TextBlock, x: number, top: number, anchor: TextItem['anchor']): TextItem[] {
  return block.lines.map((text, i) => ({
    kind: 'text' as const,
    text,
    x,
    y: top + block.ascent + i * block.pitch,
    anchor,
    size: block.size,
    weight: block.weight,
    color: block.color,
    width: block.widths[i]!,
    role: block.role,
  }));
}
