// The scene items of a step (its symbol, label, number, 註 marks and inline forms, as one group)
// and of a branch label, placed at the step box's position on the chart.

import type { GroupItem, Point, SceneItem, TextItem } from '../scene.js';
import { fontMetrics, measureText, type Fonts } from '../text/index.js';
import type { ChartStyle } from './chart-style.js';
import { sourcePortKey } from './elk-layout.js';
import type { PlannedEdge } from './flow-edges.js';
import { shapeInnerLines, shapeOutline } from './shapes.js';
import type { StepBox } from './step-boxes.js';
import { blockHeight, blockItems, faceOf } from './text-block.js';

/** A branch label beside the first segment of its edge; `stack` moves it one line further away per label already there. */
export function branchLabel(edge: PlannedEdge, points: Point[], source: StepBox, style: ChartStyle, fonts: Fonts, stack: number): TextItem {
  const face = faceOf(fonts, 'regular');
  const text = edge.label!.normalize('NFC');
  const width = measureText(face, text, style.branch);
  const { ascent, descent } = fontMetrics(face, style.branch);
  const start = points[0]!;
  const gap = style.mark * 0.35;
  const step = stack * (ascent + descent + gap);
  const item: TextItem = { kind: 'text', text, x: start.x, y: start.y, anchor: 'start', size: style.branch, weight: 'regular', color: style.colors.text, width, role: 'branch-label' };
  const above = { y: start.y - gap - descent - step };
  const below = { y: start.y + gap + ascent + step };
  // A loop to the step itself rises from its corner: labels on that side go below, out of its way.
  const loopSide = source.selfLoop ? (source.selfLoop.points[1]!.x < source.shape.x ? 'W' : 'E') : undefined;
  switch (edge.sourceSide) {
    case 'S': {
      // Below the symbol (an exit along a decision's lower half starts higher up, on its outline).
      const anchor = source.ports.get(sourcePortKey(edge))!.anchor;
      return { ...item, x: start.x + gap, y: below.y + source.shape.y + source.shape.height - anchor.y };
    }
    case 'E':
      return { ...item, x: start.x + gap, ...(loopSide === 'E' ? below : above) };
    case 'W': {
      // Above the line, unless a loop comes in just above it.
      const under = loopSide === 'W' || source.ports.get('Win')!.at.y < source.ports.get('Wout')!.at.y;
      return { ...item, anchor: 'end', x: start.x - gap, ...(under ? below : above) };
    }
  }
}

export function stepGroup(box: StepBox, origin: Point, style: ChartStyle): GroupItem {
  const { step } = box;
  const shape = { x: origin.x + box.shape.x, y: origin.y + box.shape.y, width: box.shape.width, height: box.shape.height };
  const items: SceneItem[] = [];
  const fill = step.kind === 'start' || step.kind === 'end' ? style.colors.terminalFill : style.colors.shapeFill;
  items.push({ kind: 'path', commands: shapeOutline(step.kind, shape, style.shape), fill, stroke: { color: style.colors.stroke, width: style.strokes.shape } });
  const inner = shapeInnerLines(step.kind, shape, style.shape);
  if (inner.length > 0) items.push({ kind: 'path', commands: inner, stroke: { color: style.colors.stroke, width: style.strokes.shape } });
  let top = origin.y + box.textTop;
  for (const [i, block] of box.blocks.entries()) {
    if (i > 0) top += style.label * 0.3;
    items.push(...blockItems(block, shape.x + shape.width / 2, top, 'middle'));
    top += blockHeight(block);
  }
  // The small marks beside the shape: its step number and its 註 marks.
  const mark = (text: string, at: Point, anchor: TextItem['anchor'], width: number, color: string, role: TextItem['role']): TextItem => ({
    kind: 'text',
    text,
    x: origin.x + at.x,
    y: origin.y + at.y,
    anchor,
    size: style.mark,
    weight: 'regular',
    color,
    width,
    role,
  });
  items.push(mark(box.numberText, box.numberAt, box.numberAnchor, box.numberWidth, style.colors.muted, 'step-number'));
  if (box.noteText && box.noteAt) items.push(mark(box.noteText, box.noteAt, box.noteAnchor, box.noteWidth, style.colors.text, 'note-mark'));
  for (const form of box.forms) {
    const formBox = { x: origin.x + form.shape.x, y: origin.y + form.shape.y, width: form.shape.width, height: form.shape.height };
    const formStyle = { ...style.shape, waveAmplitude: Math.max(1.5, style.small * 0.25) };
    const anchor = { x: origin.x + box.formsAnchor!.x, y: origin.y + box.formsAnchor!.y };
    const midX = (shape.x + shape.width + formBox.x) / 2;
    const targetY = formBox.y + (formBox.height - 2 * formStyle.waveAmplitude) / 2;
    items.push({
      kind: 'path',
      commands: [
        { op: 'M', x: anchor.x, y: anchor.y },
        { op: 'L', x: midX, y: anchor.y },
        { op: 'L', x: midX, y: targetY },
        { op: 'L', x: formBox.x, y: targetY },
      ],
      stroke: { color: style.colors.edge, width: style.strokes.form, dash: [1.5, 1.5] },
    });
    items.push({
      kind: 'group',
      role: 'inline-form',
      bounds: formBox,
      items: [
        { kind: 'path', commands: shapeOutline('document', formBox, formStyle), fill: style.colors.formFill, stroke: { color: style.colors.stroke, width: style.strokes.form } },
        ...blockItems(form.block, formBox.x + formBox.width / 2, formBox.y + (formBox.height - 2 * formStyle.waveAmplitude - blockHeight(form.block)) / 2, 'middle'),
      ],
    });
  }
  return {
    kind: 'group',
    id: `step-${step.id}`,
    data: { 'data-step-id': step.id, 'data-kind': step.kind },
    role: 'step',
    bounds: shape,
    items,
  };
}
