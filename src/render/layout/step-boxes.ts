// Each step as a box for ELK: the symbol sized to its measured label, plus margins that hold
// the step number (left), the 註 marks (right), branch labels, a loop back to the step itself
// and inline form symbols, so that ELK, which only sees boxes, keeps every one of them clear of
// other steps and edges. Ports sit on the box's border; `anchor` is where the edge meets the
// symbol's outline.

import type { Lang } from '../../i18n/lang.js';
import type { Sop, Step } from '../../model/types.js';
import type { Box, Point } from '../scene.js';
import { measureText, widestSegment, type Fonts } from '../text/index.js';
import type { ChartStyle } from './chart-style.js';
import type { PlannedEdge, SourceSide } from './flow-edges.js';
import { outlineX, outlineY, shapeSizeFor } from './shapes.js';
import { blockHeight, blockWidth, faceOf, makeBlock, type TextBlock } from './text-block.js';

export interface PortSpec {
  id: string;
  side: 'NORTH' | 'SOUTH' | 'WEST' | 'EAST';
  /** On the box's border, relative to the box. */
  at: Point;
  /** On the symbol's outline, relative to the box. */
  anchor: Point;
}

export interface InlineForm {
  name: string;
  block: TextBlock;
  /** The small document symbol, relative to the box. */
  shape: Box;
}

export interface StepBox {
  step: Step;
  number: number;
  nodeId: string;
  /** Box size for ELK. */
  width: number;
  height: number;
  /** The symbol, relative to the box. */
  shape: Box;
  /** Label, then (subprocess) the referenced procedure's name. */
  blocks: TextBlock[];
  /** Top of the text blocks, relative to the box. */
  textTop: number;
  /** Step number (left of the symbol's top-left corner). */
  numberText: string;
  numberAt: Point;
  numberAnchor: 'start' | 'end';
  numberWidth: number;
  /** 註 marks (right of the symbol's top-right corner). */
  noteText?: string;
  noteAt?: Point;
  noteWidth: number;
  noteAnchor: 'start' | 'end';
  ports: Map<string, PortSpec>;
  forms: InlineForm[];
  /** Where the dotted lines to inline forms leave the symbol, relative to the box. */
  formsAnchor?: Point;
  /**
   * A step whose successor is itself: the loop's polyline, relative to the box (out of the
   * symbol's side, around, back in; the arrow at the end). Drawn by us, not routed by ELK.
   */
  selfLoop?: { edgeId: string; points: Point[] };
}

/** A step box where ELK put it: its top-left corner in ELK coordinates. */
export interface PlacedBox {
  box: StepBox;
  x: number;
  y: number;
}

const NOTE_WORD: Record<Lang, string> = { 'zh-TW': '註', en: 'Note ' };

/** The 註 mark of a step, e.g. `註1,2` / `Note 1, 2`. */
export function noteMark(step: Step, lang: Lang): string | undefined {
  if (step.notes.length === 0) return undefined;
  return NOTE_WORD[lang] + step.notes.join(lang === 'en' ? ', ' : ',');
}

/** The name of a form as printed: a step may name a form by its id. */
export function formName(sop: Sop, reference: string): string {
  const byId = sop.forms.find((f) => f.id === reference);
  return byId ? byId.name : reference;
}

/**
 * What a subprocess symbol names below its label: the other SOP's title when it is known, else the
 * external procedure's name, else the SOP id (`whole`: an id is printed unbroken).
 */
export function referenceText(step: Step, sopTitles: ReadonlyMap<string, string> | undefined): { text: string; whole: boolean } | undefined {
  if (step.kind !== 'subprocess') return undefined;
  let reference: string | undefined;
  let whole = false;
  if (step.sop && sopTitles?.has(step.sop)) reference = sopTitles.get(step.sop);
  else if (step.external) reference = step.external;
  else if (step.sop) ((reference = step.sop), (whole = true));
  if (!reference || reference === step.text) return undefined;
  return { text: `《${reference}》`, whole };
}

interface BoxContext {
  sop: Sop;
  fonts: Fonts;
  style: ChartStyle;
  lang: Lang;
  sopTitles?: ReadonlyMap<string, string>;
  formsInline: boolean;
}

