// SOPs that the three form rules read alike (form-name, form-unlisted, form-unused), shared so that
// each rule's test states its own side of one case.

import { sopChain } from './rule-tester.js';

/**
 * English: "leave application form" in a label and "Leave Request Form" in the list, which nothing
 * else names: one form under two names (form-name `sameForm`; no form-unlisted, no form-unused).
 */
export const ENGLISH_PAIR = sopChain(
  `  - {id: a, text: Employee fills in the leave application form}
  - {id: b, text: Clerk checks the Travel Claim Form}`,
  { forms: '[Leave Request Form, Travel Claim Form]', lang: 'en' },
);
