// Per-line features and the article's main-content region, shared by the noise rules and computed once per Article.
// It follows jusText's idea: long lines dense in function words are body text; short lines take their class from
// their neighbours; the body is the densest stretch of body-like lines. No rule uses a single signal on its own.

import { Article } from '../../article';
import { lexiconFor, perLanguage } from '../../lexicon';
import stopwordLexicon from '../../lexicons/stopwords.json';
import { isRelatedHeaderKey, phraseKey } from './noiseLexicon';

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

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;
const SENTENCE_END = /[.!?…:;]["'”’»)\]]*$/u;

const stopwordSet = perLanguage(language => new Set(lexiconFor(stopwordLexicon as Record<string, { stopwords: string[] }> & { en: { stopwords: string[] } }, language).stopwords));

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
  const stopwords = stopwordSet(language);
  const features = article.lines.map(line => (line.isBlank ? BLANK_FEATURES : featuresOf(line.text, stopwords)));
  const classes = features.map((feature, index) => (article.lines[index].isBlank ? 'blank' : classify(feature)));
  const { first, last } = findContentRegion(article, classes, features, language);
  return { language, features, classes, contentFirstLine: first, contentLastLine: last };
}

const BLANK_FEATURES: LineFeatures = { words: 0, stopwords: 0, length: 0, key: '', endsLikeSentence: false };

// Lines longer than this are scored on a prefix: a 1 MB line is not a menu, and its class does not change past
// the first few thousand characters.
const FEATURE_PREFIX_LENGTH = 4000;

function featuresOf(text: string, stopwords: ReadonlySet<string>): LineFeatures {
  const trimmed = text.trim();
  const sample = trimmed.length > FEATURE_PREFIX_LENGTH ? trimmed.slice(0, FEATURE_PREFIX_LENGTH) : trimmed;
  let words = 0;
  let stopwordCount = 0;
  for (const match of sample.matchAll(WORD)) {
    words++;
    if (stopwords.has(match[0].toLowerCase().replace(/’/g, "'"))) stopwordCount++;
  }
  if (sample !== trimmed) {
    // Extrapolate counts for the unsampled rest so densities stay right and lengths are not understated.
    const scale = trimmed.length / sample.length;
    words = Math.round(words * scale);
    stopwordCount = Math.round(stopwordCount * scale);
  }
  return {
    words,
    stopwords: stopwordCount,
    length: trimmed.length,
    key: phraseKey(sample.length > 300 ? sample.slice(0, 300) : sample),
    endsLikeSentence: SENTENCE_END.test(trimmed),
  };
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
    if (isRelatedHeaderKey(features[index].key, features[index].words, language)) {
      close(true);
      continue;
    }
    const weight = lineClass === 'body' ? features[index].length : lineClass === 'maybe-body' ? features[index].length / 2 : 0;
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

/** Picks the stopword list that covers the most words in the first few hundred lines. */
function detectLanguage(article: Article): string {
  const languages = Object.keys(stopwordLexicon);
  const hits = new Map(languages.map(language => [language, 0]));
  const sets = new Map(languages.map(language => [language, stopwordSet(language)]));
  let sampled = 0;
  for (const line of article.lines) {
    if (line.isBlank || line.text.length < 40) continue;
    for (const match of line.text.slice(0, 2000).matchAll(WORD)) {
      const word = match[0].toLowerCase();
      for (const language of languages) if (sets.get(language)?.has(word)) hits.set(language, (hits.get(language) ?? 0) + 1);
    }
    if (++sampled >= 200) break;
  }
  let best = 'en';
  for (const language of languages) if ((hits.get(language) ?? 0) > (hits.get(best) ?? 0)) best = language;
  return best;
}
