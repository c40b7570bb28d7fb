// The recognizer's features: per-token hashes (word, lower case, shapes, affixes), sentence and document context,
// and the integer keys of the feature templates. Shared by tagging and by training (scripts/ner), so both see the
// very same features; a change here that alters any key must bump FEATURE_SCHEME_VERSION.

import { IntTable } from './intTable';
import { Tokens } from './tokens';

/** Models record the scheme they were trained with; loading a model of another scheme fails with a clear error. */
export const FEATURE_SCHEME_VERSION = 2;

// ---- labels ------------------------------------------------------------------------------------------------------

/** Named types in label order: CoNLL's PER, ORG, LOC, MISC. */
export const NAMED_TYPES = ['person', 'organization', 'place', 'misc'] as const;
export type NamedType = (typeof NAMED_TYPES)[number];
export const NAMED_TYPE_COUNT = NAMED_TYPES.length;

/** BILOU labels: 0 is O; type `t` has Begin `1 + 4t`, Inside `2 + 4t`, Last `3 + 4t`, Unit `4 + 4t`. */
export const LABEL_COUNT = 1 + 4 * NAMED_TYPE_COUNT;
export const OUTSIDE = 0;
export const BEGIN = 0;
export const INSIDE = 1;
export const LAST = 2;
export const UNIT = 3;

export function labelOf(type: number, position: number): number {
  return 1 + 4 * type + position;
}
export function typeOfLabel(label: number): number {
  return (label - 1) >> 2;
}
export function positionOfLabel(label: number): number {
  return (label - 1) & 3;
}
/** After O, Last or Unit a new entity may start; after Begin or Inside the entity must go on. */
export function isOpenLabel(label: number): boolean {
  if (label === OUTSIDE) return false;
  const position = positionOfLabel(label);
  return position === BEGIN || position === INSIDE;
}

// ---- hashing -----------------------------------------------------------------------------------------------------

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Murmur3's finalizer: spreads every input bit over the output. */
function finalize(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash;
}

/** Murmur3's mixing step: folds `value` into `hash`. */
export function combine(hash: number, value: number): number {
  let mixed = Math.imul(value, 0xcc9e2d51);
  mixed = (mixed << 15) | (mixed >>> 17);
  mixed = Math.imul(mixed, 0x1b873593);
  hash ^= mixed;
  hash = (hash << 13) | (hash >>> 19);
  return (Math.imul(hash, 5) + 0xe6546b64) | 0;
}

function nonZero(key: number): number {
  return key === 0 ? 1 : key;
}

/** The hash state after folding in a template id: computed once per template, not per feature. */
const templateSeeds = new Int32Array(64);
for (let template = 0; template < templateSeeds.length; template++) templateSeeds[template] = combine(0x5bd1e995, template);

export function featureKey1(template: number, value: number): number {
  return nonZero(finalize(combine(templateSeeds[template], value)));
}
export function featureKey2(template: number, first: number, second: number): number {
  return nonZero(finalize(combine(combine(templateSeeds[template], first), second)));
}
export function featureKey3(template: number, first: number, second: number, third: number): number {
  return nonZero(finalize(combine(combine(combine(templateSeeds[template], first), second), third)));
}

/** Folds the lower-case hashes of consecutive tokens into the key of a token sequence (gazetteer entries). */
export function sequenceHash(previous: number, tokenLowerHash: number): number {
  return nonZero(finalize(combine(previous, tokenLowerHash)));
}
export const SEQUENCE_SEED = 0x2545f491;

// ---- characters --------------------------------------------------------------------------------------------------

const CHAR_UNKNOWN = 0;
const CHAR_UPPER = 1;
const CHAR_LOWER = 2;
const CHAR_UNCASED_LETTER = 3;
const CHAR_DIGIT = 4;
const CHAR_OTHER = 5;
const characterKinds = new Uint8Array(0x10000);
const lowerCodes = new Uint16Array(0x10000);

