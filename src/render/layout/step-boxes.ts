// Each step as a box for ELK: the symbol sized to its measured label, plus margins that hold
// the step number (left), the 註 marks (right), branch labels, a loop back to the step itself
// and inline form symbols, so that ELK, which only sees boxes, keeps every one of them clear of
// other steps and edges. Ports sit on the box's border; `anchor` is where the edge meets the
// symbol's outline.

import type { Lang } from '../../i18n/lang.js';
import type { Sop, Step } from '../../model/types.js';
import type { Box, Point } from '../scene.js';
import { measureText, widestSegment, type Fonts, type KeepTogether } from '../text/index.js';
import type { ChartStyle } from './chart-style.js';
import type { PlannedEdge, SourceSide } from './flow-edges.js';
import { outlineX, outlineY, shapeSizeFor } from './shapes.js';
import { southExits, southExitsWidth, type SouthExit } from './south-exits.js';
import { formName, labelBlocks } from './step-labels.js';
import { blockHeight, blockWidth, faceOf, makeBlock, type TextBlock } from './text-block.js';

export { formName, referenceText } from './step-labels.js';

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

export interface BoxContext {
  sop: Sop;
  fonts: Fonts;
  style: ChartStyle;
  lang: Lang;
  sopTitles?: ReadonlyMap<string, string>;
  formsInline: boolean;
  /** Names never broken inside (units, owners). */
  keep?: KeepTogether;
  /** The width each step's box may take (its share of its row; box-room.ts); without it, labelCap. */
  rooms?: ReadonlyMap<Step, number>;
  /** Each step's lane: its share of its row however narrow the boxes are made (a name wider than it may break). */
  lanes?: ReadonlyMap<Step, number>;
}

/** Whether a text box of w × h fits in the empty corner of a diamond's bounding box. */
function fitsDiamondCorner(shape: { width: number; height: number }, w: number, h: number): boolean {
  return w / (shape.width / 2) + h / (shape.height / 2) <= 0.9;
}

/** Room around the symbol: for its number (left), its 註 marks (right), branch labels and a loop to itself. */
interface Margins {
  left: number;
  right: number;
  bottom: number;
  numberInside: boolean;
  noteInside: boolean;
  /** The step's edge to itself, and the side its loop goes round. */
  selfEdge?: PlannedEdge;
  loopSide?: 'W' | 'E';
  loopReach: number;
  /** A decision's exits along its bottom (south-exits.ts). */
  exits: Map<number, SouthExit>;
}

/** What a step's margins need of its edges, whatever the symbol's size: made once per box. */
interface Branches {
  /** The step's edges (drawing order). */
  outgoing: PlannedEdge[];
  /** The widest branch label leaving west, east and south (0: none). */
  westLabel: number;
  eastLabel: number;
  southLabel: number;
  /** A south label of an edge to another step (on one line below the symbol). */
  southLabels: boolean;
  selfEdge?: PlannedEdge;
  loopSide?: 'W' | 'E';
}

function branchesOf(step: Step, edges: readonly PlannedEdge[], context: BoxContext): Branches {
  const { fonts, style } = context;
  const outgoing = edges.filter((e) => e.from === step);
  const labelWidth = (side: SourceSide) =>
    Math.max(0, ...outgoing.filter((e) => e.sourceSide === side && e.label).map((e) => measureText(faceOf(fonts, 'regular'), e.label!.normalize('NFC'), style.branch)));
  // A loop to the step itself goes round the side its edge leaves from (west, like every loop).
  const selfEdge = outgoing.find((e) => e.to === step);
  const loopSide = selfEdge ? (selfEdge.sourceSide === 'E' ? 'E' : 'W') : undefined;
  const southLabels = outgoing.some((e) => e.sourceSide === 'S' && e.label && e.to !== step);
  return { outgoing, westLabel: labelWidth('W'), eastLabel: labelWidth('E'), southLabel: labelWidth('S'), southLabels, ...(selfEdge ? { selfEdge } : {}), ...(loopSide ? { loopSide } : {}) };
}

