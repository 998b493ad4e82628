// Who a clause says acts: the actor a label names, read from where Chinese and English put the
// doer of a task (owner, and the checks that ask who does what). The grammar, not a list of labels:
// - at the start of the clause (the subject), after a number and lead-ins (由, 經, 請, 各; The, Each);
// - after a leading adverbial of time or condition that comes before the subject in Chinese
//   (「上班時間病患請攜帶…」, 「約等待45天由社政主管機關核發」): unitsAdverbialEnds;
// - after an agent marker anywhere in the clause (「…並由申請人簽章」, "carried out by the Lead
//   Investigator"): unitsAgentMarkers;
// - in a closing bracket that names a unit (「製作收據(出納組)」), the chart convention of writing the
//   doer after the task;
// - after a verb of handing over that opens the clause, when a task follows the one it is handed
//   to (交還承辦初審人員審查, 應送監印人員用印, 依類別給予具鑑定資格醫師進行鑑定: a pivot, whose doer is
//   the recipient; the sender is the actor of the step before): unitsHandOverVerbs;
// - after a coordinator joining a second predicate whose subject rules on the case (進入院內會辦流程
//   及主管單位簽核; "… and the Director approves it"): unitsClauseJoiners before an actor and a
//   judgment word; a noun after 及 with no ruling after it (審查申請書及申請人資格) is an object;
// - a system, when the clause says the work happens by itself (自動列印成訂購單, 跳出需求表; "is
//   generated automatically"): unitsAutomaticMarkers. No person acts, so none is missing.
// The actor itself is a listed unit or role, or a short noun phrase ending in a unit or person
// noun (…處, …組, …醫院, …人員, …醫師, …人; Department, Team, Officer): unitsSuffixes.

import type { WordLists } from '../../engine/types.js';
import { listsAnalysis } from '../memo.js';
import { findWords, wordAt, type WordHit } from '../text/word-match.js';
import { isLatin } from '../text/fold.js';
import { isWholeWords } from '../text/segment.js';
import type { ActorLists } from './actor-lists.js';
import { beforeRelative, englishSubject } from './english-actors.js';

export type { ActorLists } from './actor-lists.js';

/** How far into a clause a Chinese actor may end, and a leading adverbial may reach. */
const HEAD = 10;
const ADVERBIAL_REACH = 14;
/**
 * A person noun ends a name only after a modifier this short (借用人, 學校護理師; not 審查申請人);
 * one of two or more characters (醫師, 護理師) after one character more (原診間醫師: 通知病人 stays a
 * verb and its object, 人 being one character). The one a case is handed to may have a longer
 * modifier (給予具鑑定資格醫師…): it is the object of the verb of handing over, not a verb phrase.
 */
const PERSON_MODIFIER = 2;
const LONG_PERSON_MODIFIER = 3;
const RECIPIENT_MODIFIER = 6;
/** How far into a clause a phrase that names its doer by what they do (具受領權資格者…) may end. */
const DOER_PHRASE_REACH = 14;
/** How far after a basis word (依) the verb of handing over may stand. */
const HANDOVER_REACH = 8;
/** A subject no list names, before a subject marker (學生於…): exactly this many characters (a longer run may be a verb phrase: 拍照公告於網頁). */
const BARE_SUBJECT = 2;
function at(text: string, words: readonly string[], index = 0): WordHit | undefined {
  if (words.length === 0) return undefined;
  const hit = wordAt(text, words, index);
  if (!hit) return undefined;
  // A Latin word must end at a word boundary (Unit, not United).
  return isLatin(hit.word[hit.word.length - 1]) && isLatin(text[index + hit.word.length]) ? undefined : hit;
}

/** Whether a noun phrase holds a verb of sending before its last noun (驗收無訛送縣府: where it goes, not who acts). */
const sendsTo = (phrase: string, lists: ActorLists): boolean => lists.destinationVerbs.some((v) => phrase.includes(v));

/**
 * Whether the person noun's modifier (what stands before it) is short enough (see PERSON_MODIFIER).
 * An agentive suffix (人) that the segmenter reads as a word of its own makes a doer of the words
 * before it (管理|權|人, 拾得|人) and takes the longer modifier of a noun; inside a word (通知|病人,
 * 指派|專人) it does not. The segmenter is asked only where the two lengths differ.
 */
