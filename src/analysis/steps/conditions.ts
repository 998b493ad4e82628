// A condition written into a label: 「如發現有擅自復工者，應即發文…」, 「案件登記完畢後，如有書狀需用印者，
// 應送…」, "If your request is unclear, we will contact you…", "Under EIR, if your request is
// complicated, we can extend…". A clause states a condition when
// - it opens with a conditional word (如…, 若…; if…: data/words/*/decisions.json,
//   decisionConditionClauses);
// - the conditional word comes after the clause's subject (管理權人如委任代理人辦理申報時) or, in
//   English, after the main clause ("… form if substitute is needed"), read as a word of its own
//   (例如, 諸如, 比如, 有如 hold 如 inside another word), and not after a word that makes it no
//   condition ("even if", "as if": grammarConditionNotAfter);
// - it ends on a marker that makes it one (…未領取者, …處理完竣者: grammarConditionAfter), read as a
//   word of its own (申請者, 使用者, 或者 are nouns and conjunctions);
// - a consequent marker closes its topic (書面…之抱怨及具爭議性案件則以書面答覆: grammarConsequentMarkers),
//   read as a word of its own (則 alone, not in 原則, 規則): the topic is the case the rest is for.
//   A later sentence of the label that states a case this way (…。無留下連絡資料者則由…公布) sets
//   it beside what the sentences before it do; a later sentence with a plain condition is a note
//   ("If need more time to respond we will contact you"), not a second case.
// A condition inside brackets gives an example or a note (著裝（如N95口罩…）), not the step's condition.

import type { WordLists } from '../../engine/types.js';
import type { Sop, Step } from '../../model/types.js';
import { isWholeWords, wordEdges } from '../text/segment.js';
import { findWords, firstWord } from '../text/word-match.js';
import { wordSegmenter } from '../../i18n/word-segmenter.js';
import { startsWithWord } from './outcomes.js';
import { wordList } from '../word-lists.js';

/** How far into its clause a Chinese condition word may stand after the subject (管理權人如…). */
const SUBJECT_REACH = 10;

const OPEN_BRACKETS = /[（(［\[]/gu;
const CLOSE_BRACKETS = /[）)］\]]/gu;

/** The first sentence of a label: up to 。；！？, a line break, or a full stop before a blank. */
function firstSentence(text: string): string {
  const end = text.search(/[。；;！!？?\n]|\.(?:\s|$)/u);
  return end < 0 ? text : text.slice(0, end);
}

/** Whether text[index] stands inside brackets opened before it. */
function insideBrackets(text: string, index: number): boolean {
  const before = text.slice(0, index);
  return (before.match(OPEN_BRACKETS)?.length ?? 0) > (before.match(CLOSE_BRACKETS)?.length ?? 0);
}

/**
 * The condition a conditional word opens inside the clause, after its subject or main clause
 * (管理權人如…時; "… if substitute is needed"). Candidates are found by plain matching first; the
 * segmenter is asked only about those.
 */
function innerCondition(clause: string, words: WordLists): string | undefined {
  const openers = wordList(words, 'decisionConditionClauses');
  for (let at = 1; at < clause.length; at++) {
    const han = /\p{Script=Han}/u.test(clause[at]!);
    if ((han && at > SUBJECT_REACH) || (!han && /\p{L}/u.test(clause[at - 1]!))) continue;
    // The list's entries may be anchored (/^如/): each place is asked as the start of the rest.
    if (!startsWithWord(clause.slice(at), openers) || insideBrackets(clause, at)) continue;
    const previous = /(\p{L}+)\s*$/u.exec(clause.slice(0, at))?.[1]?.toLowerCase();
    if (previous !== undefined && wordList(words, 'grammarConditionNotAfter').some((w) => w.toLowerCase() === previous)) continue;
    // 如 in 管理權人如委任 starts a word; in 例如 it does not.
    if (!han || wordEdges(clause, at, at + 1).has(at)) return clause.slice(at);
  }
  return undefined;
}

