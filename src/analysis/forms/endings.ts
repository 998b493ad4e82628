// How two form names end: a near miss must end like the name it misses (清查表/清查表,
// 通知單/通知書), or it is another document (申請計畫書/申請計畫總表). Form nouns of one class
// (data: formsNounClasses, 表|單|書) end a name alike.

/** Each member of a noun class → the class's members, its name first. */
export type NounClasses = ReadonlyMap<string, readonly string[]>;

/** Noun classes from `formsNounClasses` entries ("表|單|書"): single characters, the first the class's name. */
export function nounClassesOf(entries: readonly string[]): NounClasses {
  const classes = new Map<string, readonly string[]>();
  for (const entry of entries) {
    const members = entry.split('|').map((m) => m.trim()).filter((m) => m.length === 1);
    if (members.length < 2) continue;
    for (const m of members) if (!classes.has(m)) classes.set(m, members);
  }
  return classes;
}

/** The name with its last character replaced by its noun class's name (申請單 → 申請表). */
export function nounClass(name: string, classes: NounClasses): string {
  const last = name[name.length - 1];
  const members = last === undefined ? undefined : classes.get(last);
  return members && members[0] !== last ? `${name.slice(0, -1)}${members[0]}` : name;
}

export const stripBrackets = (s: string): string => s.replace(/[()[\]【】]/g, '');

export function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * How many ending characters two names share, allowing brackets, a noun of the same class and
 * one extra character at the end of either (通知單/通知單表).
 */
export function endAgreement(a: string, b: string, classes: NounClasses): number {
  let best = 0;
  for (const [x, y] of [
    [a, b],
    [stripBrackets(a), stripBrackets(b)],
    [nounClass(stripBrackets(a), classes), nounClass(stripBrackets(b), classes)],
  ] as const) {
    best = Math.max(best, commonSuffix(x, y), commonSuffix(x, y.slice(0, -1)), commonSuffix(x.slice(0, -1), y));
  }
  return best;
}

/** Two-character sequences that a near miss of `variant` must contain (see endAgreement). */
export function tailProbes(variant: string, classes: NounClasses): string[] {
  const probes = new Set<string>();
  for (const w of [variant, stripBrackets(variant)]) {
    if (w.length < 3) continue;
    probes.add(w.slice(-2));
    probes.add(w.slice(-3, -1));
    const members = classes.get(w[w.length - 1]!);
    if (members) for (const c of members) probes.add(w.slice(-2, -1) + c);
  }
  return [...probes];
}
