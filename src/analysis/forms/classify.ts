// Relating a candidate name to the listed forms: the document of a listed template, a shorter
// name, a near spelling, or a name with the same head as exactly one listed form; else, when it
// reads strongly enough as a form's name, an unlisted form.

import { alignEnds, alignWithin } from '../text/alignment.js';
import { boundedHitAt, boundedHits } from '../text/bounded-words.js';
import { HARD_DELIMITERS } from './punctuation.js';
import { isHan } from '../text/fold.js';
import { bigrams, isSubsequence } from '../text/grams.js';
import { levenshtein } from '../text/similarity.js';
import { endAgreement, nounClass, type NounClasses } from './endings.js';
import type { FieldScan, FormContext, FormMention, ListedForm, NounHit, Relation } from './types.js';
import type { FormLists } from './form-lists.js';
import { sameNoun, sharedWords } from './name-words.js';

export interface Candidate {
  /** As written. */
  words: string;
  /** Folded comparison key. */
  key: string;
  /** The noun the name ends with. */
  noun: NounHit;
  strength: number;
  /** The span of the field it covers. */
  start: number;
  end: number;
  /** It follows a verb of receiving (領取報案三聯單): a paper someone else made, no unlisted form. */
  received?: boolean;
}

interface Score {
  form: ListedForm;
  /** Lower is closer. */
  rank: number;
  relation: Relation;
  cost?: number;
}

/** At most this share of a name's characters may differ for a near spelling. */
const NEAR_EDITS = 0.2;

/**
 * The document made from a listed template: 申請補助計畫書 for 申請補助計畫書格式 (the same name or a
 * shorter one; or the document's name within a longer label name).
 */
function templateScore(form: ListedForm, key: string): Score | undefined {
  const baseKey = form.baseKey;
  if (!baseKey || key.endsWith(form.bare.slice(baseKey.length).trim())) return undefined;
  if (key === baseKey) return { form, rank: 0, relation: 'template', cost: 0 };
  if (key.length >= 4 && (baseKey.endsWith(key) || isSubsequence(key, baseKey))) return { form, rank: 2.5, relation: 'template', cost: levenshtein(key, baseKey) };
  const within = key.length > baseKey.length && baseKey.length >= 4 ? alignWithin(baseKey, key) : Infinity;
  // The cost is that of the document's name inside the label (首長核定|年度施政績效報告), not of
  // the label's other words.
  if (within <= Math.max(1, Math.floor(baseKey.length * NEAR_EDITS))) return { form, rank: 2, relation: 'template', cost: within };
  return undefined;
}

/** The fewest edits to a part of `variant` that ends like the key (表揚事績表 in …表揚事蹟表), if few enough. */
function nearSpelling(key: string, keyGrams: readonly string[], variant: string, classes: NounClasses): number | undefined {
  const limit = Math.max(1, Math.floor(key.length * NEAR_EDITS));
  if (key.length < 4 || keyGrams.filter((g) => variant.includes(g)).length < key.length - 1 - 2 * limit) return undefined;
  const keyClass = nounClass(key.slice(-1), classes);
  const { cost, start } = alignEnds(key, variant);
  let best = Infinity;
  for (let end = 1; end <= variant.length; end++) {
    if (cost[end]! > limit || cost[end]! >= best) continue;
    if (nounClass(variant[end - 1]!, classes) === keyClass && endAgreement(key, variant.slice(start[end]!, end), classes) >= 1) best = cost[end]!;
  }
  return best <= limit ? best : undefined;
}

