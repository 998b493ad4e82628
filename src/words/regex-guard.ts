// Guard for the `/…/` entries of word lists in sop.config.yaml. JavaScript's backtracking engine
// takes exponential time on patterns such as `/(a+)+$/` (issue 12: past 90 s on one line), and a
// config is written by people, not attackers, but runs over every SOP in CI. Rather than a second
// regex engine or a timeout around every match, the config is checked when it loads: an entry
// that does not compile, that repeats a group which itself repeats or alternates (nested
// quantifiers: `(a+)+`, `(a|aa)*`, `(\w+\s?)*`), or that uses a backreference is a config error
// naming the entry. What remains runs in time linear in the line for each start position.

/** Why a `/…/` word is refused, or undefined when it is safe to run. */
export type UnsafeRegex = 'invalid' | 'nested' | 'backreference';

interface Group {
  /** The group holds a quantifier or an alternation. */
  risky: boolean;
}

/** An unbounded or repeating quantifier starts at `i`: *, +, {n,}, {n,m} with m > 1. */
function repeats(source: string, i: number): boolean {
  const c = source[i];
  if (c === '*' || c === '+') return true;
  if (c !== '{') return false;
  const m = /^\{(\d+)(,(\d*))?\}/u.exec(source.slice(i));
  return m !== null && m[2] !== undefined && (m[3] === '' || Number(m[3]) > 1);
}

/** Checks the body of a `/…/` word (without its slashes). */
export function unsafeRegex(source: string): UnsafeRegex | undefined {
  try {
    new RegExp(source, 'u');
  } catch {
    return 'invalid';
  }
  const stack: Group[] = [{ risky: false }];
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      if (/[1-9k]/u.test(source[i + 1] ?? '')) return 'backreference';
      i++;
      continue;
    }
    if (c === '[') {
      // Skip the character class (a `]` right after `[` or `[^` is literal only outside u mode).
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      continue;
    }
    if (c === '(') stack.push({ risky: false });
    else if (c === '|') stack[stack.length - 1]!.risky = true;
    else if (c === ')') {
      const group = stack.pop()!;
      if (group.risky && repeats(source, i + 1)) return 'nested';
      if (group.risky) stack[stack.length - 1]!.risky = true;
    } else if (repeats(source, i)) stack[stack.length - 1]!.risky = true;
  }
  return undefined;
}
