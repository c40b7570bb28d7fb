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
  /**
   * What the bundled phrase finder in `slot` found on this line (see `phraseFinder` in noiseLexicon.ts), looked for
   * once: the layout and the rules ask the same finders, and a line's features outlive its parse in a line memo.
   */
  phraseFoundBy(slot: number, find: () => string | undefined): string | undefined;
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
  const languageBit = stopwordLanguageBit(language);
  const featuresOfText = (text: string) => featuresOf(text, languageBit);
  const kind = `features/${language}`;
  const { lineAnalyses } = article;
  const features = article.lines.map(line => (line.isBlank ? BLANK_FEATURES : lineAnalyses ? lineAnalyses(line).of(kind, featuresOfText) : featuresOfText(line.text)));
  const classes = features.map((feature, index) => (article.lines[index].isBlank ? 'blank' : classify(feature)));
  const { first, last } = findContentRegion(article, classes, features, language);
  return { language, features, classes, contentFirstLine: first, contentLastLine: last };
}

const BLANK_FEATURES: LineFeatures = { words: 0, stopwords: 0, length: 0, key: '', endsLikeSentence: false, phraseFoundBy: (_, find) => find() };

// Lines longer than this are scored on a prefix: a 1 MB line is not a menu, and its class does not change past
// the first few thousand characters.
const FEATURE_PREFIX_LENGTH = 4000;
const MAX_KEY_SOURCE_LENGTH = 300;

function featuresOf(text: string, languageBit: number): LineFeatures {
  const trimmed = text.trim();
  const sample = trimmed.length > FEATURE_PREFIX_LENGTH ? trimmed.slice(0, FEATURE_PREFIX_LENGTH) : trimmed;
  let { words, stopwords: stopwordCount } = countWords(sample.toLowerCase(), languageBit);
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
  /** Per finder slot: the phrase found, null for none, undefined for not looked for yet. */
  private phrasesFound: (string | null | undefined)[] | undefined;
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

  phraseFoundBy(slot: number, find: () => string | undefined): string | undefined {
    const found = (this.phrasesFound ??= [])[slot];
    if (found !== undefined) return found ?? undefined;
    const phrase = find();
    this.phrasesFound[slot] = phrase ?? null;
    return phrase;
  }
}

const LONGEST_STOPWORD = 16;

/**
 * Counts words and stopwords of the language `languageBit` stands for in lower-cased text with a character scan (no
 * regex, no per-word allocation). A word is a run of letters and digits — any character from U+00C0 up that is not
 * punctuation, a symbol, a space or a surrogate counts as a letter — with inner apostrophes and hyphens.
 */
function countWords(lower: string, languageBit: number): { words: number; stopwords: number } {
  const table = stopwordTable();
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
      if (index - start <= LONGEST_STOPWORD && (stopwordLanguagesAt(table, lower, start, index) & languageBit) !== 0) stopwordCount++;
      start = -1;
    }
  }
  return { words, stopwords: stopwordCount };
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

/** The bit of a language in a stopword's language set (English's for a language without a list of its own). */
function stopwordLanguageBit(language: string): number {
  const index = LANGUAGES.indexOf(language);
  return 1 << (index >= 0 ? index : LANGUAGES.indexOf('en'));
}

/**
 * Every language's stopwords in one open-addressing hash table, each with the set of languages (a bit per index in
 * LANGUAGES) that list it. A word of a line is looked up where it stands, hashed character by character: slicing it
 * out for a Map lookup, or comparing it with every stopword of its length and first letter, was most of the cost of
 * the layout (every other word of prose is a stopword).
 */
interface StopwordTable {
  readonly words: readonly string[];
  /** One bit per language: room for 32, the stopword file has 9. */
  readonly languageBits: Uint32Array;
  /** Per slot, the index of the word in it plus one; 0 for an empty slot. */
  readonly slots: Uint16Array;
  readonly slotMask: number;
  /** A 1 for every (length, first, last character) hash some stopword has: most words are ruled out by it alone. */
  readonly shapes: Uint8Array;
}

let builtStopwordTable: StopwordTable | undefined;