/** Whether `key` stands in `variant` where its name ends: at its end, or before a bracket or a template word (formsTemplateSuffixes). */
function endsAsName(variant: string, key: string, lists: FormLists): boolean {
  for (let at = variant.indexOf(key); at >= 0; at = variant.indexOf(key, at + 1)) {
    const rest = variant.slice(at + key.length);
    if (rest.length === 0 || /^[\s(（「『]/u.test(rest) || lists.templates.some((t) => rest.startsWith(t))) return true;
  }
  return false;
}

/** A shorter name or a near spelling of one of the form's spellings. */
function variantScore(form: ListedForm, key: string, keyGrams: readonly string[], classes: NounClasses): Score | undefined {
  for (const variant of form.variants) {
    if (variant.includes(key)) return { form, rank: 1, relation: 'short' };
    const cost = nearSpelling(key, keyGrams, variant, classes);
    if (cost !== undefined) return { form, rank: 2, relation: 'near', cost };
    // The characters of the name in order, ending alike (計畫類列管項目表, 線上系統, 申請單/…申請表);
    // Latin names are compared by their words (sameHeadScore), not their letters.
    if (isLatinName(key)) continue;
    const tailInName = variant.includes(key.slice(-2));
    const sameNounAfter = nounClass(key.slice(-1), classes) === nounClass(variant.slice(-1), classes) && variant.slice(0, -1).endsWith(key.slice(-3, -1));
    if ((tailInName && isSubsequence(key, variant)) || (sameNounAfter && isSubsequence(key.slice(0, -1), variant.slice(0, -1)))) return { form, rank: 3, relation: 'short' };
  }
  return undefined;
}

/** Whether a name is written mostly in Latin letters. */
function isLatinName(name: string): boolean {
  return (name.match(/[A-Za-z]/gu)?.length ?? 0) > (name.match(/\p{Script=Han}/gu)?.length ?? 0);
}

/**
 * A Latin name's last letters say nothing ("health forms" is no "…Signature Forms"): its words do.
 * The same noun as exactly one listed form and a qualifying word in common ("School Board approval
 * forms", "Field Trip-Board Approval Form", read as pairing.ts reads names: name-words.ts): most
 * likely one form under two names (form-name `sameForm`), not a misspelling.
 */
function sameHeadWordScore(key: string, { forms, nameWords }: FormContext): Score | undefined {
  const words = nameWords(key);
  if (!words || words.words.length === 0) return undefined;
  const matches = forms.filter((f) => {
    const listed = nameWords(f.bare);
    return listed !== undefined && sameNoun(words, listed) && sharedWords(words, listed).length > 0;
  });
  return matches.length === 1 ? { form: matches[0]!, rank: 4, relation: 'paired' } : undefined;
}

/** Same head (管制表, 書格式) as exactly one listed form, with another pair of characters in common. */
function sameHeadScore(key: string, context: FormContext): Score | undefined {
  if (isLatinName(key)) return sameHeadWordScore(key, context);
  const { forms } = context;
  const head = (s: string): string => s.slice(-3);
  const sameHead = forms.filter((f) => f.variants.some((v) => head(v) === head(key)));
  if (sameHead.length !== 1) return undefined;
  const target = sameHead[0]!;
  const grams = bigrams(key.slice(0, -3));
  if (![...bigrams(target.bare.slice(0, -3))].some((g) => grams.has(g))) return undefined;
  return { form: target, rank: 4, relation: 'near', cost: levenshtein(key, target.bare) };
}

function scoresOf(scan: FieldScan, { key, noun }: Candidate, context: FormContext): Score[] {
  const { forms, lists } = context;
  const keyGrams = key.length >= 4 ? [...bigrams(key)] : [];
  const scores: Score[] = [];
  for (const form of forms) {
    const score = templateScore(form, key) ?? variantScore(form, key, keyGrams, lists.nounClasses);
    if (score) scores.push(score);
  }
  // A short name of several forms names those it ends like (教師聘書: 本校專任教師聘書 and 本校兼任教師聘書,
  // not 本校教師聘書封套, an envelope), when it ends like any.
  const shortOf = scores.filter((x) => x.relation === 'short' && x.rank === 1);
  const ending = shortOf.filter((x) => x.form.variants.some((v) => endsAsName(v, key, lists)));
  if (ending.length > 0 && ending.length < shortOf.length) return scores.filter((x) => !shortOf.includes(x) || ending.includes(x));
  if (scores.length === 0 && !noun.ref && key.length >= 5 && !scan.field.guidance) {
    const score = sameHeadScore(key, context);
    if (score) scores.push(score);
  }
  return scores;
}

/** Whether the clause asks whether the name is there (是否有轉出證明單及報到通知單): a paper brought by someone else, checked, not a form of the flow. */
function checkedForPresence(text: string, nounStart: number, lists: FormContext['lists']): boolean {
  const clause = text.slice(0, nounStart).split(HARD_DELIMITERS).pop()!;
  return boundedHits(clause, lists.presenceChecks).length > 0;
}

/**
 * The length of the noun a Han name ends with, measured by the last one-character noun of a
 * noun class when it ends the name (結報|表, where the longest noun read is 報表): the name is
 * more than its noun when two characters stand before that.
 */
function nounLength(key: string, noun: NounHit, lists: FormLists): number {
  return noun.word.length > 1 && lists.nounClasses.has(key[key.length - 1]!) ? 1 : noun.word.length;
}

/** The candidate's mention, if it is one; marks its span taken when it is read as a name. */
export function classify(scan: FieldScan, candidate: Candidate, context: FormContext): FormMention | undefined {
  const { field, taken } = scan;
  const { words, key, noun, strength } = candidate;
  const standalone = context.lists.standalone;
  if (key.length < 3 && !boundedHitAt(key, standalone, 0)) return undefined;
  if (/^[\d\s.]+$/.test(key)) return undefined;
  let scores = scoresOf(scan, candidate, context);
  if (field.guidance) {
    // Prose names a form loosely: only a close misspelling is worth a word.
    const close = scores.filter((x) => x.rank <= 1 || (x.rank === 2 && x.relation === 'near'));
    if (close.length === 0 && scores.length > 0) {
      taken.add(candidate.start, candidate.end);
      return undefined;
    }
    scores = close;
  }
  if (scores.length > 0) {
    scores.sort((a, b) => a.rank - b.rank || (a.cost ?? 0) - (b.cost ?? 0));
    const best = scores[0]!;
    const forms = scores.filter((s) => s.rank === best.rank).map((s) => s.form.index);
    taken.add(candidate.start, candidate.end);
    return { stepId: field.stepId, path: field.path, entry: false, raw: words, relation: best.relation, cost: best.cost, forms, key, strength };
  }
  if (noun.ref || candidate.received || checkedForPresence(scan.text, noun.index, context.lists)) return undefined;
  // An unlisted form-like name: strong enough, and more than the bare noun.
  // A name may open with a bracket (（非）消耗性材料請購單): its first letter decides.
  const first = /[\p{L}\p{N}]/u.exec(key)?.[0];
  const long = isHan(first) ? key.length >= nounLength(key, noun, context.lists) + 2 : key.trim().split(/\s+/).length >= 2;
  const whole = boundedHitAt(key, standalone, 0)?.word.length === key.length;
  if (!long && !whole) return undefined;
  if (strength === 0 || (!field.unquotedUnlisted && strength < 4)) return undefined;
  taken.add(candidate.start, candidate.end);
  return { stepId: field.stepId, path: field.path, entry: false, raw: words, relation: 'unlisted', forms: [], key, strength };
}
