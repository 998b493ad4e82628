// Versions of an SOP for the compare tests: the account request of the Git tests (old), and its
// review round (new): a step added (archive), a step removed (form), an owner changed (setup), a
// branch removed (approve 修正 → apply).

import type { Edge, Sop, Step } from '../../../src/model/types.js';
import { ACCOUNT_SOP, editedAccountSop } from '../../git/temp-repo.js';

export const OLD_SOP = ACCOUNT_SOP;

const FORM_STEP = `  - id: form
    kind: document
    text: 資訊系統帳號申請單
    owner: 申請單位
    time: 10m
    forms: [資訊系統帳號申請單]
`;

export function editedSop(text = ACCOUNT_SOP): string {
  const edited = editedAccountSop(text);
  if (!edited.includes(FORM_STEP)) throw new Error('the form step is not in the SOP');
  return edited.replace(FORM_STEP, '');
}

export const NEW_SOP = editedSop();

function rebuilt(sop: Sop, steps: Step[]): Sop {
  const indexed = steps.map((s, index) => ({ ...s, index }));
  return { ...sop, steps: indexed, stepById: new Map(indexed.map((s) => [s.id, s])) };
}

function edge(from: string, to: string): Edge {
  return { from, to, via: 'next' };
}

/**
 * An "old version" of any SOP, made on the model: a step inserted after the first step with a
 * single successor (so the SOP removed it), the first process step's owner changed, and the
 * last process step with a single predecessor and successor left out (so the SOP added it).
 */
export function olderVersion(sop: Sop): Sop {
  const steps = sop.steps.map((s) => ({ ...s, successors: s.successors.map(({ toIndex: _, ...e }) => e) }));
  const single = (s: Step) => s.successors.length === 1 && s.kind !== 'decision';
  const predecessors = (id: string) => steps.filter((s) => s.successors.some((e) => e.to === id));
  const added = [...steps].reverse().find((s) => s.kind === 'process' && single(s) && predecessors(s.id).length === 1 && predecessors(s.id)[0]!.successors.length === 1 && s.successors[0]!.to !== s.id);
  let old = steps;
  if (added) {
    const next = added.successors[0]!.to;
    old = steps.filter((s) => s !== added).map((s) => (s.successors.some((e) => e.to === added.id) ? { ...s, successors: s.successors.map((e) => (e.to === added.id ? { ...e, to: next } : e)) } : s));
  }
  const changed = old.find((s) => s.kind === 'process');
  if (changed) old = old.map((s) => (s === changed ? { ...s, owner: `${s.owner ?? ''}舊單位` } : s));
  const at = old.findIndex((s) => single(s) && s.successors[0]!.to !== s.id);
  if (at >= 0) {
    const before = old[at]!;
    const id = `${before.id}-old`;
    const inserted: Step = { id, index: 0, kind: 'process', kindExplicit: false, text: '已刪除的步驟：舊版本在此另有一道手續', owner: '舊單位', support: [], forms: [], notes: [], controls: [], controlPaths: [], successors: [edge(id, before.successors[0]!.to)] };
    old = [...old.slice(0, at), { ...before, successors: [edge(before.id, inserted.id)] }, inserted, ...old.slice(at + 1)];
  }
  return rebuilt(sop, old);
}