/** Whether the clause ends on a condition marker read as a word of its own (…未領取者; not 申請者). */
function endsOnConditionMarker(clause: string, words: WordLists): boolean {
  const last = findWords(clause, wordList(words, 'grammarConditionAfter')).at(-1);
  return last !== undefined && last.index > 0 && last.index + last.word.length === clause.length && isWholeWords(clause, last.index, clause.length);
}

/** The topic a consequent marker closes in the clause (…案件則以書面答覆 → …案件), the marker read as a word of its own. */
function consequentTopic(clause: string, words: WordLists): string | undefined {
  for (const hit of findWords(clause, wordList(words, 'grammarConsequentMarkers'))) {
    if (hit.index > 0 && isWholeWords(clause, hit.index, hit.index + hit.word.length)) return clause.slice(0, hit.index).trim();
  }
  return undefined;
}

/**
 * The condition a clause states (see above), if any. A clause ending on a marker (…者) is one only
 * before a comma or at the end of the sentence (`endsClause`): before a colon it heads what follows
 * (列案編號並回覆意見反應者：…).
 */
function conditionIn(clause: string, endsClause: boolean, words: WordLists): string | undefined {
  const text = clause.trim();
  if (startsWithWord(text, wordList(words, 'decisionConditionClauses'))) return text;
  return innerCondition(text, words) ?? (endsClause && endsOnConditionMarker(text, words) ? text : consequentTopic(text, words));
}

/** The clauses of a sentence, each with whether it ends before a comma or the sentence's end (not a colon). */
function* clausesOf(sentence: string): Iterable<[string, boolean]> {
  for (const m of sentence.matchAll(/[^，,：:]+/gu)) yield [m[0], !/[：:]/u.test(sentence[m.index + m[0].length] ?? '')];
}

/**
 * The first condition stated in the label's first sentence (如…, 若…, …未領取者, if…), or else a
 * case a later sentence sets beside it with a consequent marker (無留下連絡資料者則由…), if any.
 */
export function leadingCondition(text: string, words: WordLists): string | undefined {
  const sentence = firstSentence(text);
  for (const [clause, endsClause] of clausesOf(sentence)) {
    const condition = conditionIn(clause, endsClause, words);
    if (condition !== undefined) return condition;
  }
  const later = text.slice(sentence.length + 1);
  if (later.trim() === '' || findWords(later, wordList(words, 'grammarConsequentMarkers')).length === 0) return undefined;
  for (const rest of later.split(/[。；;！!？?\n]/u)) {
    const [first] = clausesOf(rest);
    const topic = first && consequentTopic(first[0].trim(), words);
    if (topic) return topic;
  }
  return undefined;
}

/**
 * Whether the label opens with a negated condition: its first clause states one (see above) and
 * starts with a negation (未依…於期限內補正或補正仍不合規定者，…; grammarNegations): the way where
 * something did not happen or does not hold, the "no" of a judgment.
 */
export function opensWithNegatedCondition(text: string, words: WordLists): boolean {
  const [first] = clausesOf(firstSentence(text.trim()));
  if (first === undefined || !startsWithWord(first[0], wordList(words, 'grammarNegations'))) return false;
  return conditionIn(first[0], first[1], words) !== undefined || markerInside(first[0], words);
}

/**
 * Whether a condition marker closes a condition inside the clause, its consequent written right
 * after it with no comma (未依規回復場地者保證金不予發還, 未准者駁回): the marker read as a word of its
 * own (場地|者|保證金; not 申請者, 使用者), with more of the clause after it.
 */
function markerInside(clause: string, words: WordLists): boolean {
  const text = clause.trim();
  return findWords(text, wordList(words, 'grammarConditionAfter')).some((hit) => {
    const end = hit.index + hit.word.length;
    return hit.index > 1 && end < text.length && isWholeWords(text, hit.index, end);
  });
}

/** Latin outcome words shorter than this (yes, no, ok) and Han ones of one character (有, 無) open too many conditions that are no outcome. */
const OUTCOME_MIN = { latin: 4, han: 2 };

/**
 * Whether a condition opens with an outcome of a ruling (If approved, …; 核准者; 如通過，…): after
 * its conditional word, a decisionOutcomeLabels word long enough to name an outcome (approved,
 * rejected, 核准, 通過; not yes / no, not 有 / 無, which open many conditions).
 */
