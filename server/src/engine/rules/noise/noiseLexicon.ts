// Typed access to the noise lexicon (lexicons/noise.json): phrase sets and compiled patterns per language, built
// once per language. Phrases are matched against `phraseKey` of a line (lower case, edge punctuation trimmed).

import { lexiconFor, perLanguage } from '../../lexicon';
import noiseLexiconFile from '../../lexicons/noise.json';

const EDGE_NOISE = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

/** The phrase-lookup key of a piece of text: lower case, whitespace collapsed, edge punctuation and symbols trimmed. */
export function phraseKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(EDGE_NOISE, '');
}

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

const relatedHeaders = phraseSet('relatedHeaders');
const relatedHeaderPatterns = patternList('relatedHeaderPatterns');
const MAX_RELATED_HEADER_WORDS = 8;

/** True when a line (given by its phrase key and word count) is a related-links header such as "Most read". */
export function isRelatedHeaderKey(key: string, words: number, language: string): boolean {
  if (words === 0 || words > MAX_RELATED_HEADER_WORDS) return false;
  if (relatedHeaders(language).has(key) || relatedHeaders('en').has(key)) return true;
  return [...relatedHeaderPatterns(language), ...relatedHeaderPatterns('en')].some(pattern => pattern.test(key));
}
