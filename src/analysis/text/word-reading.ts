// Reading a word's place in its clause: is a judgment, document or procedure word the step's
// own action (its clause's main verb), or does it modify something, happen before, or only
// name a thing? 「依審定結果辦理」 acts on a judgment made elsewhere; 「經核可後送出」 sends what was
// approved before; 「得追蹤查詢進度」 allows a look-up; "the scheduled review" is a noun.
//
// The markers are data per language (data/words/*/grammar.json: grammar* lists); a marker counts
// only when the word segmenter reads it as a word of its own (segment.ts): 後 in 審核後送出, not
// in 核定後續計畫. Punctuation structure (sentences, clauses, quotation marks, a heading colon)
// is read here.

import type { WordListName, WordLists } from '../../engine/types.js';
import { wordList } from '../word-lists.js';
import { isWholeWords } from './segment.js';
import { breakTable, hasContent, openQuotes, textIndex } from './text-index.js';
import { compileWords, findWords, type WordHit } from './word-match.js';

/** What the words around a hit say about it. Each is a reason it may not be the step's action. */
export interface WordReading {
  /** Inside 「」『』【】《》〈〉“” or "…": part of a name (a form, a menu, a system). */
  quoted: boolean;
  /**
   * After a purpose marker in its sentence (以供, 俾, in order to), or a to-infinitive after a verb
   * that hands the case on and its object (assign the case to an officer to review; send it to
   * the manager to approve): the one it is handed to does it, later.
   */
  purpose: boolean;
  /** After a modal of permission or precondition in its sentence (得, 始得). */
  permitted: boolean;
  /**
   * Right before a modifier particle (之, 的): 核准之計畫 — unless a light verb takes the phrase
   * as its object and the particle is followed by a head noun it names (為准駁之決定: the decision
   * is made here).
   */
  attributive: boolean;
  /**
   * Right before a head noun it names (結果, 人員, 會議, 系統; process, team): 審定結果, 承辦初審人員,
   * 採購作業系統 — unless a light verb takes the pair as its object (召開複審會議: the review is held
   * here). A verb before its object looks the same (填寫會議紀錄), so only judgment and procedure
   * words, which are nouns as often as verbs, are read this way.
   */
  headed: boolean;
  /**
   * Right before a time or result marker, with more of the sentence after it (後, 時, 無誤), or in
   * a clause that ends on one before a comma (簽准議價決標後，由廠商…).
   */
  subordinate: boolean;
  /** Right after a basis preposition (依, 按, 對照; according to). */
  basis: boolean;
  /** Right after a routing verb (送請; for): the step sends the case for it. */
  routed: boolean;
  /** A noun after a determiner or preposition (各; the, each, during), not under a light verb. */
  nominal: boolean;
  /** In the clause before a colon that the rest of the text explains (夜間及假日流程：…). */
  heading: boolean;
  /** In a condition clause (如需持續追蹤處理，…; 採購共約商品者，…; "If …,"): what the step depends on, not what it does. */
  conditional: boolean;
  /** In a relative clause after its marker (the date on which the complaint will be considered): it describes a noun. */
  relative: boolean;
  /** After a verb of explaining in its clause (向家屬說明器官捐贈流程; explain the … procedure): talked about, not done. */
  explained: boolean;
  /**
   * The topic of its clause: right before a time phrase (於…後, 在…時) that the clause's own verb
   * follows (工程採購於發包、訂約後1週內檢送契約書: the kind of case whose contract is sent), unless
   * that verb is one that does the topic (採購於核定後辦理: the procurement is run here).
   */
  topic: boolean;
  /** Inside such a time phrase (於發包、訂約後1週內檢送…): it dates the clause's verb, an act before this step's own. */
  dating: boolean;
}

export const SENTENCE_BREAK = /[。；;！!？?\n]/u;
const OPEN_BRACKET = /[（(［\[]/u;
const CLOSE_BRACKET = /[）)］\]]/u;
const CLAUSE_BREAK = /[。；;！!？?\n，,：:]/u;
const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['「', '」'],
  ['『', '』'],
  ['【', '】'],
  ['《', '》'],
  ['〈', '〉'],
  ['“', '”'],
];

