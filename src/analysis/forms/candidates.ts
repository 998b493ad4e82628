// Other form-like names in a field: read back from each form noun to where the name starts
// (punctuation, a quote, the last cut word or determiner), and judge how strongly it reads as a
// form's name (0–4). classify.ts then relates it to the listed forms.

import { wordEdges } from '../text/segment.js';
import { boundedHitAt, boundedHits, isWholeListWord } from '../text/bounded-words.js';
import { isHan } from '../text/fold.js';
import { actedOnAfter, markedObject, namedAsPaper, nameEnd } from './after-name.js';
import { classify } from './classify.js';
import { isClassNoun } from './generic-names.js';
import type { FormLists } from './form-lists.js';
import { DELIMITERS, QUOTE_CLOSINGS, QUOTE_OPENINGS } from './punctuation.js';
import type { FieldScan, FormContext, FormMention, NounHit } from './types.js';

/** Where a candidate name starts and ends, and what stands before it. */
interface NameSpan {
  start: number;
  /** After the noun, or after a bracketed part right after it (申請單(上聯)). */
  end: number;
  quoted: boolean;
  delimitedBefore: boolean;
  /** The name follows a verb that produces it (填寫, 擬). */
  producing: boolean;
  /** The name follows a verb of receiving (領取; receive): a paper someone else made. */
  received: boolean;
  /** A bracket after it gives it a short name (…登記簿(以下簡稱登記簿)). */
  defined: boolean;
  /** An own marker stands right before it (本府…, the district …): the office's own paper, named. */
  own: boolean;
}

/** Whether the name at `start` follows a cut word (a verb or particle), not just any character. */
function followsCutWord(text: string, start: number, lists: FormLists): boolean {
  if (start === 0) return true;
  const before = text.slice(Math.max(0, start - 4), start);
  return boundedHits(before, lists.cuts).some((h) => h.index + h.word.length === before.length);
}

/** Reads backwards from the noun at `from` to punctuation, skipping bracketed groups inside the name. */
function backToPunctuation(text: string, from: number): number {
  let start = from;
  while (start > 0) {
    const c = text[start - 1]!;
    if (c === ')') {
      const open = text.lastIndexOf('(', start - 1);
      if (open >= 0 && start - 1 - open <= 14) {
        start = open;
        continue;
      }
      break;
    }
    if (c === '(' || DELIMITERS.has(c)) break;
    start--;
  }
  return start;
}

/**
 * An unquoted name starts after the last cut word (a verb or particle) and its determiners; a cut
 * word right before the noun is part of the name (彙整|報表), and so is a verb that also names
 * documents (版本修訂紀錄表) after a short word.
 */
function afterCutWords(text: string, start: number, nounStart: number, nounLength: number, lists: FormLists): { start: number; producing: boolean; received: boolean; own: boolean } {
  const head = text.slice(start, nounStart);
  // Segmented only when a cut word or a determiner asks: most names have neither.
  const edges = wordEdges(text, start, nounStart + nounLength);
  // A cut word that runs into the next word is none (簽 in 各類簽收清單, 收 in 收費標準表). One right
  // before the noun is part of the name (彙整|報表), unless verb and noun are one character each and
  // one word (發函: the verb's bare object).
  const cuts = boundedHits(head, lists.cuts).filter((h) => {
    const end = start + h.index + h.word.length;
    if (end < nounStart) return edges.has(end);
    return h.word.length === 1 && nounLength === 1 && !edges.has(nounStart);
  });
  while (cuts.length > 0) {
    const last = cuts[cuts.length - 1]!;
    const from = cuts.length > 1 ? cuts[cuts.length - 2]!.index + cuts[cuts.length - 2]!.word.length : 0;
    const modifier = isWholeListWord(last.word, lists.modifiers);
    if (!modifier || last.index - from < 1 || last.index - from > 4 || !isHan(head[last.index - 1])) break;
    cuts.pop();
  }
  const cut = cuts[cuts.length - 1] ?? boundedHitAt(head, lists.cuts, 0);
  let at = start;
  let producing = false;
  let received = false;
  if (cut) {
    at += cut.index + cut.word.length;
    // An article after the verb is still the verb's object (complete the … form, produces an … report).
    // So is the noun a producing verb modifies through 之 (組員定期填載之追蹤考核表: the sheet they fill in).
    const before = cuts.length > 1 ? cuts[cuts.length - 2]! : undefined;
    const adjacent = before !== undefined && before.index + before.word.length === cut.index && isWholeListWord(cut.word, lists.attributive);
    const verb = before !== undefined && (adjacent || /^\s+$/.test(head.slice(before.index + before.word.length, cut.index))) ? before : undefined;
    producing = isWholeListWord(cut.word, lists.producing) || (verb !== undefined && isWholeListWord(verb.word, lists.producing));
    received = isWholeListWord(cut.word, lists.receiving) || (verb !== undefined && isWholeListWord(verb.word, lists.receiving));
  }
  while (at < nounStart && text[at] === ' ') at++;
  // An own marker (the district, our; 本府) right after the cut is read like a determiner, also when
  // the cut word was its first word (on |the district), and marks the name as the office's own.
  const from = Math.max(0, at - OWN_REACH);
  const mark = boundedHits(text.slice(from, nounStart), lists.ownMarkers).find((h) => from + h.index <= at && from + h.index + h.word.length >= at && from + h.index + h.word.length < nounStart);
  if (mark) at = from + mark.index + mark.word.length;
  for (;;) {
    while (at < nounStart && text[at] === ' ') at++;
    const det = boundedHitAt(text, lists.determiners, at);
    if (!det || at + det.word.length > nounStart || !edges.has(at + det.word.length)) break;
    at += det.word.length;
  }
  return { start: at, producing, received, own: mark !== undefined };
}

