// The output formats of `sop lint --format`.

import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';
import type { FormatName } from './names.js';

export { FORMAT_NAMES } from './names.js';

export const FORMATTERS: Record<string, Formatter> & Record<FormatName, Formatter> = { stylish, json, sarif, github, gitlab };
