// Folding text for comparison without moving anything: one UTF-16 unit in, one out, so that a
// span found in the folded text is the same span of the text as written.

/** Spellings read as one, `[written, read]`, both of the same length (記錄 → 紀錄: data, formsFoldSpellings). */
export type Spellings = ReadonlyArray<readonly [string, string]>;

const FOLDABLE = /[（﹙）﹚\uFF01-\uFF5EA-Z]/g;

function foldChar(c: string): string {
  if (c === '（' || c === '﹙') return '(';
  if (c === '）' || c === '﹚') return ')';
  const code = c.charCodeAt(0);
  if (code >= 0xff01) return String.fromCharCode(code - 0xfee0);
  return c.toLowerCase();
}

/** Same length as the input: brackets of every width → ( ), full-width ASCII → ASCII, A–Z → a–z, then the spellings. */
export function fold(text: string, spellings: Spellings): string {
  let out = text.replace(FOLDABLE, foldChar);
  for (const [written, read] of spellings) if (out.includes(written)) out = out.split(written).join(read);
  return out;
}

export const isLatin = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
export const isHan = (c: string | undefined): boolean => c !== undefined && /\p{Script=Han}/u.test(c);
