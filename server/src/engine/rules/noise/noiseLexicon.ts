// Typed access to the noise lexicon (lexicons/noise.json): phrase sets and compiled patterns per language, built
// once per language. Phrases are matched against `phraseKey` of a line (lower case, edge punctuation trimmed).

import { escapeRegExp, lexiconFor, perLanguage } from '../../lexicon';
import noiseLexiconFile from '../../lexicons/noise.json';

const LEADING_EDGE_NOISE = /^[\s\p{P}\p{S}]+/u;
const EDGE_CHARACTER = /^[\s\p{P}\p{S}]$/u;

/** The phrase-lookup key of a piece of text: lower case, whitespace collapsed, edge punctuation and symbols trimmed. */
export function phraseKey(text: string): string {
  let collapsed = text.toLowerCase();
  if (/\s\s|[\t\n\r\f\v\u00A0\u2000-\u200A\u3000]/.test(collapsed)) collapsed = collapsed.replace(/\s+/g, ' ');
  if (collapsed.length > 0 && !isAsciiAlphanumeric(collapsed.charCodeAt(0))) collapsed = collapsed.replace(LEADING_EDGE_NOISE, '');
  // Trim the end by walking back one character at a time: a `[…]+$` regex would retry at every space of the line.
  let end = collapsed.length;
  while (end > 0) {
    const low = collapsed.charCodeAt(end - 1);
    if (isAsciiAlphanumeric(low)) break;
    const width = low >= 0xdc00 && low <= 0xdfff && end >= 2 ? 2 : 1;
    if (!EDGE_CHARACTER.test(collapsed.slice(end - width, end))) break;
    end -= width;
  }
  return end === collapsed.length ? collapsed : collapsed.slice(0, end);
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
}

export type NoiseLexicon = (typeof noiseLexiconFile)['en'];
type ListName = { [Name in keyof NoiseLexicon]: NoiseLexicon[Name] extends string[] ? Name : never }[keyof NoiseLexicon];

/**
 * The language's phrases plus English's: page chrome is often English on pages in other languages ("Share",
 * "Cookie settings"), and a language without a list of its own still gets the English one.
 */
function listFor(language: string, name: ListName): readonly string[] {
  const english = noiseLexiconFile.en[name];
  if (language === 'en') return english;
  const own = lexiconFor<Partial<NoiseLexicon>>(noiseLexiconFile, language)[name] ?? [];
  return [...own, ...english];
}

/** A memoized Set of the list's phrases, normalized with `phraseKey`. */
export function phraseSet(name: ListName): (language: string) => ReadonlySet<string> {
  return perLanguage(language => new Set(listFor(language, name).map(phraseKey)));
}

/** The list's regular expressions, compiled case-insensitive with Unicode semantics. */
export function patternList(name: ListName): (language: string) => readonly RegExp[] {
  return perLanguage(language => listFor(language, name).map(pattern => new RegExp(pattern, 'iu')));
}

/** True when one of the patterns matches. */
export function matchesAny(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some(pattern => pattern.test(text));
}

export type PhraseFinder = (line: { readonly key: string }, rawText: string) => string | undefined;

/**
 * A memoized finder of the list's phrases inside a line (word-bounded, on the line's phrase key), returning the
 * phrase found. A cheap case-insensitive scan of the raw line for one word of each phrase runs first, so the key
 * is never built for the many lines that cannot match.
 */
export function phraseFinder(name: ListName): (language: string) => PhraseFinder {
  return perLanguage(language => {
    const phrases = [...new Set(listFor(language, name).map(phraseKey))].filter(Boolean).sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    // The longest word of each phrase is its trigger: every occurrence of the phrase contains it.
    const triggers = new Set(phrases.map(phrase => phrase.split(' ').reduce((longest, word) => (word.length > longest.length ? word : longest), '')));
    // Without the `u` flag the engine scans a plain alternation of literals much faster; the words need no Unicode
    // semantics (non-ASCII letters still match themselves, case-folded by the simple mapping).
    const trigger = new RegExp([...triggers].map(escapeRegExp).join('|'), 'i');
    return (line, rawText) => (trigger.test(rawText) ? pattern.exec(line.key)?.[0] : undefined);
  });
}
const findConsentPhrase = phraseFinder('cookieAnchors');
const findPaywallPhrase = phraseFinder('subscribeAnchors');

const COPYRIGHT_WITH_YEAR = /(?:©|\(c\)|\bcopyright\b)\s*(?:19|20)\d{2}/iu;
// Substring checks first: the case-insensitive regex is slow to scan every paragraph of a long article with.
const mayHoldCopyright = (text: string) => text.includes('©') || /opyright|OPYRIGHT|\([cC]\)/.test(text);

/**
 * A paragraph that is certainly page furniture however long it is: a consent notice, a paywall or newsletter blurb,
 * a copyright line.
 */
export function isKnownBoilerplateParagraph(line: { readonly key: string }, rawText: string, language: string): boolean {
  return (
    (mayHoldCopyright(rawText) && COPYRIGHT_WITH_YEAR.test(rawText)) ||
    findConsentPhrase(language)(line, rawText) !== undefined ||
    findPaywallPhrase(language)(line, rawText) !== undefined
  );
}

const relatedHeaders = phraseSet('relatedHeaders');
const relatedHeaderPatterns = patternList('relatedHeaderPatterns');
const MAX_RELATED_HEADER_WORDS = 8;

// "More Washington Examiner": "More" and a capitalised name. Checked on the raw text, as keys are lower case.
const MORE_FROM_SITE = /^More(?: (?:\p{Lu}[\p{L}\p{N}.'’&-]*|of|the|and|&)){1,5}$/u;

function startsWithMore(text: string): boolean {
  let start = 0;
  while (start < text.length && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  return text.startsWith('More ', start);
}

/** True when a line (given by its features and raw text) is a related-links header such as "Most read". */
export function isRelatedHeader(line: { readonly key: string; readonly words: number }, rawText: string, language: string): boolean {
  if (line.words === 0 || line.words > MAX_RELATED_HEADER_WORDS) return false;
  if (startsWithMore(rawText) && MORE_FROM_SITE.test(rawText.trim())) return true;
  const key = line.key;
  return relatedHeaders(language).has(key) || matchesAny(relatedHeaderPatterns(language), key);
}
