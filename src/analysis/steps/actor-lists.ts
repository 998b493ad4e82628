// The word lists the actor reading uses (actors.ts, english-actors.ts), gathered once per config.

export interface ActorLists {
  leadIns: readonly string[];
  named: readonly string[];
  suffixes: readonly string[];
  personSuffixes: readonly string[];
  agentiveSuffixes: readonly string[];
  doerPhraseEnds: readonly string[];
  notVerbStarts: readonly string[];
  notUnits: readonly string[];
  notActors: readonly string[];
  adverbialEnds: readonly string[];
  agentMarkers: readonly string[];
  subjectVerbs: readonly string[];
  subjectMarkers: readonly string[];
  thingNouns: readonly string[];
  destinationVerbs: readonly string[];
  handOverVerbs: readonly string[];
  automatic: readonly string[];
  joiners: readonly string[];
  rulings: readonly string[];
  modalLeads: readonly string[];
  basisLeads: readonly string[];
  conditionOpeners: readonly string[];
  conditionEnds: readonly string[];
  /** Personal pronouns that stand for a role named before them (he, she, they). */
  pronouns: readonly string[];
  /** Words that open a clause of time or condition (Where, When, If): a role named in it may be taken up by a pronoun. */
  subordinators: readonly string[];
  /** Negations (未, 不): a doer phrase holding one names the case it is not (未准者), not a doer. */
  negations: readonly string[];
  /** Relative pronouns (who): the role before one and a modal does the modal's verb. */
  relatives: readonly string[];
}
