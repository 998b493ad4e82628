// The rule registry: adding a rule is one file under src/rules/ and one line here.

import type { Rule } from '../engine/types.js';
import { approvalOutcomes } from './approval-outcomes.js';
import { decisionBranches } from './decision-branches.js';
import { decisionShape } from './decision-shape.js';
import { documentShape } from './document-shape.js';
import { subprocess } from './subprocess.js';
import { deadEnd } from './dead-end.js';
import { terminals } from './terminals.js';
import { uniqueId } from './unique-id.js';
import { unknownStep } from './unknown-step.js';
import { unreachable } from './unreachable.js';
import { vagueWording } from './vague-wording.js';
import { termConsistency } from './term-consistency.js';
import { legalBasis } from './legal-basis.js';
import { recurrenceLoop } from './recurrence-loop.js';
import { deadline } from './deadline.js';
import { kpiLink } from './kpi-link.js';
import { noSecrets } from './no-secrets.js';
import { insecureUrl } from './insecure-url.js';
import { bidiControl } from './bidi-control.js';
import { formUnlisted } from './form-unlisted.js';
import { formUnused } from './form-unused.js';
import { formName } from './form-name.js';
import { formFile } from './form-file.js';
import { noteRefs } from './note-refs.js';
import { standardTime } from './standard-time.js';
import { owner } from './owner.js';
import { unitName } from './unit-name.js';
import { contact } from './contact.js';

export const RULES: readonly Rule[] = [
  uniqueId,
  unknownStep,
  unreachable,
  deadEnd,
  terminals,
  decisionShape,
  decisionBranches,
  approvalOutcomes,
  documentShape,
  subprocess,
  vagueWording,
  termConsistency,
  legalBasis,
  recurrenceLoop,
  deadline,
  kpiLink,
  noSecrets,
  insecureUrl,
  bidiControl,
  formUnlisted,
  formUnused,
  formName,
  formFile,
  noteRefs,
  standardTime,
  owner,
  unitName,
  contact,
];