function stopwordTable(): StopwordTable {
  if (builtStopwordTable) return builtStopwordTable;
  const bitsByWord = new Map<string, number>();
  for (const [languageIndex, language] of LANGUAGES.entries()) {
    for (const listed of stopwordSet(language)) {
      const word = listed.replace(/’/g, "'");
      bitsByWord.set(word, (bitsByWord.get(word) ?? 0) | (1 << languageIndex));
    }
  }
  const words = [...bitsByWord.keys()];
  let slotCount = 1;
  while (slotCount < words.length * 2) slotCount *= 2;
  const slots = new Uint16Array(slotCount);
  const shapes = new Uint8Array(0x10000);
  for (const [wordIndex, word] of words.entries()) {
    let slot = wordHash(word, 0, word.length) & (slotCount - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (slotCount - 1);
    slots[slot] = wordIndex + 1;
    shapes[shapeHash(word, 0, word.length)] = 1;
  }
  builtStopwordTable = { words, languageBits: Uint32Array.from(words, word => bitsByWord.get(word) ?? 0), slots, slotMask: slotCount - 1, shapes };
  return builtStopwordTable;
}

/** The languages (bits) whose stopword `text.slice(start, end)` is, 0 for none; a word written with ’ matches one listed with '. */
function stopwordLanguagesAt(table: StopwordTable, text: string, start: number, end: number): number {
  if (table.shapes[shapeHash(text, start, end)] === 0) return 0;
  for (let slot = wordHash(text, start, end) & table.slotMask; table.slots[slot] !== 0; slot = (slot + 1) & table.slotMask) {
    const wordIndex = table.slots[slot] - 1;
    if (isSameWord(table.words[wordIndex], text, start, end)) return table.languageBits[wordIndex];
  }
  return 0;
}

/** The stopword lists spell apostrophes as ' while scraped text often has ’: to the table the two are one character. */
function apostropheFolded(code: number): number {
  return code === 0x2019 ? 39 : code;
}

function wordHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let index = start; index < end; index++) hash = (Math.imul(hash, 31) + apostropheFolded(text.charCodeAt(index))) | 0;
  return hash ^ (hash >>> 15);
}

/** A hash of a word's length, first and last character. */
function shapeHash(text: string, start: number, end: number): number {
  return ((end - start) * 961 + text.charCodeAt(start) * 31 + text.charCodeAt(end - 1)) & 0xffff;
}

function isSameWord(stopword: string, text: string, start: number, end: number): boolean {
  if (stopword.length !== end - start) return false;
  for (let index = 0; index < stopword.length; index++) {
    if (stopword.charCodeAt(index) !== apostropheFolded(text.charCodeAt(start + index))) return false;
  }
  return true;
}

const LANGUAGE_SAMPLE_LINES = 60;
const LANGUAGE_SAMPLE_LINE_LENGTH = 600;
const ENOUGH_STOPWORD_HITS = 150;

/** Picks the stopword list that covers the most words in the first lines of some length. */
function detectLanguage(article: Article): string {
  const table = stopwordTable();
  // Hits per language, counted in an array rather than a map keyed by language name. A tie goes to English, then to
  // the language hit first, as a map's insertion order gave: hence the order of first hits.
  const hits = new Array<number>(LANGUAGES.length).fill(0);
  const firstHitOrder: number[] = [];
  let mostHits = 0;
  let sampled = 0;
  for (const line of article.lines) {
    if (line.isBlank || line.text.length < 40) continue;
    const lower = line.text.slice(0, LANGUAGE_SAMPLE_LINE_LENGTH).toLowerCase();
    // The same word scan as countWords, with an apostrophe inside or at the end of a word kept in it.
    let start = -1;
    for (let index = 0; index <= lower.length; index++) {
      const code = index < lower.length ? lower.charCodeAt(index) : 32;
      if (isWordCode(code) || (start >= 0 && code === 39)) {
        if (start < 0) start = index;
        continue;
      }
      const languageBits = start >= 0 && index - start <= LONGEST_STOPWORD ? stopwordLanguagesAt(table, lower, start, index) : 0;
      if (languageBits !== 0) {
        for (let language = 0; language < LANGUAGES.length; language++) {
          if ((languageBits & (1 << language)) === 0) continue;
          if (hits[language] === 0) firstHitOrder.push(language);
          mostHits = Math.max(mostHits, ++hits[language]);
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