function boxMargins(step: Step, shape: { width: number; height: number }, marks: { numberWidth: number; noteText?: string; noteWidth: number }, branches: Branches, context: BoxContext): Margins {
  const { fonts, style } = context;
  const gap = style.mark * 0.35;
  const { outgoing, westLabel, eastLabel, southLabel, selfEdge, loopSide } = branches;
  const loopReach = style.label * 1.6;

  const diamond = step.kind === 'decision';
  const numberInside = diamond && fitsDiamondCorner(shape, marks.numberWidth + gap, style.mark);
  const noteInside = diamond && marks.noteText !== undefined && fitsDiamondCorner(shape, marks.noteWidth + gap, style.mark);
  const branchRoom = (w: number) => (w > 0 ? w + 2 * gap + style.branch * 0.3 : 0);
  // A south label sits right of its edge below the symbol: room where it passes the symbol's right.
  const exits = southExits(outgoing, shape.width, (label) => measureText(faceOf(fonts, 'regular'), label, style.branch), gap);
  const exitOverhang = Math.max(0, ...[...exits.values()].map((exit) => exit.x + exit.labelWidth + 2 * gap - shape.width));
  const southOverhang = Math.max(exitOverhang, southLabel > 0 ? Math.max(0, southLabel + 2 * gap - shape.width / 2) : 0);
  const left = Math.max(numberInside ? 0 : marks.numberWidth + gap, branchRoom(westLabel), gap, loopSide === 'W' ? loopReach + gap : 0);
  const right = Math.max(marks.noteText && !noteInside ? marks.noteWidth + gap : 0, branchRoom(eastLabel), gap, southOverhang, loopSide === 'E' ? loopReach + gap : 0);
  // South labels, each beside its own line, on one line below the symbol.
  const bottom = branches.southLabels ? style.branch + 2 * gap : 0;
  return { left, right, bottom, numberInside, noteInside, ...(selfEdge ? { selfEdge } : {}), ...(loopSide ? { loopSide } : {}), loopReach, exits };
}

/** Inline forms: small document symbols in a column right of the symbol (relative to the column's top). */
function inlineForms(step: Step, context: BoxContext): { forms: InlineForm[]; width: number; height: number } {
  const { fonts, style } = context;
  const forms: InlineForm[] = [];
  let width = 0;
  let height = 0;
  if (!context.formsInline || step.forms.length === 0) return { forms, width, height };
  const formPadding = { x: style.small * 0.4, y: style.small * 0.35 };
  const formStyle = { ...style.shape, waveAmplitude: Math.max(1.5, style.small * 0.25) };
  for (const reference of step.forms) {
    const name = formName(context.sop, reference);
    const wrapWidth = Math.max(6 * style.small, Math.min(widestSegment(faceOf(fonts, 'regular'), name, style.small, context.keep), style.wordCap));
    const block = makeBlock(fonts, name, wrapWidth, { size: style.small, role: 'label', balanced: true, color: style.colors.text, keep: context.keep });
    const size = shapeSizeFor('document', blockWidth(block), blockHeight(block), formPadding, formStyle);
    forms.push({ name, block, shape: { x: 0, y: height, width: size.width, height: size.height } });
    width = Math.max(width, size.width);
    height += size.height + style.small * 0.5;
  }
  height -= style.small * 0.5;
  return { forms, width, height };
}

