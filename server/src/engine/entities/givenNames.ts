// Given names, as evidence that a capitalised word begins a person's name: Moby Word II's first-name lists
// (lexicons/givenNames.json, built by scripts/knowledge/givenNames.ts; PDDL 1.0 / CC0 1.0).

import givenNameLexicon from '../lexicons/givenNames.json';

const GIVEN_NAMES: ReadonlySet<string> = new Set(givenNameLexicon.names);

/** Whether `word`, written as in running text ("Andrey", not "ANDREY" or "andrey"), is a known given name. */
export function isGivenName(word: string): boolean {
  return GIVEN_NAMES.has(word);
}
