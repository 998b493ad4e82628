// A step's label wrapped into its symbol, the symbol sized to the room its row leaves: as wide as
// the room allows up to labelCap (the fewest lines; the lines then balanced), never narrower than
// its widest word. A decision's label takes the wrap width that gives the diamond of least
// width + weight × height within the room (shapes.ts makes every diamond wider than tall).

import type { Sop, Step } from '../../model/types.js';
import { measureText, widestSegment, type Fonts, type KeepTogether } from '../text/index.js';
import type { ChartStyle } from './chart-style.js';
import { shapeSizeFor } from './shapes.js';
import { blockHeight, blockWidth, faceOf, makeBlock, type TextBlock } from './text-block.js';
import { identity } from './memo-identity.js';

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

export interface LabelContext {
  fonts: Fonts;
  style: ChartStyle;
  sopTitles?: ReadonlyMap<string, string>;
  /** Names the label never breaks inside. */
  keep?: KeepTogether;
  /**
   * The widest a label's text can be in its lane (its row's share of the flow, however narrow the
   * box is made): a name of `keep` wider than that breaks between its words.
   */
  laneText?: number;
}

/** The names kept whole at `size`: those no wider than the lane's text (all without a lane). */
function keepFor(context: LabelContext, size: number): KeepTogether | undefined {
  const { keep, laneText } = context;
  if (!keep || laneText === undefined || !Number.isFinite(laneText)) return keep;
  const face = faceOf(context.fonts, 'regular');
  // Every label of a lane asks the same (a chart has a few lanes): each answer made once per
  // face, phrase set, size and lane (`within` gives the same object for the same phrases).
  let byKeep = keepsMade.get(face);
  if (!byKeep) keepsMade.set(face, (byKeep = new WeakMap()));
  let bySize = byKeep.get(keep);
  if (!bySize) byKeep.set(keep, (bySize = new Map()));
  let byLane = bySize.get(size);
  if (!byLane) bySize.set(size, (byLane = new Map()));
  let kept = byLane.get(laneText);
  if (!kept) {
    kept = keep.within((phrase) => measureText(face, phrase, size) <= laneText);
    if (byLane.size >= KEEPS_PER_SIZE) byLane.clear();
    byLane.set(laneText, kept);
  }
  return kept;
}

/** keepFor's answers by face, phrase set, size and lane; bounded. */
const keepsMade = new WeakMap<object, WeakMap<KeepTogether, Map<number, Map<number, KeepTogether>>>>();
const KEEPS_PER_SIZE = 256;

/** A label context with its kept names resolved once per label (keepFor), at the label's and the reference's size. */
interface WrapContext extends LabelContext {
  keeps: { label: KeepTogether | undefined; small: KeepTogether | undefined };
}

export interface LabelFit {
  blocks: TextBlock[];
  /** The text's width and height. */
  width: number;
  height: number;
  shapeWidth: number;
  shapeHeight: number;
}

/** The label (and a subprocess's reference) wrapped at `maxWidth`, and the symbol that holds it. */
function wrapLabel(step: Step, context: WrapContext, maxWidth: number): LabelFit {
  const { fonts, style } = context;
  const reference = referenceText(step, context.sopTitles);
  const blocks = [makeBlock(fonts, step.text.normalize('NFC'), maxWidth, { size: style.label, role: 'label', balanced: true, color: style.colors.text, keep: context.keeps.label })];
  if (reference) blocks.push(makeBlock(fonts, reference.text, reference.whole ? Infinity : maxWidth, { size: style.small, role: 'label', balanced: true, color: style.colors.muted, keep: context.keeps.small }));
  const width = Math.max(...blocks.map(blockWidth));
  const height = blocks.reduce((sum, b) => sum + blockHeight(b), 0) + (blocks.length - 1) * style.label * 0.3;
  const size = shapeSizeFor(step.kind, width, height, style.padding, style.shape);
  return { blocks, width, height, shapeWidth: size.width, shapeHeight: size.height };
}

/** The narrowest the label may wrap: its widest word (up to wordCap), a subprocess's reference id entirely. */
function wordFloor(step: Step, context: WrapContext): number {
  const { fonts, style } = context;
  const face = faceOf(fonts, 'regular');
  const reference = referenceText(step, context.sopTitles);
  let floor = Math.min(widestSegment(face, step.text, style.label, context.keeps.label), style.wordCap);
  if (reference) floor = Math.max(floor, reference.whole ? measureText(face, reference.text.normalize('NFC'), style.small) : Math.min(widestSegment(face, reference.text, style.small, context.keeps.small), style.wordCap));
  return floor;
}