/** The box's ports: on its border, anchored on the symbol's outline; a west port in and one out. */
function stepPorts(step: Step, nodeId: string, shape: Box, box: { width: number; height: number }, edges: readonly PlannedEdge[], outgoing: readonly PlannedEdge[], style: ChartStyle, exits: Map<number, SouthExit>): Map<string, PortSpec> {
  const ports = new Map<string, PortSpec>();
  const cx = shape.x + shape.width / 2;
  const cy = shape.y + shape.height / 2;
  const usesWestOut = outgoing.some((e) => e.sourceSide === 'W' && e.to !== step);
  const usesWestIn = edges.some((e) => e.to === step && e.targetSide === 'W' && e.from !== step);
  // A decision's west branch leaves from its corner; otherwise in and out are apart.
  const offset = Math.min(shape.height / 4, style.label * 0.6);
  const westOutY = usesWestOut && usesWestIn && step.kind !== 'decision' ? cy + offset : cy;
  const westInY = usesWestOut && usesWestIn ? cy - offset : cy;
  const shapeStyle = style.shape;
  const add = (key: string, side: PortSpec['side'], at: Point, anchor: Point) => ports.set(key, { id: `${nodeId}.${key}`, side, at, anchor });
  add('N', 'NORTH', { x: cx, y: 0 }, { x: cx, y: outlineY(step.kind, shape, shapeStyle, 'north', cx) });
  add('S', 'SOUTH', { x: cx, y: box.height }, { x: cx, y: outlineY(step.kind, shape, shapeStyle, 'south', cx) });
  add('Wout', 'WEST', { x: 0, y: westOutY }, { x: outlineX(step.kind, shape, shapeStyle, 'west', westOutY), y: westOutY });
  add('Win', 'WEST', { x: 0, y: westInY }, { x: outlineX(step.kind, shape, shapeStyle, 'west', westInY), y: westInY });
  add('E', 'EAST', { x: box.width, y: cy }, { x: outlineX(step.kind, shape, shapeStyle, 'east', cy), y: cy });
  for (const [n, exit] of exits) add(`S${n}`, 'SOUTH', { x: shape.x + exit.x, y: box.height }, { x: shape.x + exit.x, y: outlineY(step.kind, shape, shapeStyle, 'south', shape.x + exit.x) });
  return ports;
}

/**
 * The self-loop: out of the side (a decision's corner), round, and back in higher up, below the
 * step number (west) or the 註 mark (east) at the symbol's top corner.
 */
function selfLoopOf(step: Step, shape: Box, margins: Margins, style: ChartStyle): StepBox['selfLoop'] {
  const { selfEdge, loopSide, loopReach } = margins;
  if (!selfEdge || !loopSide) return undefined;
  const gap = style.mark * 0.35;
  const cy = shape.y + shape.height / 2;
  const side = loopSide === 'W' ? 'west' : 'east';
  const markBottom = shape.y + style.mark * 1.05 + gap;
  const inY = Math.min(Math.max(cy - shape.height * 0.3, markBottom), cy - shape.height * 0.1);
  const outY = step.kind === 'decision' ? cy : cy + shape.height * 0.3;
  const outerX = loopSide === 'W' ? shape.x - loopReach : shape.x + shape.width + loopReach;
  return {
    edgeId: selfEdge.id,
    points: [
      { x: outlineX(step.kind, shape, style.shape, side, outY), y: outY },
      { x: outerX, y: outY },
      { x: outerX, y: inY },
      { x: outlineX(step.kind, shape, style.shape, side, inY), y: inY },
    ],
  };
}

/** The symbol's room in its box (context.rooms) and in its lane (context.lanes): each share less the widest its margins can be and the inline forms' column. */
function symbolRooms(step: Step, marks: { numberWidth: number; noteText?: string; noteWidth: number }, branches: Branches, context: BoxContext, formsWidth: number): { room: number; lane: number } {
  const room = context.rooms?.get(step);
  const lane = context.lanes?.get(step);
  if (room === undefined && lane === undefined) return { room: Infinity, lane: Infinity };
  const widest = boxMargins(step, { width: 0, height: 0 }, marks, branches, context);
  const less = (share: number | undefined) => (share === undefined ? Infinity : share - widest.left - widest.right - formsWidth);
  return { room: less(room), lane: less(lane) };
}

