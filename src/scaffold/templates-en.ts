// What `sop init --lang en` and `sop new --lang en` write: the repository config, an example SOP
// that lints clean with it, and the skeleton of a new SOP, in English only (templates.ts has the
// bilingual ones, 繁體中文 first).

import { SCHEMA_DIR, type NewSopTexts } from './template-parts.js';

export const CONFIG_TEMPLATE_EN = `# yaml-language-server: $schema=${SCHEMA_DIR}/sop-config.schema.json
# Repository config of the SOP repository: at its root; read by sop lint, render and report.

# Rule severities: rule id → error / warn / info / off, or [severity, options]; unlisted rules keep their default.
rules: {}
#  standard-time: error
#  kpi-link: off

# Known unit names: an SOP's unit and each step's owner should be one of them; near misses get "did you mean".
units:
  - IT Section
  - Applicant
  - Unit head

# The KPI registry: strategic goals (goal) and indicators (id, name); SOPs name them under kpis, and sop report builds its table from them.
kpis:
  - id: K1
    name: IT service requests completed on time
    goal: Efficient administration
  - id: K2
    name: Information security incidents
    goal: Stronger information security

# Synonym groups, the first word preferred: lint flags an SOP that mixes them, and sop lint --fix writes the preferred word.
terms:
  - [applicant, requester]

# Working hours per day (the d of standard times); default 8.
hoursPerDay: 8

# Language of messages and rendered labels: zh-TW or en.
lang: en

# The files to check when no path is given (globs, relative to this file's folder).
include: ["sops/**/*.sop.yaml", "sops/**/*.sop.yml"]

# Globs left out of discovery, e.g. drafts.
exclude: ["**/drafts/**"]
`;

export const EXAMPLE_SOP_TEMPLATE_EN = `# yaml-language-server: $schema=../${SCHEMA_DIR}/sop.schema.json
# An example SOP: edit it, or start another with npx sop new <id>.
sop: 1
id: example                                   # unique id in the repository
title: IT system account request              # the SOP's name
unit: IT Section                              # the owning unit
code: IT-01                                   # number in the unit's list
established: 2025-01                          # established
contact: IT Section, ext. 1234                # whom to ask, and how
deadline: 3d                                  # deadline of one case
kpis: [K1]                                    # KPIs served (kpis in sop.config.yaml)
steps:                                        # the flowchart
  - id: apply
    kind: start                               # start, end, process, decision, document, subprocess, data
    text: The applicant asks for an account
    owner: Applicant                          # who does it
    time: 30m                                 # standard time: 30m, 2h, 1.5d, 1-3d
    forms: [Account Request Form]
  - id: approve
    kind: decision
    text: Does the unit head approve the request?
    owner: Unit head
    time: 1h
    branches: {Approved: setup, Rejected: notify-rejected}   # branch label → step
  - id: setup
    text: Set up the account and its access rights
    owner: IT Section
    time: 1d
    next: notify
  - id: notify-rejected
    text: Tell the applicant by email why the request was rejected
    owner: IT Section
    time: 10m
    next: done
  - id: notify
    text: Tell the applicant by email that the account is ready
    owner: IT Section
    time: 10m
  - id: done
    kind: end
    text: Request closed
legal:                                        # the legal basis
  - Cyber Security Management Act
guidance:                                     # guidance
  - The unit head signs the Account Request Form.
forms:                                        # forms ([] prints "none")
  - Account Request Form
`;

export const NEW_SOP_TEXTS_EN: NewSopTexts = {
  title: "(the SOP's name)",
  unit: '(the owning unit)',
  notes: {
    title: "the SOP's name",
    unit: 'the owning unit',
    code: "number in the unit's list",
    established: 'established (YYYY-MM or YYYY-MM-DD)',
    contact: 'whom to ask, and how',
    deadline: 'deadline of one case',
    kpis: 'KPI ids served (see kpis in sop.config.yaml)',
    steps: 'the flowchart',
    owner: 'who does it',
    time: 'standard time',
    legal: 'legal basis: the laws and rules followed',
    guidance: 'guidance',
    forms: 'forms ([] prints "none")',
  },
  examples: { code: 'PR-01', contact: 'Case officer, ext. 1234', owner: 'Handling unit' },
  steps: { receive: 'Receive the request', handle: 'The case officer handles the case', done: 'Case closed' },
};