function kindOf(code: number): number {
  const known = characterKinds[code];
  if (known !== CHAR_UNKNOWN) return known;
  const character = String.fromCharCode(code);
  let kind: number;
  if (code >= 0xd800 && code <= 0xdfff) kind = CHAR_OTHER;
  else if (/\p{N}/u.test(character)) kind = CHAR_DIGIT;
  else if (/[\p{L}\p{M}]/u.test(character)) {
    const lower = character.toLowerCase();
    const upper = character.toUpperCase();
    kind = lower !== character ? CHAR_UPPER : upper !== character ? CHAR_LOWER : CHAR_UNCASED_LETTER;
  } else kind = CHAR_OTHER;
  characterKinds[code] = kind;
  return kind;
}

/**
 * Curly quotes and dashes as the ASCII the training text uses (‘’ → ', “” → ", – — → -), so a web article's
 * "Russia’s" and "“liberated”" get the features CoNLL's "Russia 's" and '" liberated "' taught the model.
 */
function plainPunctuation(code: number): number {
  if (code < 0x2013 || code > 0x201f) return code;
  if (code === 0x2018 || code === 0x2019 || code === 0x201a || code === 0x201b) return 39;
  if (code === 0x201c || code === 0x201d || code === 0x201e || code === 0x201f) return 34;
  if (code === 0x2013 || code === 0x2014) return 45;
  return code;
}

function lowerCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  let lower = lowerCodes[code];
  if (lower === 0) {
    const lowered = String.fromCharCode(code).toLowerCase();
    lower = lowered.length === 1 ? lowered.charCodeAt(0) : code;
    lowerCodes[code] = lower;
  }
  return lower;
}

// ---- token flags and case classes --------------------------------------------------------------------------------

export const HAS_UPPER = 1;
export const HAS_LOWER = 2;
export const HAS_DIGIT = 4;
export const HAS_LETTER = 8;
export const INITIAL_UPPER = 16;
export const HAS_HYPHEN = 32;
export const HAS_PERIOD = 64;
export const HAS_OTHER = 128;

/** How a word is written: the case class drives the headline and sentence-start features. */
export const CASE_NONE = 0;
export const CASE_LOWER = 1;
export const CASE_TITLE = 2;
export const CASE_UPPER = 3;
export const CASE_MIXED = 4;

export function caseClassOf(flags: number, letterCount: number): number {
  if ((flags & HAS_LETTER) === 0) return CASE_NONE;
  if ((flags & HAS_UPPER) === 0) return CASE_LOWER;
  if ((flags & HAS_LOWER) === 0) return letterCount > 1 ? CASE_UPPER : CASE_TITLE;
  return (flags & INITIAL_UPPER) !== 0 ? CASE_TITLE : CASE_MIXED;
}

/** Where a token stands: in running text, first in its sentence, or in an all-capitals line such as a headline. */
export const CONTEXT_NORMAL = 0;
export const CONTEXT_SENTENCE_START = 1;
export const CONTEXT_ALL_CAPITALS = 2;

// ---- resources -----------------------------------------------------------------------------------------------------

/** Lists derived from the training data and shipped in the model (word hashes only, never the corpus text). */
export interface NerResources {
  /** Lower-case word hash → the case class the word usually has in running text. */
  readonly caseDictionary: IntTable;
  /** Hash of a lower-case token sequence (`sequenceHash`) → bit mask of the named types it was annotated as. */
  readonly gazetteer: IntTable;
  /** Lower-case hashes of words without capitals that start entities ("de", "van", "1860"): never skipped. */
  readonly startWords: IntTable;
  /** Longest gazetteer entry, in tokens. */
  readonly maxGazetteerTokens: number;
}

// ---- templates -----------------------------------------------------------------------------------------------------

