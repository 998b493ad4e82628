// Names that the passes could not relate to a listed form, related after the whole SOP is read,
// so that one document named two ways is one finding (one defect, one finding):
// - an alias: an unlisted name whose every qualifying word another name of one listed form also
//   has, ending with the same noun (作業計畫表, 列管計畫項目表 in the guidance, when the chart names
//   作業計畫管制表 / 計畫類列管項目表): a shorter or reordered name of that document, no finding of
//   its own (the other name's finding speaks for both);
// - a pair: an unlisted document and a listed form that nothing names, ending with the same noun
//   and sharing a qualifying word, each the other's only such match (辦理情形追蹤表 /
//   …後續（逾期）追蹤表, leave application form / Leave Request Form): most likely one form under
//   two names, which form-name asks about once instead of form-unlisted + form-unused;
// - a back-reference: the tail of a form's name (登記處理表) after a step that names it in full, or
//   a label naming the act without its noun (文件制訂/修訂/廢止申請) beside a step that names its
//   form in full: the full name is right there.

import { sameNoun, sharedWords, type NameReader, type NameWords } from './name-words.js';
import { groupUnlisted, reportedMention } from './unlisted-groups.js';
import type { FormMention, ListedForm } from './types.js';

/** Relations of a name written out in full (the listed name, perhaps spelt otherwise). */
const FULL = new Set(['exact', 'prefix', 'format']);

/** Words of a mention's name (read once per SOP: FormContext.nameWords). */
type WordsOf = (m: FormMention) => NameWords | undefined;

const unlistedNames = (mentions: readonly FormMention[]): FormMention[] => mentions.filter((m) => m.relation === 'unlisted' && !m.entry && m.template === undefined);

/** Unlisted names whose words all stand in another name of exactly one listed form, with the same noun. */
function resolveAliases(mentions: readonly FormMention[], wordsOf: WordsOf): void {
  const unlisted = unlistedNames(mentions);
  if (unlisted.length === 0) return;
  const named = mentions.filter((m) => m.relation !== 'unlisted' && m.relation !== 'typo' && m.forms.length === 1);
  for (const m of unlisted) {
    const a = wordsOf(m);
    if (!a || a.words.length === 0) continue;
    const forms = new Set<number>();
    for (const other of named) {
      const b = wordsOf(other);
      if (b && sameNoun(a, b) && a.words.every((w) => b.words.includes(w))) forms.add(other.forms[0]!);
    }
    if (forms.size !== 1) continue;
    m.relation = 'alias';
    m.forms = [...forms];
  }
}

/** Whether an unlisted name and a listed form read as one document: same noun, a qualifying word in common. */
function alike(a: NameWords | undefined, b: NameWords | undefined): boolean {
  return a !== undefined && b !== undefined && a.noun === b.noun && sharedWords(a, b).length > 0;
}

/** Pairs each unlisted document with the one unnamed listed form it reads as, when each is the other's only match. */
function pairUnnamed(mentions: readonly FormMention[], forms: readonly ListedForm[], wordsOf: WordsOf, nameWords: NameReader): void {
  const unlisted = unlistedNames(mentions);
  if (unlisted.length === 0) return;
  const named = new Set(mentions.filter((m) => m.relation !== 'unlisted').flatMap((m) => m.forms));
  const unnamed = forms.filter((f) => !named.has(f.index)).map((f) => ({ form: f, words: nameWords(f.bare) }));
  if (unnamed.length === 0) return;
  const groups = groupUnlisted(unlisted).map((group) => ({ group, best: reportedMention(group) }));
  const matches = groups.map(({ best }) => unnamed.filter((u) => alike(wordsOf(best), u.words)));
  groups.forEach(({ group, best }, i) => {
    const match = matches[i]!;
    if (match.length !== 1) return;
    const form = match[0]!.form;
    if (matches.filter((other) => other.some((u) => u.form === form)).length !== 1) return;
    for (const m of group) {
      m.relation = m === best ? 'paired' : 'alias';
      m.forms = [form.index];
    }
  });
}

/**
 * In a step, the tail of a form's name (登記處理表 for 首長會見民眾登記處理表) after a step that names
 * it in full, or the act without its noun (文件制訂/修訂/廢止申請) beside a step that names its form
 * in full.
 */
function resolveBackReferences(mentions: readonly FormMention[], forms: readonly ListedForm[], wordsOf: WordsOf): void {
  mentions.forEach((m, i) => {
    if (m.stepId === undefined || m.entry || m.forms.length !== 1) return;
    const form = m.forms[0]!;
    const inFull = (o: FormMention): boolean => o !== m && o.stepId !== undefined && o.stepId !== m.stepId && FULL.has(o.relation) && o.forms.includes(form);
    // The tail of the name, the full name in an earlier step (mentions are in step order); a short
    // name with another noun (申請單 for …申請表) is another name, not a reference back.
    const tail = forms[form]!.variants.some((v) => v.endsWith(m.key ?? m.raw));
    const shortAfterFull = m.relation === 'short' && tail && mentions.slice(0, i).some(inFull);
    // The act (文件制訂/修訂/廢止申請): a near miss ending in no form noun, beside the form named in full.
    const act = m.relation === 'near' && mentions.some(inFull) && wordsOf(m)?.formNoun === false;
    if (shortAfterFull || act) m.relation = 'alias';
  });
}

/** Relates the names no pass could: aliases, then pairs, then back-references. */
export function relateNames(mentions: readonly FormMention[], forms: readonly ListedForm[], nameWords: NameReader): void {
  const wordsOf: WordsOf = (m) => nameWords(m.key ?? m.raw);
  resolveAliases(mentions, wordsOf);
  pairUnnamed(mentions, forms, wordsOf, nameWords);
  resolveBackReferences(mentions, forms, wordsOf);
}
