// Near misses of listed names in a step's label: a few characters off (表揚事績表 for 表揚事蹟表),
// found by aligning each listed name against the label; a look-alike noun (清查畏 for 清查表) is
// typos.ts's. Overlapping near misses of several forms are one mention.

import { alignEnds } from '../text/alignment.js';
import { commonSuffix, endAgreement, stripBrackets } from './endings.js';
import { HARD_DELIMITERS } from './punctuation.js';
import type { FieldScan, FormContext, FormMention, ListedForm } from './types.js';

interface Near {
  form: ListedForm;
  start: number;
  end: number;
  cost: number;
  /** Ending characters shared with the listed name. */
  suffix: number;
}

/** At most this share of a name's characters may differ. */
const MAX_EDITS = 0.4;
/** Letters and digits: a Latin name's near miss starts and ends between words, never inside one ("nts Tracking System"). */
const LATIN = /[A-Za-z0-9]/u;

/** Whether text[s, end) cuts a Latin word of the text where the name has a letter at that end. */
function cutsWord(text: string, s: number, end: number, variant: string): boolean {
  return (LATIN.test(variant[0]!) && s > 0 && LATIN.test(text[s - 1]!)) || (LATIN.test(variant[variant.length - 1]!) && end < text.length && LATIN.test(text[end]!));
}

/** The best near miss of one spelling (variant `v`) of a listed name, if better than `best`. */
function bestOfVariant(form: ListedForm, v: number, scan: FieldScan, nounEnds: ReadonlySet<number>, context: FormContext, best: Near | undefined): Near | undefined {
  const { text, taken, contentStart, contentEnd } = scan;
  const variant = form.variants[v]!;
  const m = variant.length;
  if (m < 3) return best;
  const limit = Math.floor(m * MAX_EDITS);
  // q-gram filter: a match with k edits keeps at least (m - 1) - 2k of the pattern's bigrams.
  if (!form.variantTails[v]!.some((t) => text.includes(t))) return best;
  let shared = 0;
  for (const g of form.variantGrams[v]!) if (text.includes(g)) shared++;
  if (shared === 0 || shared < m - 1 - 2 * limit) return best;
  // A template's document (申請補助計畫書 for …計畫書格式) is a candidate's matter, not a near miss.
  const templateTail = form.baseKey !== undefined ? form.bare.slice(form.baseKey.length).trim() : '';
  const { cost, start } = alignEnds(variant, text);
  for (let end = 1; end <= text.length; end++) {
    const c = cost[end]!;
    if (c === 0 || c > limit) continue;
    const s = start[end]!;
    const words = text.slice(s, end);
    if (words.length < 3 || HARD_DELIMITERS.test(words) || taken.overlaps(s, end) || cutsWord(text, s, end, variant)) continue;
    if (templateTail && form.baseKey && words.endsWith(form.baseKey.slice(-1))) continue;
    // The ends must agree (清查表/清查表, 通知單/通知單表), or it is another document (申請計畫書/申請計畫總表).
    if (endAgreement(words, variant, context.lists.nounClasses) < 2) continue;
    const endsLikeForm = nounEnds.has(end) || words[words.length - 1] === variant[m - 1];
    // A whole label (a few characters of context before it at most) may omit the noun.
    const whole = s - contentStart <= 3 && end >= contentEnd;
    const ok = endsLikeForm ? c * 2 < m : whole && m >= 5 && c <= Math.floor(m * 0.25);
    if (!ok) continue;
    const suffix = commonSuffix(stripBrackets(words), stripBrackets(variant));
    if (!best || c < best.cost || (c === best.cost && end - s > best.end - best.start)) best = { form, start: s, end, cost: c, suffix };
  }
  return best;
}

/** Near misses in a step's label (`nounEnds`: where form nouns end in it). */
export function nearMisses(scan: FieldScan, nounEnds: ReadonlySet<number>, context: FormContext): FormMention[] {
  const found: Near[] = [];
  for (const form of context.forms) {
    let best: Near | undefined;
    for (let v = 0; v < form.variants.length; v++) best = bestOfVariant(form, v, scan, nounEnds, context, best);
    if (best) found.push(best);
  }
  // Overlapping near misses of several forms are one mention: the form that shares the most
  // ending first (主管常用決行用語表格 → …(空白表格)), then others of the same span as alternatives.
  found.sort((a, b) => b.suffix - a.suffix || a.cost - b.cost || b.end - b.start - (a.end - a.start));
  const groups: Near[][] = [];
  for (const near of found) {
    const group = groups.find((g) => g.some((o) => near.start < o.end && o.start < near.end));
    if (group) group.push(near);
    else groups.push([near]);
  }
  const { field, taken } = scan;
  return groups.map((group): FormMention => {
    const best = group[0]!;
    const alternatives = group.slice(1).filter((n) => n.end === best.end && n.cost <= best.cost);
    taken.add(best.start, best.end);
    return {
      stepId: field.stepId,
      path: field.path,
      entry: false,
      raw: field.text.slice(best.start, best.end),
      relation: 'near',
      cost: best.cost,
      forms: [best, ...alternatives].map((n) => n.form.index),
    };
  });
}