function modifierFits(head: string, hit: WordHit, lists: ActorLists, recipient: boolean): boolean {
  if (recipient) return hit.index <= RECIPIENT_MODIFIER;
  if (hit.index <= PERSON_MODIFIER || hit.index > LONG_PERSON_MODIFIER) return hit.index <= PERSON_MODIFIER;
  return hit.word.length >= 2 || (lists.agentiveSuffixes.includes(hit.word) && isWholeWords(head, hit.index, hit.index + hit.word.length));
}

/** A Chinese subject: a short run of characters ending in a unit or person noun (計畫主辦單位, 學校護理師). */
function chineseSubject(text: string, lists: ActorLists, recipient = false): string | undefined {
  const head = text.slice(0, HEAD);
  const excluded = findWords(head, lists.notUnits);
  const persons = findWords(head, lists.personSuffixes).filter((h) => modifierFits(head, h, lists, recipient));
  const hits = [...findWords(head, lists.suffixes), ...persons].sort((a, b) => a.index - b.index || b.word.length - a.word.length);
  for (const hit of hits) {
    if (hit.index > 6) break;
    if (hit.index === 0 && hit.word.length < 2) continue;
    const before = head.slice(0, hit.index);
    // Coordinated modifiers share the noun: 計費、收費人員.
    if (!/^(?:[\p{Script=Han}A-Za-z0-9]+、)*[\p{Script=Han}A-Za-z0-9]*$/u.test(before) || sendsTo(before, lists)) break;
    if (excluded.some((x) => x.index <= hit.index + hit.word.length - 1 && hit.index < x.index + x.word.length)) continue;
    return head.slice(0, hit.index + hit.word.length);
  }
  return undefined;
}

/** A short subject that no list names, known by what follows it (學生於…), unless it is a thing or a time (案件於…). */
function markedSubject(text: string, lists: ActorLists): string | undefined {
  const phrase = text.slice(0, BARE_SUBJECT);
  if (!/^\p{Script=Han}+$/u.test(phrase) || sendsTo(phrase, lists) || !at(text, lists.subjectMarkers, BARE_SUBJECT)) return undefined;
  return lists.thingNouns.some((n) => phrase.endsWith(n)) ? undefined : phrase;
}

/**
 * Whether what follows a doer phrase in its clause is its verb: not a particle or a coordinator
 * (申請者之資料, 申請者及…), nor a noun it modifies that ends the clause (身心障礙者鑑定表: a thing,
 * not a time: 前來認領時 is the phrase's verb in a clause of time), unless a modal leads it (申請者應檢附證件).
 */
function verbFollows(text: string, at0: number, lists: ActorLists): boolean {
  // A bracketed aside after the phrase is not what follows it (服務使用者(或其家屬)仍提出…).
  const rest = text.slice(at0).replace(BRACKET_ASIDE, '').replace(/[^\p{Script=Han}]+$/u, '');
  if (!/^\p{Script=Han}/u.test(rest) || at(rest, lists.notVerbStarts)) return false;
  if (at(rest, lists.modalLeads)) return true;
  const endsInThing = lists.thingNouns.some((n) => rest.endsWith(n)) && !lists.adverbialEnds.some((e) => rest.endsWith(e));
  return !endsInThing;
}

/** A bracketed aside (或其家屬) right at the start of a text. */
const BRACKET_ASIDE = /^[（(][^（）()]{1,12}[）)]/u;

/**
 * A phrase that names its doer by what they do, ending in a doer suffix (者) followed directly by
 * its verb (具受領權資格者前來認領時: the claimant comes). Before a comma, or at the clause's end, the
 * phrase is the topic of a condition (逾期未補正者，駁回其申請) and names no one who acts; so does a
 * phrase that says what the case is not (未准者駁回: those not approved are rejected), unless a
 * modal leads its verb (未滿十八歲者應檢附…).
 */
function doerPhrase(text: string, lists: ActorLists): string | undefined {
  const head = text.slice(0, DOER_PHRASE_REACH);
  const excluded = findWords(head, lists.notUnits);
  for (const hit of findWords(head, lists.doerPhraseEnds)) {
    const end = hit.index + hit.word.length;
    if (excluded.some((x) => x.index < end && hit.index < x.index + x.word.length)) continue;
    const phrase = text.slice(0, end);
    if (findWords(phrase, lists.negations).length > 0 && !at(text.slice(end), lists.modalLeads)) return undefined;
    return hit.index >= 2 && /^\p{Script=Han}+$/u.test(phrase) && !sendsTo(phrase, lists) && verbFollows(text, end, lists) ? phrase : undefined;
  }
  return undefined;
}

