// Per-line features and the article's main-content region, shared by the noise rules and computed once per Article.
// It follows jusText's idea: long lines dense in function words are body text; short lines take their class from
// their neighbours; the body is the densest stretch of body-like lines. No rule uses a single signal on its own.

import { Article } from '../../article';
import { lexiconFor, perLanguage } from '../../lexicon';
import stopwordLexicon from '../../lexicons/stopwords.json';
import { isKnownBoilerplateParagraph, isRelatedHeader, phraseKey } from './noiseLexicon';

/** Features of one line; for blank lines every count is 0. */
export interface LineFeatures {
  /** Words: runs of letters, digits, apostrophes and hyphens. */
  readonly words: number;
  /** Words found in the article language's stopword list. */
  readonly stopwords: number;
  /** Length of the trimmed line in UTF-16 units. */
  readonly length: number;
  /** Lower-cased, whitespace-collapsed text with edge punctuation and symbols trimmed: the phrase-lookup key. */
  readonly key: string;
  /** Ends like a sentence: `.`, `!`, `?`, `…` or `:` possibly followed by closing quotes or brackets. */
  readonly endsLikeSentence: boolean;
}

/**
 * - `body`: long and dense in function words (jusText "good");
 * - `maybe-body`: medium length and fairly dense ("near-good");
 * - `short`: too short to judge alone;
 * - `boilerplate`: long enough to judge but poor in function words (a flattened menu, a tag cloud).
 */
export type LineClass = 'blank' | 'body' | 'maybe-body' | 'short' | 'boilerplate';

export interface Layout {
  /** The language whose stopwords fit the article best (`en` when nothing fits). */
  readonly language: string;
  readonly features: readonly LineFeatures[];
  readonly classes: readonly LineClass[];
  /** First and last line of the main content region, or -1 when the article has no body-like line at all. */
  readonly contentFirstLine: number;
  readonly contentLastLine: number;
}

// Thresholds after jusText (length_low 70, length_high 200, stopwords_low 0.30, stopwords_high 0.32), lowered for
// stopword density because our stopword lists are short (function words only, ~100–200 per language).
const SHORT_LENGTH = 70;
const LONG_LENGTH = 200;
const BODY_STOPWORD_DENSITY = 0.22;
const MAYBE_BODY_STOPWORD_DENSITY = 0.18;
/** Non-body lines allowed between two body lines of one content region. */
const MAX_CONTENT_GAP_LINES = 14;
/** The region is the first cluster with at least this share of the richest cluster's text. */
const MIN_SHARE_OF_RICHEST_CLUSTER = 0.5;
/** A cluster after a boundary continues the article when it has at most this many other lines per body line. */
const MAX_OTHER_LINES_PER_BODY_LINE = 1;

