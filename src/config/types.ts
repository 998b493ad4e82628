// The repository config (`sop.config.yaml`) after loading and defaults.

import type { Lang } from '../i18n/lang.js';
import type { KpiEntry, RuleSettings, SeveritySetting } from '../engine/types.js';
import type { WordListAdditions } from '../words/list-names.js';

export interface RuleSetting {
  severity: SeveritySetting;
  options?: Record<string, unknown>;
}

export type { KpiEntry };

/** The config: what rules read (RuleSettings) and what the engine and the CLI read. */
export interface ResolvedConfig extends RuleSettings {
  /** Absolute path of the config file, if one was found. */
  file?: string;
  /** Folder the config applies to (its own folder, or the working directory without one). */
  root: string;
  rules: Record<string, RuleSetting>;
  lang?: Lang;
  include: string[];
  exclude: string[];
  /** Extra words per word list (e.g. `decisionReviewVerbs`), added to the built-in lists. */
  words: WordListAdditions;
  /** Whether the built-in synonyms of roles and things (`termSynonyms`) are used (term-consistency). */
  synonyms: boolean;
}