/**
 * A unit whose name opens with a word that opens no actor on its own (檔案管理單位即將…送交: not
 * 檔案上傳), read as the subject when three things hold: the opening word is a noun or ends in its
 * object, a thing (檔案, 建檔: it ends in unitsThingNouns, so it cannot take the unit as its
 * object as a verb would: 通知申請單位應…, 函請各單位於…), it is a word of its own, and a modal or
 * subject marker follows the unit (應, 即, 於: the subject's place in the clause).
 */
function nounModifiedUnit(text: string, opener: string, lists: ActorLists): string | undefined {
  if (opener.length < 2 || !lists.thingNouns.some((n) => opener.endsWith(n))) return undefined;
  const phrase = chineseSubject(text, lists);
  if (!phrase || phrase.length <= opener.length || !findWords(phrase, lists.suffixes).some((h) => h.index + h.word.length === phrase.length)) return undefined;
  const next = text.slice(phrase.length);
  // The segmenter last: it costs more than the rest together.
  return (at(next, lists.modalLeads) || at(next, lists.subjectMarkers)) && isWholeWords(text, 0, opener.length) ? phrase : undefined;
}

/** A capital Latin letter that opens a Chinese name (A個管, B單位). */
const LETTERED = /^[A-Z](?=\p{Script=Han})/u;