/** Wraps the label into the symbol: picks the wrap width that gives the best-proportioned symbol. */
function labelBlocks(step: Step, context: BoxContext): { blocks: TextBlock[]; width: number; height: number; shapeWidth: number; shapeHeight: number } {
  const { fonts, style } = context;
  const reference = referenceText(step, context.sopTitles);
  const terminal = step.kind === 'start' || step.kind === 'end';
  const decision = step.kind === 'decision';
  const candidates = decision ? style.decisionWidths : terminal ? style.terminalWidths : style.labelWidths;
  const maxLines = terminal ? style.terminalMaxLines : style.labelMaxLines;
  // Words stay whole: the box gets wider rather than cut one (up to wordCap; an id, entirely).
  const face = faceOf(fonts, 'regular');
  const text = step.text.normalize('NFC');
  let floor = Math.min(widestSegment(face, text, style.label), style.wordCap);
  if (reference) floor = Math.max(floor, reference.whole ? measureText(face, reference.text.normalize('NFC'), style.small) : Math.min(widestSegment(face, reference.text, style.small), style.wordCap));
  let best: { blocks: TextBlock[]; width: number; height: number; shapeWidth: number; shapeHeight: number; score: number } | undefined;
  const tried = new Set<number>();
  for (const [index, candidate] of candidates.entries()) {
    const maxWidth = Math.max(candidate, floor);
    if (tried.has(maxWidth)) continue; // below the floor, candidates wrap alike
    tried.add(maxWidth);
    const blocks = [makeBlock(fonts, text, maxWidth, { size: style.label, role: 'label', balanced: true, color: style.colors.text })];
    if (reference) blocks.push(makeBlock(fonts, reference.text, reference.whole ? Infinity : maxWidth, { size: style.small, role: 'label', balanced: true, color: style.colors.muted }));
    const width = Math.max(...blocks.map(blockWidth));
    const height = blocks.reduce((sum, b) => sum + blockHeight(b), 0) + (blocks.length - 1) * style.label * 0.3;
    const size = shapeSizeFor(step.kind, width, height, style.padding, style.shape);
    const lines = blocks[0]!.lines.length;
    // Decisions: the best balance of width and height. Others: the first width that needs at most maxLines.
    const score = decision ? size.width + style.decisionHeightWeight * size.height : lines <= maxLines ? index : 100 + index - lines;
    if (!best || score < best.score) best = { blocks, width, height, shapeWidth: size.width, shapeHeight: size.height, score };
    if (!decision && lines <= maxLines) break;
  }
  const minWidth = decision ? style.minShapeWidth.decision : terminal ? style.minShapeWidth.terminal : style.minShapeWidth.other;
  return { ...best!, shapeWidth: Math.max(best!.shapeWidth, minWidth) };
}

/** Whether a text box of w × h fits in the empty corner of a diamond's bounding box. */
function fitsDiamondCorner(shape: { width: number; height: number }, w: number, h: number): boolean {
  return w / (shape.width / 2) + h / (shape.height / 2) <= 0.9;
}