const T_BIAS = 1;
const T_WORD = 2;
const T_LOWER = 3;
const T_SHORT_SHAPE = 4;
const T_LONG_SHAPE = 5;
const T_PREFIX = 6; // + length - 1 (4 templates)
const T_SUFFIX = 10; // + length - 1 (4 templates)
const T_LOWER_BEFORE = 14;
const T_LOWER_AFTER = 15;
const T_LOWER_2_BEFORE = 16;
const T_LOWER_2_AFTER = 17;
const T_SHAPE_BEFORE = 18;
const T_SHAPE_AFTER = 19;
const T_SHAPE_2_BEFORE = 20;
const T_SHAPE_2_AFTER = 21;
const T_SHAPES_BEFORE_HERE = 22;
const T_SHAPES_HERE_AFTER = 23;
const T_LOWERS_BEFORE_HERE = 24;
const T_LOWERS_HERE_AFTER = 25;
const T_CONTEXT_SHAPE = 26;
const T_CONTEXT_LOWER = 27;
const T_DICTIONARY_CASE = 28;
const T_DOCUMENT_CASE = 29;
const T_GAZETTEER = 30;
const T_FLAGS = 31;
const T_SHAPE_AROUND = 32;
const T_WORD_BEFORE_SHAPE = 33;
const T_PREVIOUS_LABEL = 40;
const T_PREVIOUS_LABELS = 41;
const T_PREVIOUS_LABEL_SHAPE = 42;
const T_PREVIOUS_LABEL_LOWER = 43;
export const T_DOCUMENT_MAJORITY = 50;
export const T_DOCUMENT_TYPE = 51;
export const T_DOCUMENT_MAJORITY_BEFORE = 52;
export const T_DOCUMENT_MAJORITY_AFTER = 53;
export const T_DOCUMENT_MAJORITY_CONTEXT = 54;

const BEFORE_SENTENCE = 0x3b9aca07;
const AFTER_SENTENCE = 0x2faf0801;
const NO_LABEL = 0xff;

/** Upper bound on the keys one token produces (observation, label and document features together). */
export const MAX_FEATURES_PER_TOKEN = 96;

// ---- document features ---------------------------------------------------------------------------------------------

/**
 * Everything the recognizer knows about the tokens of one text before tagging it: hashes, flags, context, case
 * evidence from the document itself and gazetteer matches. Built once per text in linear time.
 */
export class DocumentFeatures {
  readonly count: number;
  readonly word: Int32Array;
  readonly lower: Int32Array;
  readonly shortShape: Int32Array;
  readonly longShape: Int32Array;
  readonly flags: Uint8Array;
  readonly caseClass: Uint8Array;
  readonly context: Uint8Array;
  /** Sentence of each token, and its bounds, for the ±2 window. */
  readonly sentenceOf: Int32Array;
  /** Case class this word has in the document's running text (0 = not seen there); filled for starts and headlines. */
  readonly documentCase: Uint8Array;
  /** Gazetteer matches over the token: bit `4 * type + position` (BILOU position). */
  readonly gazetteerBits: Uint16Array;

  constructor(
    readonly tokens: Tokens,
    readonly resources: NerResources,
  ) {
    const count = tokens.count;
    this.count = count;
    this.word = new Int32Array(count);
    this.lower = new Int32Array(count);
    this.shortShape = new Int32Array(count);
    this.longShape = new Int32Array(count);
    this.flags = new Uint8Array(count);
    this.caseClass = new Uint8Array(count);
    this.context = new Uint8Array(count);
    this.sentenceOf = new Int32Array(count);
    this.documentCase = new Uint8Array(count);
    this.gazetteerBits = new Uint16Array(count);
    this.hashTokens();
    this.findContexts();
    this.collectDocumentCase();
    this.matchGazetteer();
  }

