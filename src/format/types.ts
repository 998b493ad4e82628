// What every output format receives.

import type { Lang } from '../i18n/lang.js';
import type { FileResult, RuleMeta } from '../engine/types.js';

export interface FormatContext {
  cwd: string;
  /**
   * The repository root (Git's working tree, else the config's folder, else cwd): the base of the
   * paths a CI host resolves (sarif, github, gitlab). Stylish shows paths relative to cwd.
   */
  root?: string;
  lang: Lang;
  /** Every known rule, for SARIF's rule table and help texts. */
  rules: RuleMeta[];
  /** Colour output (stylish only). */
  color: boolean;
  /** The tool's version. */
  version: string;
}

export type Formatter = (results: FileResult[], context: FormatContext) => string;
