// Typed access to the noise lexicon (lexicons/noise.json): phrase sets and compiled patterns per language, built
// once per language. Phrases are matched against `phraseKey` of a line (lower case, edge punctuation trimmed).

import { lexiconFor, perLanguage } from '../../lexicon';
import noiseLexiconFile from '../../lexicons/noise.json';
import { phraseKey } from './layout';

export type NoiseLexicon = (typeof noiseLexiconFile)['en'];
type ListName = { [Name in keyof NoiseLexicon]: NoiseLexicon[Name] extends string[] ? Name : never }[keyof NoiseLexicon];

function listFor(language: string, name: ListName): readonly string[] {
  const entry = lexiconFor<Partial<NoiseLexicon>>(noiseLexiconFile, language);
  // A language that lacks a list borrows English's, so a partial translation never disables a rule.
  return entry[name] ?? noiseLexiconFile.en[name];
}

/** A memoized Set of the list's phrases, normalized with `phraseKey`. */
export function phraseSet(name: ListName): (language: string) => ReadonlySet<string> {
  return perLanguage(language => new Set(listFor(language, name).map(phraseKey)));
}

/** The list's regular expressions, compiled case-insensitive with Unicode semantics. */
export function patternList(name: ListName): (language: string) => readonly RegExp[] {
  return perLanguage(language => listFor(language, name).map(pattern => new RegExp(pattern, 'iu')));
}

/** A memoized matcher for "the text contains one of the list's phrases" (word-bounded), returning the phrase. */
export function phraseFinder(name: ListName): (language: string) => (text: string) => string | undefined {
  return perLanguage(language => {
    const phrases = [...new Set(listFor(language, name).map(phraseKey))].sort((a, b) => b.length - a.length);
    const escaped = phrases.map(phrase => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    return (text: string) => pattern.exec(text)?.[0];
  });
}