/** Whether text[i] ends a sentence or clause: one of `breaks`, or a full stop before a blank or the end. */
function isBreak(text: string, i: number, breaks: RegExp): boolean {
  return text[i] === '.' ? i + 1 >= text.length || /\s/u.test(text[i + 1]!) : breaks.test(text[i]!);
}

/**
 * Texts this long or longer are read through their index (text-index.ts), so that reading each
 * of their words costs no more than their length; shorter ones are read directly, which costs
 * less than building the index.
 */
const INDEXED_LENGTH = 200;

const CONTENT = /[\p{L}\p{N}]/u;

/** Whether text[from, to) holds a letter or digit. */
function contentIn(text: string, from: number, to: number): boolean {
  return text.length < INDEXED_LENGTH ? CONTENT.test(text.slice(from, to)) : hasContent(text, from, to);
}

/** Where the text's sentences or clauses break (computed once per text). */
function breaksOf(text: string, breaks: RegExp) {
  return textIndex(text).memo(breakTable, breaks, () => breakTable(text, (i) => isBreak(text, i, breaks)));
}

/** The run of text around [start, end) that holds no break: its sentence or its clause. */
function span(text: string, start: number, end: number, breaks: RegExp): [number, number] {
  if (text.length < INDEXED_LENGTH) {
    let from = start;
    while (from > 0 && !isBreak(text, from - 1, breaks)) from--;
    let to = end;
    while (to < text.length && !isBreak(text, to, breaks)) to++;
    return [from, to];
  }
  const table = breaksOf(text, breaks);
  return [table.before[start]! + 1, table.from[end]!];
}

