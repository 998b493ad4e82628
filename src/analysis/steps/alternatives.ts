// Alternatives told apart by a negation: two ways on that say one thing and its negation after a
// common start (查訪結果確實居住該址 / 查訪結果未居住該址, 證件齊全 / 證件不齊全), and numbered items in
// one box where one is the negation of another (1.當場回覆。 2.事涉其他相關單位無法當場回覆，…) or
// repeats most of the other's words (1.診間護理師通知門診護理長…。 2.夜間及假日流程：門診護理師通知值班
// 護理長…: the same way written twice, for two circumstances): the step that leads to them, or the
// box that holds them, decides between them. The negations are data per language
// (data/words/*/grammar.json: grammarNegations).

import type { WordLists } from '../../engine/types.js';
import { firstWord } from '../text/word-match.js';
import { wordList } from '../word-lists.js';

/** The length of a list word at the start of the text, if any. */
function anchorsStart(text: string, list: readonly string[]): number | undefined {
  const hit = firstWord(text, list);
  return hit?.index === 0 ? hit.word.length : undefined;
}

/**
 * Whether two labels say one thing and its negation after a common start. What follows the
 * negation must be at least `minRest` characters (two by default: 未居住該址 / 確實居住該址; one
 * for two short outcome labels: 證件不齊 / 證件齊全).
 */
export function negationPair(a: string, b: string, words: WordLists, minRest = 2): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  const negations = wordList(words, 'grammarNegations');
  for (const [x, y] of [[a.slice(common), b.slice(common)], [b.slice(common), a.slice(common)]] as const) {
    const negation = anchorsStart(x, negations);
    if (negation === undefined) continue;
    const rest = x.slice(negation).trim();
    if (rest.length >= minRest && (y.endsWith(rest) || y.trim().startsWith(rest))) return true;
  }
  return false;
}

/** Whether `other` says `core` right after a negation (當場回覆 in 無法當場回覆). */
function negatedIn(core: string, other: string, negations: readonly string[]): boolean {
  for (let at = other.indexOf(core); at > 0; at = other.indexOf(core, at + 1)) {
    const before = other.slice(0, at);
    if (negations.some((n) => before.toLowerCase().endsWith(n.toLowerCase()))) return true;
  }
  return false;
}

/** Items numbered 1., 2., … (or 1、 2、, (1) (2)) in a label, in order; fewer than two: none. */
function numberedItems(text: string): string[] {
  if (!/\d/.test(text)) return [];
  const marks = [...text.matchAll(/(?:^|(?<=[\s。；;，,.]))[（(]?(\d{1,2})[.．、)）]\s*/gu)];
  const items: string[] = [];
  let expected = 1;
  for (const [i, mark] of marks.entries()) {
    if (Number(mark[1]) !== expected) continue;
    const end = marks.slice(i + 1).find((m) => Number(m[1]) === expected + 1)?.index ?? text.length;
    items.push(text.slice(mark.index! + mark[0].length, end));
    expected++;
  }
  return items.length >= 2 ? items : [];
}

/** The first clause of an item, without its closing punctuation: what the item does. */
function core(item: string): string {
  return item.split(/[，,。；;：:]/u)[0]!.trim();
}

/** Words of a label for comparing two labels: CJK character pairs and Latin words. */
export function labelTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  }
  for (const word of text.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []) out.add(word);
  return out;
}

/**
 * Items this long or longer (in words: labelTokens), which share this much of their words (Dice),
 * say the same way twice. Items of one sequence share a word or two (口罩 in 1.協助病人配戴外科口罩。
 * 2.原診間醫師配戴外科口罩問診: a quarter of their words at most in the corpora).
 */
const REPEAT_MIN_WORDS = 8;
const REPEAT_SHARE = 0.6;

/** Whether two items say the same way twice: most of their words are shared. */
function repeats(a: string, b: string): boolean {
  const [x, y] = [labelTokens(a), labelTokens(b)];
  if (x.size < REPEAT_MIN_WORDS || y.size < REPEAT_MIN_WORDS) return false;
  let shared = 0;
  for (const token of x) if (y.has(token)) shared++;
  return (2 * shared) / (x.size + y.size) >= REPEAT_SHARE;
}

/** Two numbered items of one label that are alternatives (one negates or repeats the other), if any. */
export function foldedAlternatives(text: string, words: WordLists): [string, string] | undefined {
  const items = numberedItems(text);
  const negations = wordList(words, 'grammarNegations');
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [core(items[i]!), core(items[j]!)];
      if (a.length < 2 || b.length < 2) continue;
      if (negatedIn(a, items[j]!, negations) || negatedIn(b, items[i]!, negations) || negationPair(a, b, words) || repeats(items[i]!, items[j]!)) return [a, b];
    }
  }
  return undefined;
}

/**
 * Whether two labels say the same thing after two opposite words (繼續列管 / 解除列管; "Continue
 * monitoring" / "Stop monitoring"): the pairs are data per language (grammarOpposites, a|b).
 */
export function oppositePair(a: string, b: string, words: WordLists): boolean {
  const [x, y] = [a.trim().toLowerCase(), b.trim().toLowerCase()];
  return oppositePairs(words).some(([p, q]) =>
    [[p, q], [q, p]].some(([u, v]) => x.startsWith(u!) && y.startsWith(v!) && x.length > u!.length && x.slice(u!.length).trim() === y.slice(v!.length).trim()),
  );
}

const opposites = new WeakMap<readonly string[], ReadonlyArray<readonly [string, string]>>();

/** The grammarOpposites pairs (entries a|b), in lower case, split once per list; an entry without both sides is none. */
export function oppositePairs(words: WordLists): ReadonlyArray<readonly [string, string]> {
  const list = wordList(words, 'grammarOpposites');
  let pairs = opposites.get(list);
  if (!pairs) {
    pairs = list.flatMap((entry) => {
      const [p, q] = entry.toLowerCase().split('|');
      return p && q ? [[p, q] as const] : [];
    });
    opposites.set(list, pairs);
  }
  return pairs;
}