/** The widest a text can be inside a symbol `room` wide (a diamond's text takes about half its width). */
function textRoom(step: Step, room: number, style: ChartStyle): number {
  if (step.kind === 'decision') return room / 2 - style.padding.x;
  const probe = 10 * style.label;
  return room - (shapeSizeFor(step.kind, probe, style.label, style.padding, style.shape).width - probe);
}

export function measureStepBox(step: Step, number: number, edges: PlannedEdge[], context: BoxContext): StepBox {
  const { fonts, style, lang } = context;
  const numberText = String(number);
  const noteText = noteMark(step, lang);
  const marks = { numberWidth: measureText(faceOf(fonts, 'regular'), numberText, style.mark), noteText, noteWidth: noteText ? measureText(faceOf(fonts, 'regular'), noteText, style.mark) : 0 };
  const { numberWidth, noteWidth } = marks;
  const gap = style.mark * 0.35;
  const { forms, width: formsWidth, height: formsHeight } = inlineForms(step, context);
  const formsGap = forms.length > 0 ? style.label * 1.5 : 0;
  const formsRoom = forms.length > 0 ? formsGap + formsWidth : 0;
  const branches = branchesOf(step, edges, context);
  const { room, lane } = symbolRooms(step, marks, branches, context, formsRoom);
  const laneText = textRoom(step, lane, style);
  const label = labelBlocks(step, { fonts, style, sopTitles: context.sopTitles, keep: context.keep, laneText }, room);
  // A decision with several exits along its bottom is wide enough for their labels side by side.
  const shapeW = Math.max(label.shapeWidth, southExitsWidth(branches.outgoing, (text) => measureText(faceOf(fonts, 'regular'), text, style.branch), style.mark * 0.35));
  const shapeH = label.shapeHeight;
  const margins = boxMargins(step, { width: shapeW, height: shapeH }, marks, branches, context);
  const diamond = step.kind === 'decision';

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
  const height = Math.max(shapeY + shapeH + margins.bottom, formsTop + formsHeight);
  const shape: Box = { x: margins.left, y: shapeY, width: shapeW, height: shapeH };
  const formsLeft = margins.left + shapeW + margins.right + formsGap;
  for (const form of forms) {
    form.shape.x = formsLeft + (formsWidth - form.shape.width) / 2;
    form.shape.y += formsTop;
  }
  const width = margins.left + shapeW + margins.right + (forms.length > 0 ? formsGap + formsWidth : 0);
  const nodeId = `n${step.index}`;
  const ports = stepPorts(step, nodeId, shape, { width, height }, edges, branches.outgoing, style, margins.exits);
  const cy = shape.y + shapeH / 2;

  // Text: centred in the symbol (for the document, in the part above the wave).
  const textHeight = label.height;
  const textTop = step.kind === 'document' ? shape.y + (shapeH - 2 * style.shape.waveAmplitude - textHeight) / 2 : shape.y + (shapeH - textHeight) / 2;

  // Marks sit at the symbol's top corners; a diamond's inside its bounding box, next to the
  // slanted outline at the mark's lower edge.
  const markBaseline = shape.y + style.mark * 0.9;
  const diamondEdge = (side: 'west' | 'east') => outlineX(step.kind, shape, style.shape, side, shape.y + style.mark);
  const numberAt = margins.numberInside ? { x: diamondEdge('west') - gap, y: markBaseline } : { x: shape.x - gap, y: markBaseline };
  const noteAt = noteText ? (margins.noteInside ? { x: diamondEdge('east') + gap, y: markBaseline } : { x: shape.x + shapeW + gap, y: markBaseline }) : undefined;

  let formsAnchor: Point | undefined;
  if (forms.length > 0) {
    const y = diamond ? cy + shapeH / 4 : cy;
    formsAnchor = { x: outlineX(step.kind, shape, style.shape, 'east', y), y };
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
    selfLoop: selfLoopOf(step, shape, margins, style),
  };
}