export function measureStepBox(step: Step, number: number, edges: PlannedEdge[], context: BoxContext): StepBox {
  const { fonts, style, lang } = context;
  const label = labelBlocks(step, context);
  const shapeW = label.shapeWidth;
  const shapeH = label.shapeHeight;
  const markFace = faceOf(fonts, 'regular');
  const numberText = String(number);
  const numberWidth = measureText(markFace, numberText, style.mark);
  const noteText = noteMark(step, lang);
  const noteWidth = noteText ? measureText(markFace, noteText, style.mark) : 0;
  const gap = style.mark * 0.35;

  const outgoing = edges.filter((e) => e.from === step);
  const incoming = edges.filter((e) => e.to === step);
  const labelWidth = (side: SourceSide) =>
    Math.max(0, ...outgoing.filter((e) => e.sourceSide === side && e.label).map((e) => measureText(faceOf(fonts, 'regular'), e.label!.normalize('NFC'), style.branch)));
  const westLabel = labelWidth('W');
  const eastLabel = labelWidth('E');
  const southLabel = labelWidth('S');
  // A loop to the step itself goes round the side its edge leaves from (west, like every loop).
  const selfEdge = outgoing.find((e) => e.to === step);
  const loopSide = selfEdge ? (selfEdge.sourceSide === 'E' ? 'E' : 'W') : undefined;
  const loopReach = style.label * 1.6;

  const diamond = step.kind === 'decision';
  const numberInside = diamond && fitsDiamondCorner({ width: shapeW, height: shapeH }, numberWidth + gap, style.mark);
  const noteInside = diamond && noteText !== undefined && fitsDiamondCorner({ width: shapeW, height: shapeH }, noteWidth + gap, style.mark);
  const branchRoom = (w: number) => (w > 0 ? w + 2 * gap + style.branch * 0.3 : 0);
  // The south label sits right of the edge below the symbol: room where it passes the symbol's half.
  const southOverhang = southLabel > 0 ? Math.max(0, southLabel + 2 * gap - shapeW / 2) : 0;
  const marginLeft = Math.max(numberInside ? 0 : numberWidth + gap, branchRoom(westLabel), gap, loopSide === 'W' ? loopReach + gap : 0);
  const marginRight = Math.max(noteText && !noteInside ? noteWidth + gap : 0, branchRoom(eastLabel), gap, southOverhang, loopSide === 'E' ? loopReach + gap : 0);
  const southLabels = outgoing.filter((e) => e.sourceSide === 'S' && e.label && e.to !== step).length;
  const marginBottom = southLabels > 0 ? southLabels * (style.branch + gap) + gap : 0;

  // Inline forms: small document symbols in a column right of the symbol.
  const forms: InlineForm[] = [];
  let formsWidth = 0;
  let formsHeight = 0;
  if (context.formsInline && step.forms.length > 0) {
    const formPadding = { x: style.small * 0.4, y: style.small * 0.35 };
    const formStyle = { ...style.shape, waveAmplitude: Math.max(1.5, style.small * 0.25) };
    for (const reference of step.forms) {
      const name = formName(context.sop, reference);
      const wrapWidth = Math.max(6 * style.small, Math.min(widestSegment(faceOf(fonts, 'regular'), name, style.small), style.wordCap));
      const block = makeBlock(fonts, name, wrapWidth, { size: style.small, role: 'label', balanced: true, color: style.colors.text });
      const size = shapeSizeFor('document', blockWidth(block), blockHeight(block), formPadding, formStyle);
      forms.push({ name, block, shape: { x: 0, y: formsHeight, width: size.width, height: size.height } });
      formsWidth = Math.max(formsWidth, size.width);
      formsHeight += size.height + style.small * 0.5;
    }
    formsHeight -= style.small * 0.5;
  }
  const formsGap = forms.length > 0 ? style.label * 1.5 : 0;

  // Vertical arrangement: the symbol, the south label below it; forms centred on the symbol,
  // or below a decision's east corner (its east branch leaves there).
  let shapeY = 0;
  let formsTop = 0;
  if (forms.length > 0) {
    formsTop = diamond ? shapeH / 2 + style.label * 0.5 : shapeH / 2 - formsHeight / 2;
    if (formsTop < 0) {
      shapeY = -formsTop;
      formsTop = 0;
    }
  }
  const height = Math.max(shapeY + shapeH + marginBottom, formsTop + formsHeight);
  const shape: Box = { x: marginLeft, y: shapeY, width: shapeW, height: shapeH };
  const formsLeft = marginLeft + shapeW + marginRight + formsGap;
  for (const form of forms) {
    form.shape.x = formsLeft + (formsWidth - form.shape.width) / 2;
    form.shape.y += formsTop;
  }
  const width = marginLeft + shapeW + marginRight + (forms.length > 0 ? formsGap + formsWidth : 0);

  // Ports: on the box border; anchors on the symbol's outline.
  const ports = new Map<string, PortSpec>();
  const nodeId = `n${step.index}`;
  const cx = shape.x + shapeW / 2;
  const cy = shape.y + shapeH / 2;
  const usesWestOut = outgoing.some((e) => e.sourceSide === 'W' && e.to !== step);
  const usesWestIn = incoming.some((e) => e.targetSide === 'W' && e.from !== step);
  // A decision's west branch leaves from its corner; otherwise in and out are apart.
  const offset = Math.min(shapeH / 4, style.label * 0.6);
  const westOutY = usesWestOut && usesWestIn && !diamond ? cy + offset : cy;
  const westInY = usesWestOut && usesWestIn ? cy - offset : cy;
  const shapeStyle = style.shape;
  const add = (key: string, side: PortSpec['side'], at: Point, anchor: Point) => ports.set(key, { id: `${nodeId}.${key}`, side, at, anchor });
  add('N', 'NORTH', { x: cx, y: 0 }, { x: cx, y: outlineY(step.kind, shape, shapeStyle, 'north', cx) });
  add('S', 'SOUTH', { x: cx, y: height }, { x: cx, y: outlineY(step.kind, shape, shapeStyle, 'south', cx) });
  add('Wout', 'WEST', { x: 0, y: westOutY }, { x: outlineX(step.kind, shape, shapeStyle, 'west', westOutY), y: westOutY });
  add('Win', 'WEST', { x: 0, y: westInY }, { x: outlineX(step.kind, shape, shapeStyle, 'west', westInY), y: westInY });
  add('E', 'EAST', { x: width, y: cy }, { x: outlineX(step.kind, shape, shapeStyle, 'east', cy), y: cy });

  // Text: centred in the symbol (for the document, in the part above the wave).
  const textHeight = label.height;
  const textTop = step.kind === 'document' ? shape.y + (shapeH - 2 * shapeStyle.waveAmplitude - textHeight) / 2 : shape.y + (shapeH - textHeight) / 2;

  // Marks sit at the symbol's top corners; a diamond's inside its bounding box, next to the
  // slanted outline at the mark's lower edge.
  const markBaseline = shape.y + style.mark * 0.9;
  const diamondEdge = (side: 'west' | 'east') => outlineX(step.kind, shape, style.shape, side, shape.y + style.mark);
  const numberAt = numberInside ? { x: diamondEdge('west') - gap, y: markBaseline } : { x: shape.x - gap, y: markBaseline };
  const noteAt = noteText ? (noteInside ? { x: diamondEdge('east') + gap, y: markBaseline } : { x: shape.x + shapeW + gap, y: markBaseline }) : undefined;

  // The self-loop: out of the side (a decision's corner), round, and back in higher up, below the
  // step number (west) or the 註 mark (east) at the symbol's top corner.
  let selfLoop: StepBox['selfLoop'];
  if (selfEdge && loopSide) {
    const side = loopSide === 'W' ? 'west' : 'east';
    const markBottom = shape.y + style.mark * 1.05 + gap;
    const inY = Math.min(Math.max(cy - shapeH * 0.3, markBottom), cy - shapeH * 0.1);
    const outY = diamond ? cy : cy + shapeH * 0.3;
    const outerX = loopSide === 'W' ? shape.x - loopReach : shape.x + shapeW + loopReach;
    selfLoop = {
      edgeId: selfEdge.id,
      points: [
        { x: outlineX(step.kind, shape, shapeStyle, side, outY), y: outY },
        { x: outerX, y: outY },
        { x: outerX, y: inY },
        { x: outlineX(step.kind, shape, shapeStyle, side, inY), y: inY },
      ],
    };
  }

  let formsAnchor: Point | undefined;
  if (forms.length > 0) {
    const y = diamond ? cy + shapeH / 4 : cy;
    formsAnchor = { x: outlineX(step.kind, shape, shapeStyle, 'east', y), y };
  }

  return {
    step,
    number,
    nodeId,
    width,
    height,
    shape,
    blocks: label.blocks,
    textTop,
    numberText,
    numberAt,
    numberAnchor: 'end',
    numberWidth,
    noteText,
    noteAt,
    noteWidth,
    noteAnchor: 'start',
    ports,
    forms,
    formsAnchor,
    selfLoop,
  };
}
