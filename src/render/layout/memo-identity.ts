// Objects told apart by identity in a memo's key (styles, fonts, titles, phrase sets): a number
// each, given on first sight, the same for the process's life (the objects are held weakly).

const identities = new WeakMap<object, number>();
let identitiesGiven = 0;

/** The number of `value` in memo keys; 0 for none. */
export function identity(value: object | undefined): number {
  if (!value) return 0;
  let id = identities.get(value);
  if (id === undefined) identities.set(value, (id = ++identitiesGiven));
  return id;
}
