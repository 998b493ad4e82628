// Whether to colour what a command prints, as ESLint and chalk decide it: `--color` /
// `--no-color` on the command line win; then FORCE_COLOR (chalk's reading: '' or 'true' or a
// level 1–3 forces colour, '0' or 'false' turns it off); then NO_COLOR (any non-empty value turns
// it off, as no-color.org asks); then colour only on a terminal that is not TERM=dumb, and never
// into a file unless forced.

export type Env = Record<string, string | undefined>;

export interface ColorChoice {
  /** --color (true), --no-color (false), or neither (undefined). */
  flag?: boolean;
  /** The output is standard output on a terminal (not a file, not a pipe). */
  terminal: boolean;
  env: Env;
}

/** FORCE_COLOR as chalk reads it: true = forced on, false = forced off, undefined = not set. */
function forceColor(env: Env): boolean | undefined {
  const value = env.FORCE_COLOR;
  if (value === undefined) return undefined;
  if (value === '' || value === 'true') return true;
  if (value === 'false') return false;
  const level = Number.parseInt(value, 10);
  return Number.isNaN(level) ? undefined : level > 0;
}

export function useColor(choice: ColorChoice): boolean {
  if (choice.flag !== undefined) return choice.flag;
  const forced = forceColor(choice.env);
  if (forced !== undefined) return forced;
  if (choice.env.NO_COLOR) return false;
  return choice.terminal && choice.env.TERM !== 'dumb';
}
