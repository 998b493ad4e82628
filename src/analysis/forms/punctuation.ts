// Punctuation that sets a form's name off from the words around it (CJK and ASCII alike).

/** Characters that end a name when read backwards from its noun, or forwards after it. */
export const DELIMITERS: ReadonlySet<string> = new Set([...'，,。；;：:、！!？?「」『』“”"\'→—\n\t．.□■']);
/** A near miss never spans one of these. */
export const HARD_DELIMITERS = /[，,。；;：:!！?？\n]/;
/** Left out at the end of a field when deciding whether a name ends it. */
export const TRAILING_CHARS: ReadonlySet<string> = new Set([...' \t\n\u3000。．.！!']);
export const QUOTE_OPENINGS = '「『“';
export const QUOTE_CLOSINGS = '」』”';