  private hashTokens(): void {
    const { text, starts, ends } = this.tokens;
    for (let token = 0; token < this.count; token++) {
      const start = starts[token];
      const end = ends[token];
      let word = FNV_OFFSET;
      let lower = FNV_OFFSET;
      let shortShape = FNV_OFFSET;
      let longShape = FNV_OFFSET;
      let flags = 0;
      let letters = 0;
      let previousShapeCode = -1;
      let run = 0;
      for (let offset = start; offset < end; offset++) {
        const code = plainPunctuation(text.charCodeAt(offset));
        word = Math.imul(word ^ code, FNV_PRIME);
        const kind = kindOf(code);
        lower = Math.imul(lower ^ lowerCode(code), FNV_PRIME);
        let shapeCode: number;
        switch (kind) {
          case CHAR_UPPER:
            shapeCode = 88; // X
            flags |= HAS_UPPER | HAS_LETTER;
            if (offset === start) flags |= INITIAL_UPPER;
            letters++;
            break;
          case CHAR_LOWER:
            shapeCode = 120; // x
            flags |= HAS_LOWER | HAS_LETTER;
            letters++;
            break;
          case CHAR_UNCASED_LETTER:
            shapeCode = 111; // o
            flags |= HAS_LETTER;
            letters++;
            break;
          case CHAR_DIGIT:
            shapeCode = 100; // d
            flags |= HAS_DIGIT;
            break;
          default:
            shapeCode = code;
            if (code === 45) flags |= HAS_HYPHEN;
            else if (code === 46) flags |= HAS_PERIOD;
            else flags |= HAS_OTHER;
        }
        if (shapeCode !== previousShapeCode) {
          shortShape = Math.imul(shortShape ^ shapeCode, FNV_PRIME);
          run = 1;
          previousShapeCode = shapeCode;
        } else run++;
        if (run <= 4) longShape = Math.imul(longShape ^ shapeCode, FNV_PRIME);
      }
      this.word[token] = word;
      this.lower[token] = lower;
      this.shortShape[token] = shortShape;
      this.longShape[token] = longShape;
      this.flags[token] = flags;
      this.caseClass[token] = caseClassOf(flags, letters);
    }
  }

  /**
   * A sentence without lower-case letters is a headline or a dateline ("SOCCER - JAPAN GET LUCKY WIN"): capitals say
   * nothing there. Otherwise the first word (after opening punctuation) is capitalised by grammar, not by name.
   */
  private findContexts(): void {
    const { sentenceStarts, sentenceCount } = this.tokens;
    for (let sentence = 0; sentence < sentenceCount; sentence++) {
      const first = sentenceStarts[sentence];
      const end = sentenceStarts[sentence + 1];
      let upperWords = 0;
      let lowerWords = 0;
      for (let token = first; token < end; token++) {
        this.sentenceOf[token] = sentence;
        const caseClass = this.caseClass[token];
        if (caseClass === CASE_UPPER) upperWords++;
        else if (caseClass === CASE_LOWER || caseClass === CASE_TITLE || caseClass === CASE_MIXED) {
          if ((this.flags[token] & HAS_LOWER) !== 0) lowerWords++;
        }
      }
      if (upperWords > 0 && lowerWords === 0) {
        this.context.fill(CONTEXT_ALL_CAPITALS, first, end);
        continue;
      }
      for (let token = first; token < end; token++) {
        if ((this.flags[token] & (HAS_LETTER | HAS_DIGIT)) !== 0) {
          this.context[token] = CONTEXT_SENTENCE_START;
          break;
        }
      }
    }
  }

  /**
   * For words whose capitals say nothing (sentence starts, headlines), how the same word is written in the running
   * text of this document: "JAPAN" in a headline is "Japan" below it, "THE" is "the".
   */
  private collectDocumentCase(): void {
    const wanted = new Map<number, number>();
    for (let token = 0; token < this.count; token++) {
      if (this.context[token] !== CONTEXT_NORMAL && (this.flags[token] & HAS_UPPER) !== 0) wanted.set(this.lower[token], 0);
    }
    if (wanted.size === 0) return;
    // Counts packed per word: title case in bits 0–9, lower case in 10–19, upper case in 20–29 (each capped).
    for (let token = 0; token < this.count; token++) {
      if (this.context[token] !== CONTEXT_NORMAL) continue;
      const counts = wanted.get(this.lower[token]);
      if (counts === undefined) continue;
      const caseClass = this.caseClass[token];
      const shift = caseClass === CASE_TITLE ? 0 : caseClass === CASE_LOWER ? 10 : caseClass === CASE_UPPER ? 20 : -1;
      if (shift >= 0 && ((counts >>> shift) & 0x3ff) < 0x3ff) wanted.set(this.lower[token], counts + (1 << shift));
    }
    for (let token = 0; token < this.count; token++) {
      if (this.context[token] === CONTEXT_NORMAL || (this.flags[token] & HAS_UPPER) === 0) continue;
      const counts = wanted.get(this.lower[token]) ?? 0;
      const title = counts & 0x3ff;
      const lower = (counts >>> 10) & 0x3ff;
      const upper = (counts >>> 20) & 0x3ff;
      if (title + lower + upper === 0) continue;
      this.documentCase[token] = lower > title + upper ? CASE_LOWER : upper > title ? CASE_UPPER : lower > 0 ? CASE_MIXED : CASE_TITLE;
    }
  }

