// Who an English clause names as its actor (actors.ts reads Chinese clauses and calls these for
// Latin text): the subject, a noun phrase ending in a unit or role noun or a capitalised name
// followed by its verb; and a role right before a relative pronoun whose modal verb follows
// (sent to the Information Officer who will refer it).

import { findWords } from '../text/word-match.js';
import { isLatin } from '../text/fold.js';
import type { ActorLists } from './actor-lists.js';

/** An English subject: at most this many words before its verb. */
const ENGLISH_WORDS = 8;
/** Words that end a subject's noun phrase without naming it (the form is sent to…). */
const ENDS_SUBJECT = /^(?:is|are|was|were|be|been|being|to|that|which|who|has|have|had)$/i;

const isSuffix = (word: string, lists: ActorLists): boolean => lists.suffixes.some((s) => s.toLowerCase() === word.toLowerCase());

/** Auxiliaries after a subject (Prepayment expenses are listed). */
const AUXILIARY = /^(?:is|are|was|were|be|has|have|had)$/i;

/** Auxiliaries that end in s but say nothing of who acts (The process has ended). */
const NOT_PRESENT_TENSE = /^(?:is|was|has|does|needs)$/;

/** Words after a noun phrase that make it the object of a preposition frame, not a subject (… Services by email). */
const AFTER_OBJECT = /^(?:by|from|with|via|through|using|on|in|at)$/;

/**
 * Whether the role noun at `i` with the rest of its name (Head of School, Manager or delegate) is
 * followed by what a subject is followed by: not a preposition, as a role in a list of objects is
 * (…approval from your Head of School, Director of Operations or Directors of Professional Services
 * by email).
 */
function subjectFollows(bare: readonly string[], i: number): boolean {
  let j = i + 1;
  while (j < bare.length) {
    if (/^(?:of|and|or|for)$/i.test(bare[j]!)) j += 2;
    else if (/^[A-Z]/.test(bare[j]!)) j++;
    else break;
  }
  return !AFTER_OBJECT.test(bare[j]?.toLowerCase() ?? '');
}

/**
 * An English subject: a noun phrase ending in a unit or role noun (Planning Department, the
 * 'front door' team), or a capitalised name followed by its verb (Group Security produces…, The
 * Lead Investigator will contact…; not "The Form will be sent": a passive names no doer). After an
 * agent marker ("by the appointed Lead Investigator") no verb follows: the capitalised name is
 * the doer.
 */
export function englishSubject(text: string, determined: boolean, agent: boolean, lists: ActorLists): string | undefined {
  // Bracketed asides are not part of the subject: TTS management (one level above the CO) and…
  const words = text.replace(/\s*\([^()]*\)/g, '').split(/\s+/).slice(0, ENGLISH_WORDS + 2);
  const bare = words.map((w) => w.replace(/^[^A-Za-z]+|[^A-Za-z-]+$/g, ''));
  let lastCapital = -1;
  for (let i = 0; i < Math.min(bare.length, ENGLISH_WORDS); i++) {
    const word = bare[i]!;
    if (word === '' || ENDS_SUBJECT.test(word)) break;
    // A name with nothing after it is an item of a list (e.g Highways Authority, Environment Agency), not a subject.
    if (isSuffix(word, lists)) return agent || (bare.length > i + 1 && subjectFollows(bare, i)) ? words.slice(0, i + 1).join(' ') : undefined;
    if (/^[A-Z]/.test(word)) lastCapital = i;
    else if (agent && lastCapital >= 0) break;
    // Without a determiner, every word of a name is capitalised (Send the form: a verb), unless
    // the name starts with an acronym (TTS management).
    else if (!determined && !agent && !/^[A-Z]{2,}$/.test(bare[0]!)) return undefined;
    const next = bare[i + 1]?.toLowerCase() ?? '';
    const after = `${bare.slice(i + 1).join(' ').toLowerCase()} `;
    const modal = lists.subjectVerbs.some((v) => after.startsWith(`${v.toLowerCase()} `)) && bare[i + 2]?.toLowerCase() !== 'be';
    // A plural noun before a modal or auxiliary heads the subject (Prepayment expenses should be listed), no verb.
    const nounBeforeVerb = lists.subjectVerbs.some((v) => `${bare.slice(i + 2).join(' ').toLowerCase()} `.startsWith(`${v.toLowerCase()} `)) || AUXILIARY.test(bare[i + 2] ?? '');
    const presentTense = /^[a-z]{2,}[^s]s$/.test(next) && !NOT_PRESENT_TENSE.test(next) && !nounBeforeVerb;
    if (lastCapital >= 0 && (modal || presentTense)) return words.slice(0, i + 1).join(' ');
  }
  return agent && lastCapital >= 0 ? words.slice(0, lastCapital + 1).join(' ') : undefined;
}

const BLANKS = /\s+/;
const CAPITAL = /^[A-Z]/;
const TRAILING_NON_LETTERS = /[^A-Za-z]+$/;

/** A passive verb (is sent, must be passed on): the clause's subject is what is handed on, not who acts. */
const PASSIVE = /\b(?:is|are|was|were|be|been)\s+[a-z]+(?:ed|en|t)\b/i;

/**
 * A role right before a relative pronoun and a modal, after a passive that hands the case to it
 * (must be sent to the Information Officer who will refer it): it does the modal's verb, as the
 * recipient of a hand-over does in Chinese (交還承辦人員審查). Not after an active clause, whose
 * subject acts (We will identify a Lead Investigator who will…), nor before a passive (who will be told).
 */
export function beforeRelative(text: string, lists: ActorLists): string | undefined {
  for (const hit of findWords(text, lists.relatives)) {
    if (!PASSIVE.test(text.slice(0, hit.index))) continue;
    const end = hit.index + hit.word.length;
    if (isLatin(text[hit.index - 1]) || isLatin(text[end])) continue;
    const after = text.slice(end).trimStart().toLowerCase().split(BLANKS);
    if (!lists.subjectVerbs.some((v) => after[0] === v.toLowerCase()) || after[1] === 'be') continue;
    const before = text.slice(0, hit.index).trimEnd().split(BLANKS);
    let first = before.length;
    while (first > 0 && before.length - first < ENGLISH_WORDS && CAPITAL.test(before[first - 1]!)) first--;
    const name = before.slice(first).join(' ').replace(TRAILING_NON_LETTERS, '');
    const last = name.split(' ').pop() ?? '';
    if (isSuffix(last, lists) || lists.named.some((n) => n.toLowerCase() === last.toLowerCase())) return name;
  }
  return undefined;
}
