// The names of `sop lint --format`, apart from the formatters themselves (index.ts): the CLI's
// options list them without loading every formatter.

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github', 'gitlab'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];