  /** Marks every gazetteer entry that occurs in a sentence, starting at a capitalised word or a known start word. */
  private matchGazetteer(): void {
    const { gazetteer, startWords, maxGazetteerTokens } = this.resources;
    if (gazetteer.size === 0) return;
    const { sentenceStarts } = this.tokens;
    for (let token = 0; token < this.count; token++) {
      if ((this.flags[token] & HAS_UPPER) === 0 && startWords.get(this.lower[token]) < 0) continue;
      const sentenceEnd = sentenceStarts[this.sentenceOf[token] + 1];
      let hash = SEQUENCE_SEED;
      for (let length = 1; length <= maxGazetteerTokens && token + length <= sentenceEnd; length++) {
        hash = sequenceHash(hash, this.lower[token + length - 1]);
        const typeMask = gazetteer.get(hash);
        if (typeMask <= 0) continue;
        for (let type = 0; type < NAMED_TYPE_COUNT; type++) {
          if ((typeMask & (1 << type)) === 0) continue;
          if (length === 1) {
            this.gazetteerBits[token] |= 1 << (4 * type + UNIT);
            continue;
          }
          this.gazetteerBits[token] |= 1 << (4 * type + BEGIN);
          for (let inside = token + 1; inside < token + length - 1; inside++) this.gazetteerBits[inside] |= 1 << (4 * type + INSIDE);
          this.gazetteerBits[token + length - 1] |= 1 << (4 * type + LAST);
        }
      }
    }
  }

  /** A token a name cannot start with (no capital, not a known start word) is tagged O after O without scoring. */
  mayStartEntity(token: number): boolean {
    return (this.flags[token] & HAS_UPPER) !== 0 || this.resources.startWords.get(this.lower[token]) >= 0;
  }