/** Whether `index` is inside a pair of quotation marks or brackets. */
function insideQuotes(text: string, index: number): boolean {
  if (text.length < INDEXED_LENGTH) {
    const before = text.slice(0, index);
    for (const [open, close] of QUOTE_PAIRS) if (before.lastIndexOf(open) > before.lastIndexOf(close)) return true;
    return (before.match(/"/g)?.length ?? 0) % 2 === 1;
  }
  return textIndex(text).memo(openQuotes, QUOTE_PAIRS, () => openQuotes(text, QUOTE_PAIRS))[index] === 1;
}

const literalLengths = new WeakMap<readonly string[], number | undefined>();

/** The longest entry of a list of literal words; undefined when some entry is a /regex/ (its matches have no bound). */
function literalMaxLength(words: readonly string[]): number | undefined {
  if (literalLengths.has(words)) return literalLengths.get(words);
  let max: number | undefined = 0;
  for (const w of words) {
    if (w.length > 2 && w.startsWith('/') && w.endsWith('/')) {
      max = undefined;
      break;
    }
    max = Math.max(max, w.length);
  }
  literalLengths.set(words, max);
  return max;
}

const anchored = new WeakMap<readonly string[], { end: RegExp | null; start: RegExp | null }>();

/** The list as one regex anchored at the end of a text (trailing blanks allowed) and one at its start. */
function anchors(words: readonly string[]): { end: RegExp | null; start: RegExp | null } {
  let out = anchored.get(words);
  if (!out) {
    const source = compileWords(words)?.source;
    out = source ? { end: new RegExp(`(?:${source})\\s*$`, 'iu'), start: new RegExp(`^\\s*(?:${source})`, 'iu') } : { end: null, start: null };
    anchored.set(words, out);
  }
  return out;
}

/** The start of a list word that ends right before `index` (blanks allowed) within [from, index), read as a word by the segmenter. */
function wordBefore(text: string, from: number, index: number, words: readonly string[]): number | undefined {
  const cut = lastWordWindow(text, from, index, words);
  const m = anchors(words).end?.exec(text.slice(cut, index));
  if (!m) return undefined;
  const start = cut + m.index;
  const end = start + m[0].trimEnd().length;
  return isWholeWords(text, start, end) ? start : undefined;
}

/** The end of a list word that starts right at `index` (blanks allowed) within [index, to), read as a word by the segmenter. */
function wordAfter(text: string, index: number, to: number, words: readonly string[]): number | undefined {
  const m = anchors(words).start?.exec(text.slice(index, to));
  if (!m) return undefined;
  const end = index + m[0].length;
  const start = end - m[0].trimStart().length;
  return isWholeWords(text, start, end) ? end : undefined;
}

/**
 * Where a list word that ends text[from, index) (blanks after it allowed) can start at the
 * earliest: a literal word is at most as long as the list's longest, so the regex need not try
 * the whole clause before it (which made reading every word of a long label quadratic).
 */
function lastWordWindow(text: string, from: number, index: number, words: readonly string[]): number {
  const longest = literalMaxLength(words);
  if (longest === undefined) return from;
  let end = index;
  while (end > from && /\s/u.test(text[end - 1]!)) end--;
  let cut = Math.max(from, end - longest - 2);
  // Never between the two halves of a surrogate pair.
  if (cut > from && /[\uDC00-\uDFFF]/.test(text[cut]!) && /[\uD800-\uDBFF]/.test(text[cut - 1]!)) cut--;
  return cut;
}

/** The hits of a list in text[from, limit), and which of them the segmenter reads as words (found in order, as asked). */
interface SentenceHits {
  limit: number;
  hits: WordHit[];
  checked: number;
  firstWhole: number;
}

/** Whether a list word, read as a word, occurs in text[from, to). */
function wordIn(text: string, from: number, to: number, words: readonly string[]): boolean {
  const regex = compileWords(words);
  const sentence = text.length < INDEXED_LENGTH || literalMaxLength(words) === undefined || !regex ? undefined : sentenceHits(text, from, words);
  if (!sentence || to > sentence.limit) {
    return findWords(text.slice(from, to), words).some((hit) => isWholeWords(text, from + hit.index, from + hit.index + hit.word.length));
  }
  // Literal words: the hits of text[from, to) are the sentence's hits that end by `to`, then
  // those of a new scan from the first hit that runs past `to` (found once per sentence, so the
  // whole label's words are read in linear time).
  const { hits } = sentence;
  const relative = to - from;
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (hits[mid]!.index + hits[mid]!.word.length <= relative) low = mid + 1;
    else high = mid;
  }
  while (sentence.checked < low && sentence.firstWhole === Infinity) {
    const hit = hits[sentence.checked]!;
    if (isWholeWords(text, from + hit.index, from + hit.index + hit.word.length)) sentence.firstWhole = sentence.checked;
    sentence.checked++;
  }
  if (sentence.firstWhole < low) return true;
  const crossing = hits[low];
  if (!crossing || crossing.index >= relative) return false;
  const short = text.slice(from, to);
  regex!.lastIndex = crossing.index;
  for (let m = regex!.exec(short); m; m = regex!.exec(short)) {
    if (isWholeWords(text, from + m.index, from + m.index + m[0].length)) return true;
  }
  return false;
}

/** The hits of a list of literal words from `from` to the next sentence break (once per text, list and start). */
function sentenceHits(text: string, from: number, words: readonly string[]): SentenceHits {
  return textIndex(text).memo(words, from, () => {
    const limit = breaksOf(text, SENTENCE_BREAK).from[from]!;
    return { limit, hits: findWords(text.slice(from, limit), words), checked: 0, firstWhole: Infinity };
  });
}

/** The previous word (Latin letters) before `index`, as its start, if the text there is Latin: /([A-Za-z][\w'-]*)\s+$/ on text[from, index), read backwards. */
function previousLatinWord(text: string, from: number, index: number): number | undefined {
  let end = index;
  while (end > from && /\s/u.test(text[end - 1]!)) end--;
  if (end === index) return undefined;
  let start = end;
  while (start > from && /[\w'-]/.test(text[start - 1]!)) start--;
  for (let i = start; i < end; i++) if (/[A-Za-z]/.test(text[i]!)) return i;
  return undefined;
}

/** A noun after a determiner or preposition (or after one and a modifier: "the scheduled review"), unless a light verb takes it. */
function isNominal(text: string, from: number, start: number, words: WordLists): boolean {
  const nouns = wordList(words, 'grammarNounBefore');
  let marker = wordBefore(text, from, start, nouns);
  if (marker === undefined) {
    // "the scheduled review", "the first review": one modifier between (not "The chief reviews").
    const previous = previousLatinWord(text, from, start);
    const modifierEnd = previous === undefined ? undefined : wordAfter(text, previous, start, wordList(words, 'grammarModifierWords'));
    if (modifierEnd !== undefined && text.slice(modifierEnd, start).trim() === '') marker = wordBefore(text, from, previous!, nouns);
  }
  if (marker === undefined) return false;
  // Skip a run of markers ("prior to the") before looking for the light verb.
  for (let next = wordBefore(text, from, marker, nouns); next !== undefined; next = wordBefore(text, from, next, nouns)) marker = next;
  return wordBefore(text, from, marker, wordList(words, 'grammarLightVerbs')) === undefined;
}

const list = (words: WordLists, name: WordListName) => wordList(words, name);

/**
 * Where a bracket opened after the word and left open to the clause's end starts, or the clause's
 * end: a comma inside brackets ends the clause there (兩次腦死判定(意外死亡者,需報請…)), but a
 * condition that ends inside the aside (意外死亡者) is the aside's, not the word's.
 */
function asideStart(text: string, end: number, clauseEnd: number): number {
  let depth = 0;
  let opened = clauseEnd;
  for (let i = end; i < clauseEnd; i++) {
    if (OPEN_BRACKET.test(text[i]!)) {
      if (depth === 0) opened = i;
      depth++;
    } else if (CLOSE_BRACKET.test(text[i]!) && depth > 0) depth--;
  }
  return depth > 0 ? opened : clauseEnd;
}

/** Whether the clause text[from, to) states a condition (once per clause of a text). */
function conditionAt(text: string, from: number, to: number, words: WordLists): boolean {
  if (text.length < INDEXED_LENGTH) return isCondition(text.slice(from, to), words);
  return textIndex(text).memo(words, `condition ${from} ${to}`, () => isCondition(text.slice(from, to), words));
}

/** Whether a clause states a condition: it opens with one (如, 若, if) or ends on a marker that makes it one (…者). */
function isCondition(clause: string, words: WordLists): boolean {
  const opener = compileWords(list(words, 'decisionConditionClauses'));
  if (opener) {
    opener.lastIndex = 0;
    const m = opener.exec(clause.trimStart());
    if (m?.index === 0) return true;
  }
  return anchors(list(words, 'grammarConditionAfter')).end?.test(clause) === true;
}

/**
 * Whether the clause text[from, to) is a time or result clause: it ends on a marker (簽准議價決標後，
 * 由廠商增修…; 審查無誤，…) and the sentence goes on after it. Every word in it happened before the
 * step's own act, as a word right before the marker does (經核可後送出).
 */
function subordinateClause(text: string, from: number, to: number, sentenceEnd: number, words: WordLists): boolean {
  if (to >= sentenceEnd || (text[to] !== '，' && text[to] !== ',') || !contentIn(text, to + 1, sentenceEnd)) return false;
  return wordBefore(text, from, to, list(words, 'grammarSubordinateAfter')) !== undefined;
}

/**
 * Whether the word ending at `end` is its clause's topic: a time phrase (grammarTopicAfter) follows
 * it, then more of the clause with no verb that takes the topic as its object (grammarTopicVerbs).
 */
function isTopic(text: string, end: number, clauseEnd: number, words: WordLists): boolean {
  const phraseEnd = wordAfter(text, end, clauseEnd, list(words, 'grammarTopicAfter'));
  if (phraseEnd === undefined || !contentIn(text, phraseEnd, clauseEnd)) return false;
  return !wordIn(text, phraseEnd, clauseEnd, list(words, 'grammarTopicVerbs'));
}

/** Whether text[start, end) lies inside a time phrase (grammarTopicAfter) of its clause that more of the clause follows. */
function inTimePhrase(text: string, start: number, end: number, clauseStart: number, clauseEnd: number, words: WordLists): boolean {
  const phrases = () => findWords(text.slice(clauseStart, clauseEnd), list(words, 'grammarTopicAfter'));
  // Found once per clause of a long text, as its conditions are.
  const hits = text.length < INDEXED_LENGTH ? phrases() : textIndex(text).memo(words, `time phrases ${clauseStart} ${clauseEnd}`, phrases);
  return hits.some((hit) => {
    const from = clauseStart + hit.index;
    const to = from + hit.word.length;
    return from < start && end <= to && contentIn(text, to, clauseEnd) && isWholeWords(text, from, to);
  });
}

/**
 * Whether the word is a to-infinitive (grammarInfinitiveBefore right before it) after a verb of
 * handing on (grammarDelegatingVerbs) and that verb's object, in its clause: "assign the case to a
 * senior officer to review". A label-style subject before the infinitive ("Manager to approve the
 * request") has no such verb; a verb right before the infinitive ("assigned to review") no object.
 */
function delegatedInfinitive(text: string, clauseStart: number, start: number, words: WordLists): boolean {
  const marker = wordBefore(text, clauseStart, start, list(words, 'grammarInfinitiveBefore'));
  if (marker === undefined) return false;
  return findWords(text.slice(clauseStart, marker), list(words, 'grammarDelegatingVerbs')).some((hit) => contentIn(text, clauseStart + hit.index + hit.word.length, marker));
}

/** How the words around text[start, end) read it (see WordReading). */
export function readWord(text: string, start: number, end: number, words: WordLists): WordReading {
  const [sentenceStart, sentenceEnd] = span(text, start, end, SENTENCE_BREAK);
  const [clauseStart, clauseEnd] = span(text, start, end, CLAUSE_BREAK);
  const subordinateEnd = wordAfter(text, end, sentenceEnd, list(words, 'grammarSubordinateAfter'));
  const particleEnd = wordAfter(text, end, clauseEnd, list(words, 'grammarAttributiveAfter'));
  const lightVerb = () => wordBefore(text, clauseStart, start, list(words, 'grammarLightVerbs')) !== undefined;
  return {
    quoted: insideQuotes(text, start),
    purpose: wordIn(text, sentenceStart, start, list(words, 'grammarPurposeBefore')) || delegatedInfinitive(text, clauseStart, start, words),
    permitted: wordIn(text, sentenceStart, start, list(words, 'grammarPermissiveBefore')),
    attributive: particleEnd !== undefined && !(wordAfter(text, particleEnd, clauseEnd, list(words, 'grammarHeadNouns')) !== undefined && lightVerb()),
    headed: wordAfter(text, end, clauseEnd, list(words, 'grammarHeadNouns')) !== undefined && !lightVerb(),
    subordinate: (subordinateEnd !== undefined && contentIn(text, subordinateEnd, sentenceEnd)) || subordinateClause(text, clauseStart, clauseEnd, sentenceEnd, words),
    basis: wordBefore(text, clauseStart, start, list(words, 'grammarBasisBefore')) !== undefined,
    routed: wordBefore(text, clauseStart, start, list(words, 'grammarRoutingBefore')) !== undefined,
    nominal: isNominal(text, clauseStart, start, words),
    heading: /[:：]/u.test(text[clauseEnd] ?? '') && contentIn(text, clauseEnd + 1, text.length),
    conditional: conditionAt(text, clauseStart, asideStart(text, end, clauseEnd), words),
    relative: wordIn(text, clauseStart, start, list(words, 'grammarRelativeBefore')),
    explained: wordIn(text, clauseStart, start, list(words, 'grammarInformBefore')),
    topic: isTopic(text, end, clauseEnd, words),
    dating: inTimePhrase(text, start, end, clauseStart, clauseEnd, words),
  };
}
