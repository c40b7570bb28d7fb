// Typed access to the noise lexicon (lexicons/noise.json): phrase sets and compiled patterns per language, built
// once per language. Phrases are matched against `phraseKey` of a line (lower case, edge punctuation trimmed).

import { lexiconFor, perLanguage } from '../../lexicon';
import noiseLexiconFile from '../../lexicons/noise.json';

const LEADING_EDGE_NOISE = /^[\s\p{P}\p{S}]+/u;
const EDGE_CHARACTER = /^[\s\p{P}\p{S}]$/u;

/** The phrase-lookup key of a piece of text: lower case, whitespace collapsed, edge punctuation and symbols trimmed. */
export function phraseKey(text: string): string {
  const collapsed = text.toLowerCase().replace(/\s+/g, ' ').replace(LEADING_EDGE_NOISE, '');
  // Trim the end by walking back one character at a time: a `[…]+$` regex would retry at every space of the line.
  let end = collapsed.length;
  while (end > 0) {
    const low = collapsed.charCodeAt(end - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && end >= 2 ? 2 : 1;
    if (!EDGE_CHARACTER.test(collapsed.slice(end - width, end))) break;
    end -= width;
  }
  return end === collapsed.length ? collapsed : collapsed.slice(0, end);
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

/** True when a line (given by its features) is a related-links header such as "Most read". */
export function isRelatedHeader(line: { readonly key: string; readonly words: number }, language: string): boolean {
  if (line.words === 0 || line.words > MAX_RELATED_HEADER_WORDS) return false;
  const key = line.key;
  if (relatedHeaders(language).has(key) || relatedHeaders('en').has(key)) return true;
  return [...relatedHeaderPatterns(language), ...relatedHeaderPatterns('en')].some(pattern => pattern.test(key));
}
