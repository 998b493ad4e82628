// The rule registry: adding a rule is one file under src/rules/ and one line here.

import type { Rule } from '../engine/types.js';
import { deadEnd } from './dead-end.js';
import { terminals } from './terminals.js';
import { uniqueId } from './unique-id.js';
import { unknownStep } from './unknown-step.js';
import { unreachable } from './unreachable.js';

export const RULES: readonly Rule[] = [
  uniqueId,
  unknownStep,
  unreachable,
  deadEnd,
  terminals,
];
