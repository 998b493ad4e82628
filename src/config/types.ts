// The repository config (`sop.config.yaml`) after loading and defaults.

import type { Lang } from '../i18n/lang.js';
import type { SeveritySetting } from '../engine/types.js';
import type { WordListAdditions } from '../words/list-names.js';

export interface RuleSetting {
  severity: SeveritySetting;
  options?: Record<string, unknown>;
}

export interface KpiEntry {
  id: string;
  name: string;
  goal?: string;
}

export interface ResolvedConfig {
  /** Absolute path of the config file, if one was found. */
  file?: string;
  /** Folder the config applies to (its own folder, or the working directory without one). */
  root: string;
  rules: Record<string, RuleSetting>;
  units: string[];
  kpis: KpiEntry[];
  /** Synonym groups, the first word preferred. */
  terms: string[][];
  hoursPerDay: number;
  lang?: Lang;
  include: string[];
  exclude: string[];
  /** Extra words per word list (e.g. `decisionReviewVerbs`), added to the built-in lists. */
  words: WordListAdditions;
}