  /** Writes the keys of the features that do not depend on labels into `out` from `at`; returns the new end. */
  observationFeatures(token: number, out: Int32Array, at: number): number {
    const sentence = this.sentenceOf[token];
    const first = this.tokens.sentenceStarts[sentence];
    const end = this.tokens.sentenceStarts[sentence + 1];
    const lower = this.lower[token];
    const shape = this.shortShape[token];
    const lowerBefore = token - 1 >= first ? this.lower[token - 1] : BEFORE_SENTENCE;
    const lowerAfter = token + 1 < end ? this.lower[token + 1] : AFTER_SENTENCE;
    const lowerTwoBefore = token - 2 >= first ? this.lower[token - 2] : BEFORE_SENTENCE;
    const lowerTwoAfter = token + 2 < end ? this.lower[token + 2] : AFTER_SENTENCE;
    const shapeBefore = token - 1 >= first ? this.shortShape[token - 1] : BEFORE_SENTENCE;
    const shapeAfter = token + 1 < end ? this.shortShape[token + 1] : AFTER_SENTENCE;
    const shapeTwoBefore = token - 2 >= first ? this.shortShape[token - 2] : BEFORE_SENTENCE;
    const shapeTwoAfter = token + 2 < end ? this.shortShape[token + 2] : AFTER_SENTENCE;
    const context = this.context[token];
    const caseClass = this.caseClass[token];

    out[at++] = featureKey1(T_BIAS, 0);
    out[at++] = featureKey1(T_WORD, this.word[token]);
    out[at++] = featureKey1(T_LOWER, lower);
    out[at++] = featureKey1(T_SHORT_SHAPE, shape);
    out[at++] = featureKey1(T_LONG_SHAPE, this.longShape[token]);
    // Affixes are hashed here, for the few tokens that get scored, rather than for every token up front.
    const { text } = this.tokens;
    const wordStart = this.tokens.starts[token];
    const wordEnd = this.tokens.ends[token];
    let prefix = FNV_OFFSET;
    let suffix = FNV_OFFSET;
    for (let length = 1; length <= 4 && length <= wordEnd - wordStart; length++) {
      prefix = Math.imul(prefix ^ lowerCode(plainPunctuation(text.charCodeAt(wordStart + length - 1))), FNV_PRIME);
      suffix = Math.imul(suffix ^ lowerCode(plainPunctuation(text.charCodeAt(wordEnd - length))), FNV_PRIME);
      out[at++] = featureKey1(T_PREFIX + length - 1, prefix);
      out[at++] = featureKey1(T_SUFFIX + length - 1, suffix);
    }
    out[at++] = featureKey1(T_LOWER_BEFORE, lowerBefore);
    out[at++] = featureKey1(T_LOWER_AFTER, lowerAfter);
    out[at++] = featureKey1(T_LOWER_2_BEFORE, lowerTwoBefore);
    out[at++] = featureKey1(T_LOWER_2_AFTER, lowerTwoAfter);
    out[at++] = featureKey1(T_SHAPE_BEFORE, shapeBefore);
    out[at++] = featureKey1(T_SHAPE_AFTER, shapeAfter);
    out[at++] = featureKey1(T_SHAPE_2_BEFORE, shapeTwoBefore);
    out[at++] = featureKey1(T_SHAPE_2_AFTER, shapeTwoAfter);
    out[at++] = featureKey2(T_SHAPES_BEFORE_HERE, shapeBefore, shape);
    out[at++] = featureKey2(T_SHAPES_HERE_AFTER, shape, shapeAfter);
    out[at++] = featureKey3(T_SHAPE_AROUND, shapeBefore, shape, shapeAfter);
    out[at++] = featureKey2(T_LOWERS_BEFORE_HERE, lowerBefore, lower);
    out[at++] = featureKey2(T_LOWERS_HERE_AFTER, lower, lowerAfter);
    out[at++] = featureKey2(T_WORD_BEFORE_SHAPE, lowerBefore, shape);
    out[at++] = featureKey2(T_CONTEXT_SHAPE, context, shape);
    if (context !== CONTEXT_NORMAL) out[at++] = featureKey2(T_CONTEXT_LOWER, context, lower);
    const dictionaryCase = this.resources.caseDictionary.get(lower);
    out[at++] = featureKey3(T_DICTIONARY_CASE, dictionaryCase < 0 ? 0 : dictionaryCase, context, caseClass);
    if (context !== CONTEXT_NORMAL) out[at++] = featureKey3(T_DOCUMENT_CASE, this.documentCase[token], context, caseClass);
    out[at++] = featureKey1(T_FLAGS, this.flags[token]);
    const gazetteerBits = this.gazetteerBits[token];
    if (gazetteerBits !== 0) {
      for (let bit = 0; bit < 16; bit++) if ((gazetteerBits & (1 << bit)) !== 0) out[at++] = featureKey2(T_GAZETTEER, bit, context);
    }
    return at;
  }

  /** Keys of the features of the labels already given to the previous two tokens of the sentence. */
  labelFeatures(token: number, previousLabel: number, labelBeforeThat: number, out: Int32Array, at: number): number {
    out[at++] = featureKey1(T_PREVIOUS_LABEL, previousLabel);
    out[at++] = featureKey2(T_PREVIOUS_LABELS, labelBeforeThat, previousLabel);
    out[at++] = featureKey2(T_PREVIOUS_LABEL_SHAPE, previousLabel, this.shortShape[token]);
    out[at++] = featureKey2(T_PREVIOUS_LABEL_LOWER, previousLabel, this.lower[token]);
    return at;
  }
}

/** Label value used before a sentence's first token. */
export const SENTENCE_START_LABEL = NO_LABEL;