export function conditionStatesOutcome(condition: string, words: WordLists): boolean {
  const opener = firstWord(condition.trim(), wordList(words, 'decisionConditionClauses'));
  const rest = (opener?.index === 0 ? condition.trim().slice(opener.word.length) : condition).trim();
  const hit = firstWord(rest, wordList(words, 'decisionOutcomeLabels'));
  if (hit?.index !== 0 || !isWholeWords(rest, 0, hit.word.length)) return false;
  return hit.word.length >= (/\p{Script=Han}/u.test(hit.word) ? OUTCOME_MIN.han : OUTCOME_MIN.latin);
}

/** Whether a condition is a party's own judgment of an outcome (not satisfied with …, 對審查結果不服者): a new judgment, not an outcome of the one before. */
export function contestsOutcome(condition: string, words: WordLists): boolean {
  return firstWord(condition, wordList(words, 'decisionContestConditions')) !== undefined;
}

/** The pairs of Han characters standing next to each other in a text (受理申報: 受理, 理申, 申報). */
function hanPairs(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  }
  return out;
}

/** Han character pairs and Latin words of four letters or more but function words: what two labels may share. */
function contentWords(text: string, functionWords: ReadonlySet<string>): Set<string> {
  const out = hanPairs(text);
  for (const word of text.toLowerCase().match(/[a-z]{4,}/g) ?? []) if (!functionWords.has(word)) out.add(word);
  return out;
}

/**
 * Whether two texts speak of the same thing: they share a Han character pair, or `latinWords`
 * Latin words of 4+ letters (not grammarFunctionWords). Two steps need two: one shared noun,
 * "request", is only the case both handle.
 */
export function sharesWords(a: string, b: string, words: WordLists, latinWords = 2): boolean {
  const functionWords = new Set(wordList(words, 'grammarFunctionWords').map((w) => w.toLowerCase()));
  const inB = contentWords(b, functionWords);
  let latin = 0;
  for (const word of contentWords(a, functionWords)) {
    if (!inB.has(word)) continue;
    if (/^[a-z]/.test(word)) latin++;
    else return true;
  }
  return latin >= latinWords;
}

/** The Han words of two characters or more, as the word segmenter reads them (受理|申報|時: 申報, not 理申 or 報時). */
export function hanWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const segment of wordSegmenter().segment(text)) if (segment.isWordLike && /^\p{Script=Han}{2,}$/u.test(segment.segment)) out.add(segment.segment);
  return out;
}

/**
 * The Han words that name the case itself: in half of the SOP's steps or more, and in three or
 * more (申報 in a filing procedure). Two labels that share only these speak of the same case, not
 * of the same question. `wordsOf` reads a step's Han words (hanWords of its label).
 */
export function caseWordsIn(sop: Sop, wordsOf: (step: Step) => ReadonlySet<string> = (step) => hanWords(step.text)): Set<string> {
  const counts = new Map<string, number>();
  for (const step of sop.steps) for (const word of wordsOf(step)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const out = new Set<string>();
  for (const [word, n] of counts) if (n >= 3 && n * 2 >= sop.steps.length) out.add(word);
  return out;
}

/**
 * Whether a condition asks what another step judges or does: they share a Han word (as the
 * segmenter reads it, not one of `ignored()`: the case words) or two Latin words of 4+ letters.
 * Two texts with no Han character pair in common share no Han word, and are not segmented;
 * `otherWords` gives the other text's Han words when the caller has them.
 */
export function asksAbout(
  condition: string,
  other: string,
  words: WordLists,
  ignored: () => ReadonlySet<string>,
  otherWords: () => ReadonlySet<string> = () => hanWords(other),
): boolean {
  const pairs = hanPairs(other);
  if ([...hanPairs(condition)].some((pair) => pairs.has(pair))) {
    const inOther = otherWords();
    for (const word of hanWords(condition)) if (inOther.has(word) && !ignored().has(word)) return true;
  }
  return sharesWords(condition.replace(/\p{Script=Han}/gu, ' '), other, words);
}