/** How far back an own marker that the cut word began is looked for (the district). */
const OWN_REACH = 12;

function nameSpan(scan: FieldScan, noun: NounHit, lists: FormLists): NameSpan {
  const { raw, text } = scan;
  const nounEnd = noun.index + noun.word.length;
  // A form named by its code (Form KBA-F1) is complete in itself, as a quoted name is.
  const none = { producing: false, received: false, defined: false, own: false };
  if (noun.code) return { start: noun.index, end: nounEnd, quoted: true, delimitedBefore: true, ...none };
  // A short bracket after the noun belongs to the name: (上聯), a version (1140611版); so does one that gives it a short name.
  const { end, defined } = nameEnd(text, nounEnd, lists);
  const start = backToPunctuation(text, noun.index);
  const opening = raw[start - 1];
  const closing = raw[end] ?? '';
  const quoted = opening !== undefined && QUOTE_OPENINGS.includes(opening) && QUOTE_CLOSINGS.includes(closing || raw[nounEnd] || '-');
  const delimitedBefore = start === 0 || opening === undefined || DELIMITERS.has(text[start - 1]!) || text[start - 1] === '(';
  if (quoted) return { start, end, quoted, delimitedBefore, ...none, defined };
  const cut = afterCutWords(text, start, noun.index, noun.word.length, lists);
  return { start: cut.start, producing: cut.producing, received: cut.received, own: cut.own, end, quoted, delimitedBefore, defined };
}

/** Whether the name opens the text (no verb before it) and a colon follows: the heading the rest explains (休退學登記表:…). */
function heading(text: string, span: NameSpan): boolean {
  return text.slice(0, span.start).trim() === '' && /^\s*[:：]/u.test(text.slice(span.end));
}

/** How strongly the name reads as a form's: 4 quoted, 3 produced by a verb, 2 a whole document label, 1 set off, 0 not. */
function strengthOf(scan: FieldScan, span: NameSpan, key: string, noun: NounHit, lists: FormLists): number {
  const { field, text, contentEnd } = scan;
  const atEnd = span.end >= contentEnd;
  if (field.guidance) {
    // Guidance is prose: only quoted names, or specific names set off by punctuation or
    // produced by a verb (…之版本修訂紀錄表內填寫: no; 按月提送落後案件彙整報表: yes).
    const after = text[span.end];
    const delimitedAfter = atEnd || DELIMITERS.has(after ?? '') || after === '(' || after === ')';
    const specific = key.length >= 5 && !noun.ref && isWholeListWord(noun.word, lists.proseNouns);
    return span.quoted ? 4 : specific && (span.producing || (span.delimitedBefore && delimitedAfter) || followsCutWord(text, span.start, lists)) ? 1 : 0;
  }
  const whole = field.document && span.start <= text.search(/\S/) && atEnd;
  if (span.quoted) return 4;
  if (span.producing) return 3;
  if (whole) return 2;
  // Set off: it ends the label or heads it before a colon (休退學登記表:…), a verb acts
  // on it (契約|簽訂, 申請表|應送交), the words after it make it a paper (…正本, …等相關文件), it
  // is given a short name, the label marks it as the office's own (the district … Form), or a later verb acts on it.
  const setOff = atEnd || heading(text, span) || span.defined || span.own || actedOnAfter(text, span.end, lists) || namedAsPaper(text, span.end, lists) || markedObject(text, span.start, span.end, lists);
  return setOff ? 1 : 0;
}

/**
 * Whether a verb of appearance on a screen (跳出, 彈出; pops up) brings the name up: it stands
 * inside the name as read (申請目標量跳出|需求表), or right before it with only determiners between
 * ("pops up the | Stock Request Form").
 */
function onScreen(text: string, start: number, nounStart: number, lists: FormLists): boolean {
  if (lists.screenVerbs.length === 0) return false;
  const from = Math.max(0, start - SCREEN_REACH);
  return boundedHits(text.slice(from, nounStart), lists.screenVerbs).some((hit) => {
    const end = from + hit.index + hit.word.length;
    if (end >= start) return true;
    const between = text.slice(end, start).trim().split(/\s+/).filter(Boolean);
    return between.every((w) => isWholeListWord(w, lists.generic));
  });
}

/** How far before a name a verb of appearance is looked for. */
const SCREEN_REACH = 16;

/** Candidate names of a field, read right to left: a name ends at its last noun (計畫書草案格式), so inner nouns fall inside it. */
export function candidates(scan: FieldScan, nouns: readonly NounHit[], context: FormContext): FormMention[] {
  const { field, text, taken } = scan;
  const mentions: FormMention[] = [];
  for (const noun of [...nouns].reverse()) {
    const nounEnd = noun.index + noun.word.length;
    if (taken.overlaps(noun.index, nounEnd)) continue;
    const span = nameSpan(scan, noun, context.lists);
    if (taken.overlaps(span.start, nounEnd)) continue;
    const key = text.slice(span.start, nounEnd).trim();
    // A kind of paper (相關文件, the required forms, 新增表單) names no form, nor does a screen
    // that a system pops up (跳出需求表).
    if (isClassNoun(key, context.lists) || onScreen(text, span.start, noun.index, context.lists)) {
      taken.add(span.start, span.end);
      continue;
    }
    // In prose, a short unmarked name can neither be reported nor count as a use.
    if (field.guidance && !span.quoted && key.length < 4) continue;
    const words = field.text.slice(span.start, span.end).trim();
    const strength = strengthOf(scan, span, key, noun, context.lists);
    const mention = classify(scan, { words, key, noun, strength, start: span.start, end: span.end, received: span.received }, context);
    if (mention) mentions.push(mention);
  }
  return mentions;
}
