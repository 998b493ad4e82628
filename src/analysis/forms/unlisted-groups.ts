// Unlisted names that are the same document, so that form-unlisted reports each document once.

import { levenshtein } from '../text/similarity.js';
import type { FormMention } from './types.js';

/** At most this share of the longer name's characters may differ within a group. */
const SAME_DOCUMENT = 0.3;

/**
 * Whether two names written in words (Latin script) are one name: the same words in another order,
 * or the other's words and one more before them (Facility Usage Request Form, Original Facility
 * Request Usage Form). Edits count characters, so a swap of two words is far by them.
 */
function sameWords(a: string, b: string): boolean {
  // A name without a blank is one word at most: fewer than two (every Han name).
  if (!/\s/u.test(a) || !/\s/u.test(b)) return false;
  const [short, long] = [a.split(/\s+/).filter(Boolean), b.split(/\s+/).filter(Boolean)].sort((x, y) => x.length - y.length) as [string[], string[]];
  if (short.length < 2 || long.length - short.length > 1) return false;
  const bag = (words: string[]) => [...words].sort().join(' ');
  return bag(short) === bag(long.slice(long.length - short.length));
}

/** Whether two names are within 30 % edits; names that differ in length by more need no alignment. */
function closeSpellings(a: string, b: string): boolean {
  const limit = Math.floor(Math.max(a.length, b.length) * SAME_DOCUMENT);
  // Lengths in code points, as levenshtein counts them.
  return Math.abs(Array.from(a).length - Array.from(b).length) <= limit && levenshtein(a, b) <= limit;
}

/** Groups unlisted names that are the same document (equal, a suffix of the other, the same words, or within 30 % edits). */
export function groupUnlisted(mentions: readonly FormMention[]): FormMention[][] {
  const groups: FormMention[][] = [];
  for (const m of mentions) {
    const key = m.key ?? m.raw;
    const group = groups.find((g) =>
      g.some((o) => {
        const other = o.key ?? o.raw;
        return other === key || other.endsWith(key) || key.endsWith(other) || sameWords(key, other) || closeSpellings(key, other);
      }),
    );
    if (group) group.push(m);
    else groups.push([m]);
  }
  return groups;
}

/**
 * The mention that reports a group: where the chart names the document most clearly (produced by
 * a verb, drawn as a document, ending a label); a guidance item only if no step names it.
 */
export function reportedMention(group: readonly FormMention[]): FormMention {
  const inSteps = group.filter((m) => m.stepId !== undefined);
  const pool = inSteps.length > 0 ? inSteps : group;
  return pool.reduce((a, b) => ((b.strength ?? 0) > (a.strength ?? 0) ? b : a));
}
