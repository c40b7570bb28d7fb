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
 * The phrase lists a workspace may extend with `lexicons` in `.articlelint.json`, each with the rule it feeds.
 * Only literal phrase lists: the pattern lists stay bundled, because a regular expression from a shared config
 * file could make the linter hang on a long line.
 */
export const EXTENSIBLE_LISTS = {
  adLabels: 'noise/ad-label: a line that is only an ad label ("Advertisement", "Anzeige")',
  promotedListLabels: 'noise/ad-label: the header of a sponsored-links list ("Sponsored stories")',
  shareTokens: 'noise/share-buttons: the words a share bar may be made of',
  sharePlatforms: 'noise/share-buttons: the platform names that make a line of share words a share bar',
  cookieAnchors: 'noise/cookie-banner: a phrase that makes a paragraph a cookie or consent notice',
  consentButtons: 'noise/cookie-banner: consent button labels ("Accept all")',
  subscribeAnchors: 'noise/subscribe-prompt: a phrase that makes a paragraph a paywall or newsletter prompt',
  subscribeWeakAnchors: 'noise/subscribe-prompt: a phrase that marks a short line as a sign-up prompt',
  subscribeButtons: 'noise/subscribe-prompt: sign-up button labels ("Subscribe")',
  accountPhrases: 'noise/account-ui: account links ("Sign in", "My account")',
  relatedHeaders: 'noise/related-links: the header of a related-links list ("Most read")',
  relatedPrefixes: 'noise/related-links: the prefix of an inline link to another story ("Read more:")',
  uiChrome: 'noise/ui-chrome: a line of site interface ("Skip to main content", "Back to top")',
  footerAnchors: 'noise/footer: footer links ("Terms of use", "Privacy policy")',
  footerNotices: 'noise/footer: rights notices ("All rights reserved")',
  commentHeaders: 'noise/comments: the header of a comment section ("Leave a comment")',
  commentUiWords: 'noise/comments: one-word comment controls ("Reply")',
  followShortLabels: 'noise/follow-prompt: labels of the site\'s social links ("Follow us")',
} as const satisfies Partial<Record<ListName, string>>;

export type ExtensibleListName = keyof typeof EXTENSIBLE_LISTS;

/** Phrases a workspace adds to the bundled lists, by list name (validated by config.ts). */
export type UserPhrases = Readonly<Partial<Record<ExtensibleListName, readonly string[]>>>;

/** What a lexicon lookup depends on: the article's language and the workspace's own phrases. `RuleContext` is one. */
export interface LexiconScope {
  readonly language: string;
  readonly userPhrases?: UserPhrases;
}

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

/**
 * Memoizes what `build` derives from a list: per language for the bundled phrases alone, and per user-phrase object
 * (one per loaded config file, so a config edit builds afresh) and language when the workspace adds phrases.
 */
function perScope<Value>(name: ListName, build: (phrases: readonly string[], isBundled: boolean) => Value): (scope: LexiconScope) => Value {
  const bundled = perLanguage(language => build(listFor(language, name), true));
  const extended = new WeakMap<UserPhrases, Map<string, Value>>();
  return scope => {
    const own = scope.userPhrases?.[name as ExtensibleListName];
    if (!own || own.length === 0) return bundled(scope.language);
    let byLanguage = extended.get(scope.userPhrases!);
    if (!byLanguage) extended.set(scope.userPhrases!, (byLanguage = new Map()));
    let value = byLanguage.get(scope.language);
    if (value === undefined) {
      value = build([...listFor(scope.language, name), ...own], false);
      byLanguage.set(scope.language, value);
    }
    return value;
  };
}

/** A memoized Set of the list's phrases, normalized with `phraseKey`. */
export function phraseSet(name: ListName): (scope: LexiconScope) => ReadonlySet<string> {
  return perScope(name, phrases => new Set(phrases.map(phraseKey)));
}

/** The list's regular expressions, compiled case-insensitive with Unicode semantics (never extended by users). */
export function patternList(name: ListName): (scope: LexiconScope) => readonly RegExp[] {
  const compiled = perLanguage(language => listFor(language, name).map(pattern => new RegExp(pattern, 'iu')));
  return scope => compiled(scope.language);
}

/** True when one of the patterns matches. */
export function matchesAny(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some(pattern => pattern.test(text));
}

/** The line a finder looks at: its features (layout.ts), which keep what bundled finders found on them. */
export interface PhraseLine {
  readonly key: string;
  phraseFoundBy(slot: number, find: () => string | undefined): string | undefined;
}

export type PhraseFinder = (line: PhraseLine, rawText: string) => string | undefined;

/** The next slot for a bundled finder's results in a line's features: one per list and language, so a handful. */
let nextFinderSlot = 0;

/**
 * A memoized finder of the list's phrases inside a line (word-bounded, on the line's phrase key), returning the
 * phrase found. A cheap case-insensitive scan of the raw line for one word of each phrase runs first, so the key
 * is never built for the many lines that cannot match. `rawText` must be the text `line`'s features were made from.
 * A bundled finder keeps its result with the line's features; one with a workspace's phrases (a new one per config
 * file loaded) looks every time.
 */
export function phraseFinder(name: ListName): (scope: LexiconScope) => PhraseFinder {
  return perScope(name, (list, isBundled) => {
    const phrases = [...new Set(list.map(phraseKey))].filter(Boolean).sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    // The longest word of each phrase is its trigger: every occurrence of the phrase contains it.
    const triggers = new Set(phrases.map(phrase => phrase.split(' ').reduce((longest, word) => (word.length > longest.length ? word : longest), '')));
    // Without the `u` flag the engine scans a plain alternation of literals much faster; the words need no Unicode
    // semantics (non-ASCII letters still match themselves, case-folded by the simple mapping).
    const trigger = new RegExp([...triggers].map(escapeRegExp).join('|'), 'i');
    const find: PhraseFinder = (line, rawText) => (trigger.test(rawText) ? pattern.exec(line.key)?.[0] : undefined);
    if (!isBundled) return find;
    const slot = nextFinderSlot++;
    return (line, rawText) => line.phraseFoundBy(slot, () => find(line, rawText));
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
export function isKnownBoilerplateParagraph(line: PhraseLine, rawText: string, scope: LexiconScope): boolean {
  return (
    (mayHoldCopyright(rawText) && COPYRIGHT_WITH_YEAR.test(rawText)) ||
    findConsentPhrase(scope)(line, rawText) !== undefined ||
    findPaywallPhrase(scope)(line, rawText) !== undefined
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
export function isRelatedHeader(line: { readonly key: string; readonly words: number }, rawText: string, scope: LexiconScope): boolean {
  if (line.words === 0 || line.words > MAX_RELATED_HEADER_WORDS) return false;
  if (startsWithMore(rawText) && MORE_FROM_SITE.test(rawText.trim())) return true;
  const key = line.key;
  return relatedHeaders(scope).has(key) || matchesAny(relatedHeaderPatterns(scope), key);
}