/** The unit or role a text starts with (after lead-ins), if any. */
function actorAtStart(start: string, units: readonly string[], lists: ActorLists, agent = false): string | undefined {
  let text = start.trim();
  let determined = false;
  // After a modal (應, 需) comes the verb: the subject stands before it, so what follows is a verb
  // phrase (需報請檢察官同意), unless a lead-in names the doer again (應由文書單位登錄, 須經主管核可).
  let predicate = false;
  for (let round = 0; round < 4; round++) {
    // A capital letter before a Chinese name is part of it (A個管: unit A's case manager; B單位).
    if (LETTERED.test(text)) {
      const inner = actorAtStart(text.slice(1), units, lists, agent);
      return inner !== undefined && text.startsWith(inner, 1) ? text[0] + inner : undefined;
    }
    const unit = units.find((u) => u.length > 0 && text.startsWith(u));
    if (unit) return unit;
    const named = at(text, lists.named);
    if (named) return named.word;
    const lead = at(text, lists.leadIns);
    const modal = lead ? undefined : at(text, lists.modalLeads);
    const skip = lead ?? (modal && isWholeWords(text, 0, modal.word.length) ? modal : undefined);
    if (!skip || skip.word.length >= text.length) break;
    predicate = skip === modal;
    determined ||= !predicate;
    text = text.slice(skip.word.length).trimStart();
  }
  if (predicate) return undefined;
  const opener = at(text, lists.notActors);
  if (opener) return nounModifiedUnit(text, opener.word, lists);
  if (isLatin(text[0]) || /^['"‘“]/.test(text)) return englishSubject(text, determined, agent, lists);
  return chineseSubject(text, lists) ?? markedSubject(text, lists) ?? doerPhrase(text, lists);
}

/** The actor named after a leading adverbial of time or condition (上班時間|病患…, 約等待45天|由…). */
function afterAdverbial(text: string, units: readonly string[], lists: ActorLists): string | undefined {
  for (const hit of findWords(text.slice(0, ADVERBIAL_REACH), lists.adverbialEnds)) {
    const rest = text.slice(hit.index + hit.word.length).replace(/^[\s，,、]+/, '');
    const actor = rest.length > 0 ? actorAtStart(rest, units, lists) : undefined;
    if (actor) return actor;
  }
  return undefined;
}

/** The actor after an agent marker anywhere in the clause (…並由申請人簽章; carried out by the Lead Investigator). */
function afterAgentMarker(text: string, units: readonly string[], lists: ActorLists): string | undefined {
  for (const hit of findWords(text, lists.agentMarkers)) {
    const end = hit.index + hit.word.length;
    // A Latin marker is a whole word (by, not nearby).
    if (isLatin(hit.word[0]) && (isLatin(text[hit.index - 1]) || isLatin(text[end]))) continue;
    const actor = actorAtStart(text.slice(end), units, lists, true);
    if (actor) return actor;
  }
  return undefined;
}

/** The subject of a second predicate after a coordinator, when it rules on the case (…及主管單位簽核). */
function afterJoiner(text: string, units: readonly string[], lists: ActorLists): string | undefined {
  for (const hit of findWords(text, lists.joiners)) {
    const end = hit.index + hit.word.length;
    if (hit.index === 0 || (isLatin(hit.word[0]) && (isLatin(text[hit.index - 1]) || isLatin(text[end])))) continue;
    const rest = text.slice(end).trimStart();
    const head = rest.slice(0, HEAD * 3);
    // Where the subject may end: after a unit or role noun (主管 or 主管單位), the longest first.
    const ends = [...findWords(head, lists.suffixes), ...findWords(head, lists.named)].map((h) => h.index + h.word.length).sort((a, b) => b - a);
    for (const e of ends) {
      const phrase = rest.slice(0, e);
      // The phrase is cut where the name ends; the ruling after it is its verb (as after an agent marker, nothing need follow).
      if (actorAtStart(phrase, units, lists, true) && at(rest.slice(e).trimStart(), lists.rulings)) return phrase.trim();
    }
  }
  return undefined;
}

/** A unit named in a bracket that closes the clause (製作收據(出納組)). */
function inClosingBracket(text: string, units: readonly string[], lists: ActorLists): string | undefined {
  const m = /[（(]([^（）()]{1,12})[）)]\s*$/u.exec(text);
  if (!m) return undefined;
  // The bracket is the doer only when it holds nothing else (送公所(公所派員驗收) is a second task).
  const inner = m[1]!.trim();
  // Like an agent marker, the bracket names the doer: no verb follows the name (Review the claim (HR Team)).
  return actorAtStart(inner, units, lists, true) === inner || chineseSubject(inner, lists) === inner ? inner : undefined;
}

/** A leading modal (應, 即) or basis phrase (依鑑定類別) before the clause's verb: where the verb starts. */
function verbStart(text: string, lists: ActorLists): number {
  let at0 = 0;
  for (let hit = at(text, lists.modalLeads, at0); hit; hit = at(text, lists.modalLeads, at0)) at0 += hit.word.length;
  const basis = at(text, lists.basisLeads, at0);
  if (!basis) return at0;
  // A basis phrase is short and holds no verb of its own: the hand-over verb follows within a few characters.
  const phraseEnd = findWords(text.slice(0, at0 + basis.word.length + HANDOVER_REACH), lists.handOverVerbs).find((h) => h.index > at0 + basis.word.length)?.index;
  return phraseEnd ?? at0;
}

/**
 * The one a case is handed to when a task of theirs follows (交還承辦初審人員審查, 應送監印人員用印後…):
 * a verb of handing over opens the clause, the recipient is an actor, and two or more characters
 * of its task follow that do not end in a thing (給予申請人補助款 hands over money). 送至, 送到 name a
 * place, and a clause with a task before the verb (驗收無訛送縣府複驗) has a doer of its own.
 */
function afterHandOver(text: string, units: readonly string[], lists: ActorLists): string | undefined {
  const start = verbStart(text, lists);
  const verb = at(text, lists.handOverVerbs, start);
  if (!verb) return undefined;
  const rest = text.slice(start + verb.word.length);
  if (at(rest, lists.destinationVerbs)) return undefined;
  const named = units.find((u) => u.length > 0 && rest.startsWith(u)) ?? at(rest, lists.named)?.word;
  const recipient = named ?? chineseSubject(rest, lists, true);
  if (!recipient) return undefined;
  const task = /^\p{Script=Han}+/u.exec(rest.slice(recipient.length))?.[0] ?? '';
  return task.length >= 2 && !lists.thingNouns.some((n) => task.endsWith(n)) ? recipient : undefined;
}

/** The marker of work that happens by itself (自動, 跳出; automatically), standing for the system that does it. */
function automaticIn(text: string, lists: ActorLists): string | undefined {
  const hit = findWords(text, lists.automatic).find((h) => !isLatin(h.word[0]) || (!isLatin(text[h.index - 1]) && !isLatin(text[h.index + h.word.length])));
  return hit?.word;
}

/**
 * The unit or role a clause names as its actor, if any (see the header). `handOver`: whether the
 * one a case is handed to may be the actor — not when an earlier clause of the sentence names
 * the thing handed over (文件,須送交總收文掛號: the step sends it, and who sends is the question).
 */
export function actorIn(clause: string, units: readonly string[], lists: ActorLists, handOver = true): string | undefined {
  const text = clause.trim().replace(/^(?:[(（]?[一二三四五六七八九十\d]+[)）.、．]\s*)/, '');
  return (
    actorAtStart(text, units, lists) ??
    afterAdverbial(text, units, lists) ??
    afterAgentMarker(text, units, lists) ??
    afterJoiner(text, units, lists) ??
    inClosingBracket(text, units, lists) ??
    beforeRelative(text, lists) ??
    (handOver ? afterHandOver(text, units, lists) : undefined) ??
    automaticIn(text, lists)
  );
}

/** Whether a clause only sets the time or condition of what follows (案件登記完畢後, 如有書狀需用印者). */
function isAdverbialClause(clause: string, lists: ActorLists): boolean {
  const text = clause.trim();
  return at(text, lists.conditionOpeners) !== undefined || [...lists.adverbialEnds, ...lists.conditionEnds].some((end) => text.endsWith(end));
}

/** The actor the clauses of one sentence name: the first clause's that names one (a verb of handing over counts until a clause names something else). */
export function actorInClauses(clauses: readonly string[], units: readonly string[], lists: ActorLists): string | undefined {
  let handOver = true;
  let conditionActor: string | undefined;
  for (const clause of clauses) {
    const actor = actorIn(clause, units, lists, handOver);
    if (actor) return actor;
    // A pronoun subject (he, they) after a condition clause that names a role: that role acts
    // ("Where the clerk receives a complaint about his own actions, he shall refer it…").
    if (conditionActor && at(clause.trim(), lists.pronouns) !== undefined) return conditionActor;
    const opener = at(clause.trim(), lists.subordinators);
    if (opener) conditionActor ??= actorIn(clause.trim().slice(opener.word.length), units, lists, false);
    handOver &&= isAdverbialClause(clause, lists);
  }
  return undefined;
}

/** A unit's name without its unit noun (事務組長 → 事務): how a chart writes it short (事務採購…). */
const UNIT_TAIL = /(?:組|處|室|科|課|股)長?$/u;

/**
 * The short names of the units an SOP's labels name as actors (事務組長 → 事務, beside 主計 and
 * 出納): a label that starts with one names that unit. Not a stem that is a qualifier of 單位
 * (申請, 承辦: verbs as often as names), nor one of fewer than two characters.
 */
export function unitStems(actors: readonly string[], qualifiers: readonly string[]): string[] {
  const stems = actors.filter((a) => UNIT_TAIL.test(a)).map((a) => a.replace(UNIT_TAIL, ''));
  return [...new Set(stems)].filter((s) => /^\p{Script=Han}{2,}$/u.test(s) && !qualifiers.includes(s));
}

function actorListsOf(words: WordLists): ActorLists {
  return {
    leadIns: words.unitsLeadIns,
    named: [...words.unitsRoles, ...words.unitsOutsideBodies],
    suffixes: words.unitsSuffixes,
    personSuffixes: words.unitsPersonSuffixes,
    agentiveSuffixes: words.unitsAgentiveSuffixes,
    doerPhraseEnds: words.unitsDoerPhraseEnds,
    notVerbStarts: words.unitsNotVerbStarts,
    notUnits: words.unitsNotUnits,
    notActors: words.unitsNotActorStarts,
    adverbialEnds: words.unitsAdverbialEnds,
    agentMarkers: words.unitsAgentMarkers,
    subjectVerbs: words.unitsSubjectVerbs,
    subjectMarkers: words.unitsSubjectMarkers,
    thingNouns: words.unitsThingNouns,
    destinationVerbs: words.unitsDestinationVerbs,
    handOverVerbs: words.unitsHandOverVerbs,
    automatic: words.unitsAutomaticMarkers,
    joiners: words.unitsClauseJoiners,
    rulings: [...words.decisionApprovalVerbs, ...words.decisionReviewVerbs],
    modalLeads: words.unitsModalLeads,
    basisLeads: words.grammarBasisBefore,
    conditionOpeners: words.decisionConditionClauses,
    conditionEnds: words.grammarConditionAfter,
    pronouns: words.unitsPronouns,
    subordinators: words.unitsSubordinators,
    negations: words.grammarNegations,
    relatives: words.unitsRelativePronouns,
  };
}

/** The lists of actorIn, gathered once per config. */
export const actorLists = listsAnalysis('actor lists', ({ words }): ActorLists => actorListsOf(words));
