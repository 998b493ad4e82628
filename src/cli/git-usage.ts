// Git failures as the CLI reports them: a usage error (exit 2) with a localized message.

import { localize, type Lang } from '../i18n/lang.js';
import { GitError } from '../git/git.js';
import { DIFF_CLI_MESSAGES } from './diff-messages.js';
import { UsageError } from './usage.js';

/** Turns a GitError into a UsageError; `option` names what needed Git (e.g. `--base`). Other errors pass through. */
export function gitUsageError(error: unknown, lang: Lang, option: string): unknown {
  if (!(error instanceof GitError)) return error;
  switch (error.code) {
    case 'not-a-repository':
      return new UsageError(localize(DIFF_CLI_MESSAGES.notARepository, lang, { cwd: error.detail.cwd ?? '.', option }));
    case 'unknown-ref':
      return new UsageError(localize(DIFF_CLI_MESSAGES.unknownRef, lang, { ref: error.detail.ref ?? '' }));
    case 'git-not-found':
      return new UsageError(localize(DIFF_CLI_MESSAGES.gitNotFound, lang));
    default:
      return new UsageError(localize(DIFF_CLI_MESSAGES.gitFailed, lang, { detail: error.message }));
  }
}