/**
 * Wraps the label into its symbol, the symbol at most `room` wide where it can be (a word wider
 * than the room still stays whole).
 */
export function labelBlocks(step: Step, labelContext: LabelContext, room: number): LabelFit {
  const { style } = labelContext;
  const keeps = { label: keepFor(labelContext, style.label), small: keepFor(labelContext, style.small) };
  // The same label in the same room again (another plan of the exits or another try at fitting a
  // page that leaves this step's room as it was): the fit already made. Fits are only read.
  const key = `${identity(style)}|${identity(labelContext.fonts)}|${identity(labelContext.sopTitles)}|${identity(keeps.label)}|${identity(keeps.small)}`;
  let made = fitsMade.get(step);
  if (!made) fitsMade.set(step, (made = new Map()));
  let inRoom = made.get(key);
  if (!inRoom) {
    if (made.size >= FITS_PER_STEP) made.clear();
    made.set(key, (inRoom = new Map()));
  }
  // -0 apart from 0 (a Map takes them as one key).
  const roomKey = Object.is(room, -0) ? '-0' : room;
  let fit = inRoom.get(roomKey);
  if (!fit) {
    fit = fitLabel(step, { ...labelContext, keeps }, room);
    if (inRoom.size >= FITS_PER_STEP) inRoom.clear();
    inRoom.set(roomKey, fit);
  }
  return fit;
}

/** Fits made per step (a model's steps are not changed once built), by what they depend on, then by room; bounded. */
const fitsMade = new WeakMap<Step, Map<string, Map<number | string, LabelFit>>>();
const FITS_PER_STEP = 64;

function fitLabel(step: Step, context: WrapContext, room: number): LabelFit {
  const { style } = context;
  const floor = wordFloor(step, context);
  const fit = step.kind === 'decision' ? decisionLabel(step, context, room, floor) : widestLabel(step, context, room, floor);
  const minWidth = step.kind === 'decision' ? style.minShapeWidth.decision : step.kind === 'start' || step.kind === 'end' ? style.minShapeWidth.terminal : style.minShapeWidth.other;
  return { ...fit, shapeWidth: Math.max(fit.shapeWidth, Math.min(minWidth, Math.max(room, fit.shapeWidth))) };
}

/** As wide as the room allows (up to labelCap): the fewest lines, balanced; wider than the room rather than over labelMaxLines. */
function widestLabel(step: Step, context: WrapContext, room: number, floor: number): LabelFit {
  const { style } = context;
  const least = Math.min(Math.max(floor, style.labelMin), style.labelCap);
  let width = Math.max(least, Math.min(style.labelCap, room - 2 * style.padding.x));
  let fit = wrapLabel(step, context, width);
  // The symbol's sides (a subprocess's bars, a terminal's round ends) take some of the room too.
  for (let i = 0; i < 8 && fit.shapeWidth > room + 0.01 && width > least; i++) {
    width = Math.max(least, width - Math.max(style.label * 0.5, fit.shapeWidth - room));
    fit = wrapLabel(step, context, width);
  }
  // Too many lines: an em wider at a time, up to labelCap.
  while (fit.blocks[0]!.lines.length > style.labelMaxLines && width < style.labelCap) {
    width = Math.min(style.labelCap, width + style.label);
    fit = wrapLabel(step, context, width);
  }
  return fit;
}

/**
 * The wrap width, from the word floor up to decisionCap in steps of an em, whose diamond has the
 * least width + weight × height of those within the room (none within: the narrowest), at most
 * labelMaxLines lines where it can.
 */
function decisionLabel(step: Step, context: WrapContext, room: number, floor: number): LabelFit {
  const { style } = context;
  const L = style.label;
  const fits: LabelFit[] = [];
  for (let width = floor; width <= Math.max(floor, style.decisionCap) + 0.01; width = Math.ceil((width + 0.01) / L) * L) {
    const fit = wrapLabel(step, context, width);
    fits.push(fit);
    if (fit.blocks.every((b) => b.lines.length === 1)) break; // wider only adds room around one line
  }
  const short = fits.filter((f) => f.blocks[0]!.lines.length <= style.labelMaxLines);
  const candidates = short.length > 0 ? short : [fits[fits.length - 1]!];
  const score = (f: LabelFit) => f.shapeWidth + style.decisionHeightWeight * f.shapeHeight;
  const within = candidates.filter((f) => f.shapeWidth <= room);
  if (within.length > 0) return within.reduce((a, b) => (score(b) < score(a) - 0.01 ? b : a));
  return candidates.reduce((a, b) => (b.shapeWidth < a.shapeWidth ? b : a));
}