const SENTENCE_END = /[.!?…:;]["'”’»)\]]*$/u;

const stopwordSet = perLanguage(language => new Set(lexiconFor(stopwordLexicon as Record<string, { stopwords: string[] }> & { en: { stopwords: string[] } }, language).stopwords));

/** True when the line lies within the article's main content region. */
export function isInsideBody(layout: Layout, lineIndex: number): boolean {
  return layout.contentFirstLine >= 0 && lineIndex >= layout.contentFirstLine && lineIndex <= layout.contentLastLine;
}

/** The stopword set of a language (English when the lexicon has none for it). */
export function stopwordsOf(language: string): ReadonlySet<string> {
  return stopwordSet(language);
}

const layouts = new WeakMap<Article, Layout>();

/** The layout of an article, computed on first use and shared by every rule that reads it. */
export function layoutOf(article: Article): Layout {
  let layout = layouts.get(article);
  if (!layout) {
    layout = computeLayout(article);
    layouts.set(article, layout);
  }
  return layout;
}

function computeLayout(article: Article): Layout {
  const language = detectLanguage(article);
  const stopwords = stopwordBuckets(language);
  const features = article.lines.map(line => (line.isBlank ? BLANK_FEATURES : featuresOf(line.text, stopwords)));
  const classes = features.map((feature, index) => (article.lines[index].isBlank ? 'blank' : classify(feature)));
  const { first, last } = findContentRegion(article, classes, features, language);
  return { language, features, classes, contentFirstLine: first, contentLastLine: last };
}

const BLANK_FEATURES: LineFeatures = { words: 0, stopwords: 0, length: 0, key: '', endsLikeSentence: false };

// Lines longer than this are scored on a prefix: a 1 MB line is not a menu, and its class does not change past
// the first few thousand characters.
const FEATURE_PREFIX_LENGTH = 4000;
const MAX_KEY_SOURCE_LENGTH = 300;

function featuresOf(text: string, stopwords: StopwordBuckets): LineFeatures {
  const trimmed = text.trim();
  const sample = trimmed.length > FEATURE_PREFIX_LENGTH ? trimmed.slice(0, FEATURE_PREFIX_LENGTH) : trimmed;
  let { words, stopwords: stopwordCount } = countWords(sample.toLowerCase(), stopwords);
  if (sample !== trimmed) {
    // Extrapolate counts for the unsampled rest so densities stay right and lengths are not understated.
    const scale = trimmed.length / sample.length;
    words = Math.round(words * scale);
    stopwordCount = Math.round(stopwordCount * scale);
  }
  return new LazyKeyFeatures(trimmed, words, stopwordCount, SENTENCE_END.test(trimmed));
}

/** Features whose phrase key is computed on first use: most rules read it only for short lines. */
class LazyKeyFeatures implements LineFeatures {
  private cachedKey: string | undefined;
  readonly length: number;

  constructor(
    private readonly trimmed: string,
    readonly words: number,
    readonly stopwords: number,
    readonly endsLikeSentence: boolean,
  ) {
    this.length = trimmed.length;
  }

  get key(): string {
    // Phrase lookups only ever match short lines; a long line's key is its start, which no phrase equals.
    this.cachedKey ??= phraseKey(this.trimmed.length > MAX_KEY_SOURCE_LENGTH ? this.trimmed.slice(0, MAX_KEY_SOURCE_LENGTH) : this.trimmed);
    return this.cachedKey;
  }
}

const LONGEST_STOPWORD = 16;

/**
 * Counts words and stopwords in lower-cased text with a character scan (no regex, no per-word allocation except
 * for words short enough to be stopwords). A word is a run of letters and digits — any character from U+00C0 up
 * that is not punctuation, a symbol, a space or a surrogate counts as a letter — with inner apostrophes and hyphens.
 */
function countWords(lower: string, stopwords: StopwordBuckets): { words: number; stopwords: number } {
  const shapeHashes = knownStopwordShapeHashes();
  let words = 0;
  let stopwordCount = 0;
  let start = -1;
  for (let index = 0; index <= lower.length; index++) {
    const code = index < lower.length ? lower.charCodeAt(index) : 32;
    if (isWordCode(code)) {
      if (start < 0) start = index;
      continue;
    }
    const joiner = code === 39 || code === 0x2019 || code === 45;
    if (start >= 0 && joiner && index + 1 < lower.length && isWordCode(lower.charCodeAt(index + 1))) continue;
    if (start >= 0) {
      words++;
      // A word starts and ends with a word character, never an apostrophe, so a stopword it equals (also with ’ for ')
      // has its length, first and last character: most words fail that table lookup and skip the bucket search.
      if (
        index - start <= LONGEST_STOPWORD &&
        shapeHashes[stopwordShapeHash(index - start, lower.charCodeAt(start), lower.charCodeAt(index - 1))] === 1 &&
        isStopwordAt(stopwords, lower, start, index)
      ) {
        stopwordCount++;
      }
      start = -1;
    }
  }
  return { words, stopwords: stopwordCount };
}

/**
 * Stopwords bucketed by length and first character, so a word can be checked in place with `startsWith` instead of
 * being sliced into a new string: on multi-megabyte articles those slices were most of the garbage collector's work.
 */
type StopwordBuckets = ReadonlyMap<number, readonly string[]>;

const stopwordBuckets = perLanguage((language): StopwordBuckets => {
  const buckets = new Map<number, string[]>();
  for (const word of stopwordSet(language)) {
    const bucketKey = word.length * 0x10000 + word.charCodeAt(0);
    buckets.set(bucketKey, [...(buckets.get(bucketKey) ?? []), word]);
  }
  return buckets;
});

function isStopwordAt(buckets: StopwordBuckets, lower: string, start: number, end: number): boolean {
  const candidates = buckets.get((end - start) * 0x10000 + lower.charCodeAt(start));
  if (!candidates) return false;
  // The lists spell apostrophes as ' while scraped text often has ’. Only a word with a ’ is compared with the ’
  // spelled as ': checking every word of a bucket that holds "it's" or "don't" that way cost a slice and a replace.
  let curlyApostrophe: boolean | undefined;
  for (const candidate of candidates) {
    if (lower.startsWith(candidate, start)) return true;
    if (!candidate.includes("'")) continue;
    curlyApostrophe ??= includesCode(lower, 0x2019, start, end);
    if (curlyApostrophe && lower.slice(start, end).replace(/’/g, "'") === candidate) return true;
  }
  return false;
}

function includesCode(text: string, code: number, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (text.charCodeAt(index) === code) return true;
  return false;
}

function isWordCode(code: number): boolean {
  if (code < 0xc0) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 0xaa || code === 0xb5 || code === 0xba;
  if (code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false; // general punctuation, symbols, arrows, box drawing
  if (code >= 0x3000 && code <= 0x303f) return false; // CJK punctuation
  if (code >= 0xd800 && code <= 0xdfff) return false; // surrogates: emoji and other astral symbols
  if (code >= 0xfe00 && code <= 0xfe0f) return false; // variation selectors
  if (code >= 0xff00 && code <= 0xff0f) return false; // full-width punctuation
  return code !== 0xfeff;
}

function classify(feature: LineFeatures): LineClass {
  const density = feature.words === 0 ? 0 : feature.stopwords / feature.words;
  if (feature.length < SHORT_LENGTH) return 'short';
  if (feature.length >= LONG_LENGTH) return density >= BODY_STOPWORD_DENSITY ? 'body' : density >= MAYBE_BODY_STOPWORD_DENSITY ? 'maybe-body' : 'boilerplate';
  return density >= BODY_STOPWORD_DENSITY ? 'maybe-body' : 'boilerplate';
}

interface Cluster {
  first: number;
  last: number;
  /** Characters of body text (maybe-body lines count half). */
  weight: number;
  bodyLines: number;
  otherLines: number;
  /** True when a section boundary (a related-links header) ended this cluster. */
  endedAtBoundary: boolean;
}

/**
 * The main content region. Body-like lines form clusters while at most MAX_CONTENT_GAP_LINES other non-blank lines
 * separate them; a related-links header ("More from …", "Most read") always ends a cluster. The region is the first
 * cluster holding at least half the text of the richest one — articles come before the teaser lists under them —
 * extended over the clusters that follow it across a boundary when those read like more article (mostly body
 * lines), as after an inline "Related" box.
 */
function findContentRegion(
  article: Article,
  classes: readonly LineClass[],
  features: readonly LineFeatures[],
  language: string,
): { first: number; last: number } {
  // The region is found with the bundled lexicons only: it is part of the parse, shared by every workspace.
  const scope = { language };
  const clusters: Cluster[] = [];
  let current: Cluster | undefined;
  let gap = 0;
  const close = (endedAtBoundary: boolean) => {
    if (current) clusters.push({ ...current, endedAtBoundary });
    current = undefined;
    gap = 0;
  };
  for (let index = 0; index < classes.length; index++) {
    const lineClass = classes[index];
    if (lineClass === 'blank') continue;
    if (isRelatedHeader(features[index], article.lines[index].text, scope)) {
      close(true);
      continue;
    }
    // A consent notice or paywall blurb can be long, dense prose; it is never the article.
    const knownBoilerplate = lineClass !== 'short' && isKnownBoilerplateParagraph(features[index], article.lines[index].text, scope);
    const weight = knownBoilerplate ? 0 : lineClass === 'body' ? features[index].length : lineClass === 'maybe-body' ? features[index].length / 2 : 0;
    if (weight === 0) {
      if (!current) continue;
      gap++;
      if (gap > MAX_CONTENT_GAP_LINES) close(false);
      else current.otherLines++;
      continue;
    }
    gap = 0;
    if (!current) current = { first: index, last: index, weight: 0, bodyLines: 0, otherLines: 0, endedAtBoundary: false };
    current.last = index;
    current.weight += weight;
    current.bodyLines++;
  }
  close(false);
  if (clusters.length === 0) return { first: -1, last: -1 };
  const richest = Math.max(...clusters.map(cluster => cluster.weight));
  let chosen = clusters.findIndex(cluster => cluster.weight >= richest * MIN_SHARE_OF_RICHEST_CLUSTER);
  const region = { first: clusters[chosen].first, last: clusters[chosen].last };
  while (chosen + 1 < clusters.length && clusters[chosen].endedAtBoundary) {
    const next = clusters[chosen + 1];
    const readsLikeArticle = next.otherLines <= next.bodyLines * MAX_OTHER_LINES_PER_BODY_LINE;
    if (!readsLikeArticle || next.first - region.last > MAX_CONTENT_GAP_LINES * 2) break;
    region.last = next.last;
    chosen++;
  }
  return region;
}

const LANGUAGES = Object.keys(stopwordLexicon);

/** Every stopword with the indices (in LANGUAGES) of the languages whose list has it: one lookup per word instead of one per language. */
let languagesByStopword: Map<string, number[]> | undefined;

function stopwordLanguages(): Map<string, number[]> {
  if (!languagesByStopword) {
    languagesByStopword = new Map();
    for (const [languageIndex, language] of LANGUAGES.entries()) {
      for (const word of stopwordSet(language)) languagesByStopword.set(word, [...(languagesByStopword.get(word) ?? []), languageIndex]);
    }
  }
  return languagesByStopword;
}

/**
 * A hash of a word's length, first and last character. A word whose hash no stopword has is no stopword, so it is
 * neither sliced out nor looked up; a word that only shares a stopword's hash costs that lookup and no more.
 */
function stopwordShapeHash(length: number, first: number, last: number): number {
  return (length * 961 + first * 31 + last) & 0xffff;
}

let stopwordShapeHashes: Uint8Array | undefined;

function knownStopwordShapeHashes(): Uint8Array {
  if (!stopwordShapeHashes) {
    stopwordShapeHashes = new Uint8Array(0x10000);
    for (const word of stopwordLanguages().keys()) stopwordShapeHashes[stopwordShapeHash(word.length, word.charCodeAt(0), word.charCodeAt(word.length - 1))] = 1;
  }
  return stopwordShapeHashes;
}

const LANGUAGE_SAMPLE_LINES = 60;
const LANGUAGE_SAMPLE_LINE_LENGTH = 600;
const ENOUGH_STOPWORD_HITS = 150;

/** Picks the stopword list that covers the most words in the first lines of some length. */
function detectLanguage(article: Article): string {
  const byWord = stopwordLanguages();
  const shapeHashes = knownStopwordShapeHashes();
  // Hits per language, counted in an array rather than a map keyed by language name. A tie goes to English, then to
  // the language hit first, as a map's insertion order gave: hence the order of first hits.
  const hits = new Array<number>(LANGUAGES.length).fill(0);
  const firstHitOrder: number[] = [];
  let mostHits = 0;
  let sampled = 0;
  for (const line of article.lines) {
    if (line.isBlank || line.text.length < 40) continue;
    const lower = line.text.slice(0, LANGUAGE_SAMPLE_LINE_LENGTH).toLowerCase();
    // The same word scan as countWords: only words short enough to be stopwords, and shaped like one (the slices
    // and lookups were most of the cost of detecting the language), are sliced and looked up.
    let start = -1;
    for (let index = 0; index <= lower.length; index++) {
      const code = index < lower.length ? lower.charCodeAt(index) : 32;
      if (isWordCode(code) || (start >= 0 && code === 39)) {
        if (start < 0) start = index;
        continue;
      }
      if (start >= 0 && index - start <= LONGEST_STOPWORD && shapeHashes[stopwordShapeHash(index - start, lower.charCodeAt(start), lower.charCodeAt(index - 1))] === 1) {
        const languages = byWord.get(lower.slice(start, index));
        if (languages) {
          for (const language of languages) {
            if (hits[language] === 0) firstHitOrder.push(language);
            mostHits = Math.max(mostHits, ++hits[language]);
          }
        }
      }
      start = -1;
    }
    // A few hundred stopwords settle the question; long articles need not be read further.
    if (++sampled >= LANGUAGE_SAMPLE_LINES || mostHits >= ENOUGH_STOPWORD_HITS) break;
  }
  let best = LANGUAGES.indexOf('en');
  for (const language of firstHitOrder) if (hits[language] > hits[best]) best = language;
  return LANGUAGES[best];
}
