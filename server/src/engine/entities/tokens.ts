// Splits article text into word tokens with UTF-16 spans and sentences, the way CoNLL-2003 / Penn Treebank text is
// tokenized (punctuation split off, "Russia’s" → "Russia" + "’s", "U.S.", "1996-08-30" and hyphenated words kept).

import tokenLexicon from './tokenLexicon.json';

/**
 * Tokens as parallel typed arrays rather than objects: the recognizer walks millions of them, and a token object per
 * word would cost more than tagging it. Token `i` is `text.slice(starts[i], ends[i])`.
 */
export interface Tokens {
  readonly text: string;
  readonly count: number;
  /** UTF-16 offsets; only the first `count` entries are meaningful. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly sentenceCount: number;
  /** The first token of each sentence, then `count`: sentence `s` is tokens `[sentenceStarts[s], sentenceStarts[s + 1])`. */
  readonly sentenceStarts: Int32Array;
}

const ABBREVIATIONS: ReadonlySet<string> = new Set(tokenLexicon.en.abbreviations);
const CLITICS: readonly string[] = tokenLexicon.en.clitics;

// Character classes, looked up per UTF-16 code unit in a table filled on first sight of each code unit.
const UNKNOWN = 0;
const SPACE = 1;
const LINE_BREAK = 2;
const WORD = 3;
const OTHER = 4;
const SURROGATE = 5;
const characterClasses = new Uint8Array(0x10000);

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}\u00AD\u200C\u200D]/u;
const SPACE_CHARACTER = /[\s\u200B\u2060\uFEFF]/u;

function classOf(code: number): number {
  const known = characterClasses[code];
  if (known !== UNKNOWN) return known;
  let computed: number;
  if (code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c || code === 0x85 || code === 0x2028 || code === 0x2029) computed = LINE_BREAK;
  else if (code >= 0xd800 && code <= 0xdfff) computed = SURROGATE;
  else {
    const character = String.fromCharCode(code);
    computed = SPACE_CHARACTER.test(character) ? SPACE : WORD_CHARACTER.test(character) ? WORD : OTHER;
  }
  characterClasses[code] = computed;
  return computed;
}

/** Punctuation roles per UTF-16 code unit, as bit flags. */
const OPENER = 1;
const CLOSER = 2;
const SENTENCE_FINAL = 4;
const TRAILING_CLOSER = 8;
const APOSTROPHE = 16;
const punctuationRoles = new Uint8Array(0x10000);
const markRole = (characters: string, role: number) => {
  for (const character of characters) punctuationRoles[character.charCodeAt(0)] |= role;
};
/** Opening punctuation split off the front of a word. */
markRole('([{"“‘«‹„¿¡\'', OPENER);
/** Closing punctuation split off the end of a word (a final `.` is decided separately). */
markRole(')]}"”’»›,;:!?\'%…', CLOSER);
/** Single characters after which a sentence may end (and "...", "?!", checked by length). */
markRole('.!?…', SENTENCE_FINAL);
/** Punctuation that still belongs to the sentence it follows: `said." He` ends after the quote. */
markRole(')]}"”’»›\'', TRAILING_CLOSER);
markRole("'’", APOSTROPHE);

/** Growable typed-array storage for token spans while tokenizing. */
class TokenSink {
  starts: Int32Array = new Int32Array(1024);
  ends: Int32Array = new Int32Array(1024);
  sentenceStarts: Int32Array = new Int32Array(256);
  count = 0;
  sentenceCount = 0;
  /** The last token ended a sentence; the next one starts a new sentence unless it is a closer or lower case. */
  private pendingSentenceEnd = false;
  /** A line break was crossed since the last token: the next token always starts a sentence. */
  lineBreakSeen = true;

  constructor(private readonly text: string) {}

  push(start: number, end: number): void {
    if (end <= start) return;
    if (this.count === this.starts.length) {
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    const startsSentence = this.lineBreakSeen || (this.pendingSentenceEnd && this.mayStartSentence(start, end));
    if (startsSentence) {
      if (this.sentenceCount + 1 >= this.sentenceStarts.length) this.sentenceStarts = grow(this.sentenceStarts);
      this.sentenceStarts[this.sentenceCount++] = this.count;
      this.pendingSentenceEnd = false;
    }
    this.lineBreakSeen = false;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
    const roles = end - start <= 3 ? punctuationRoles[this.text.charCodeAt(start)] : 0;
    if ((roles & SENTENCE_FINAL) !== 0 && this.isSentenceFinal(start, end)) this.pendingSentenceEnd = true;
    else if (!(this.pendingSentenceEnd && end - start === 1 && (roles & TRAILING_CLOSER) !== 0)) this.pendingSentenceEnd = false;
  }

  /** ".", "!", "?", "…", "...", "?!" and the like: up to three sentence-final characters. */
  private isSentenceFinal(start: number, end: number): boolean {
    for (let index = start; index < end; index++) if ((punctuationRoles[this.text.charCodeAt(index)] & SENTENCE_FINAL) === 0) return false;
    return true;
  }

  /** After a sentence-final token, the sentence goes on only before a closer or a lower-case word. */
  private mayStartSentence(start: number, end: number): boolean {
    const code = this.text.charCodeAt(start);
    if (end - start === 1 && (punctuationRoles[code] & TRAILING_CLOSER) !== 0) return false;
    if (code >= 97 && code <= 122) return false;
    if (code < 128) return true;
    const first = this.text[start];
    return first.toLowerCase() === first.toUpperCase() || first !== first.toLowerCase();
  }

  finish(): Tokens {
    if (this.sentenceCount + 1 >= this.sentenceStarts.length) this.sentenceStarts = grow(this.sentenceStarts);
    this.sentenceStarts[this.sentenceCount] = this.count;
    return {
      text: this.text,
      count: this.count,
      starts: this.starts,
      ends: this.ends,
      sentenceCount: this.sentenceCount,
      sentenceStarts: this.sentenceStarts,
    };
  }
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** Tokenizes `text` in one linear pass. Line breaks always end a sentence; `.`, `!` and `?` end one before a capital. */
export function tokenizeText(text: string): Tokens {
  const sink = new TokenSink(text);
  let index = 0;
  const length = text.length;
  while (index < length) {
    const kind = classOf(text.charCodeAt(index));
    if (kind === SPACE) {
      index++;
      continue;
    }
    if (kind === LINE_BREAK) {
      sink.lineBreakSeen = true;
      index++;
      continue;
    }
    const chunkStart = index;
    while (index < length) {
      const next = classOf(text.charCodeAt(index));
      if (next === SPACE || next === LINE_BREAK) break;
      index++;
    }
    splitChunk(text, chunkStart, index, sink);
  }
  return sink.finish();
}

/** Splits one whitespace-free chunk into tokens: leading openers, the core (with dashes split out), clitics, closers. */
function splitChunk(text: string, chunkStart: number, chunkEnd: number, sink: TokenSink): void {
  let start = chunkStart;
  let end = chunkEnd;
  if (isWholeClitic(text, start, end)) {
    sink.push(start, end);
    return;
  }
  while (start < end - 1 && (punctuationRoles[text.charCodeAt(start)] & OPENER) !== 0) {
    sink.push(start, start + 1);
    start++;
  }
  // Closers are found from the end but emitted after the core, so they are collected first.
  const trailing: number[] = [];
  while (end > start) {
    const last = text.charCodeAt(end - 1);
    if (last === 46) {
      let dots = end - 1;
      while (dots > start && text[dots - 1] === '.') dots--;
      if (end - dots >= 2) {
        trailing.push(dots, end);
        end = dots;
        continue;
      }
      if (keepsFinalPeriod(text, start, end, sink)) break;
      trailing.push(end - 1, end);
      end--;
      continue;
    }
    if (end - start > 1 && (punctuationRoles[last] & CLOSER) !== 0) {
      trailing.push(end - 1, end);
      end--;
      continue;
    }
    break;
  }
  const cliticLength = cliticLengthAt(text, start, end);
  const coreEnd = end - cliticLength;
  pushCoreSplittingDashes(text, start, coreEnd, sink);
  if (cliticLength > 0) sink.push(coreEnd, end);
  for (let pair = trailing.length - 2; pair >= 0; pair -= 2) sink.push(trailing[pair], trailing[pair + 1]);
}

/** "U.S.", "a.m.", "J.", "Inc.", and "3." opening a numbered line keep their period; "said." does not. */
function keepsFinalPeriod(text: string, start: number, end: number, sink: TokenSink): boolean {
  const withoutPeriod = end - 1 - start;
  if (withoutPeriod === 0) return true;
  const word = text.slice(start, end - 1);
  if (word.includes('.')) return true;
  if (withoutPeriod === 1 && classOf(word.charCodeAt(0)) === WORD && !/\d/.test(word)) return true;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  return sink.lineBreakSeen && /^\d{1,3}$/.test(word);
}

function isWholeClitic(text: string, start: number, end: number): boolean {
  if (end - start > 3 || end - start < 2) return false;
  const first = text.charCodeAt(start);
  if ((punctuationRoles[first] & APOSTROPHE) === 0 && first !== 110 && first !== 78) return false;
  const chunk = text.slice(start, end).toLowerCase().replace('’', "'");
  return CLITICS.includes(chunk);
}

/** Length of a clitic ("'s", "n't", "’ll"…) ending the word at `end`, when letters come before it; otherwise 0. */
function cliticLengthAt(text: string, start: number, end: number): number {
  // Every clitic has its apostrophe second or third from the end; most words have none there.
  if (end - start < 3) return 0;
  if ((punctuationRoles[text.charCodeAt(end - 2)] & APOSTROPHE) === 0 && (punctuationRoles[text.charCodeAt(end - 3)] & APOSTROPHE) === 0) return 0;
  for (const clitic of CLITICS) {
    const cliticStart = end - clitic.length;
    if (cliticStart <= start) continue;
    let matches = true;
    for (let offset = 0; offset < clitic.length && matches; offset++) {
      const character = text[cliticStart + offset].toLowerCase();
      matches = character === clitic[offset] || (clitic[offset] === "'" && character === '’');
    }
    if (matches && classOf(text.charCodeAt(cliticStart - 1)) === WORD) return clitic.length;
  }
  return 0;
}

/** The core of a chunk, split around em dashes, double hyphens and ellipses that join two words ("peace—and", "so--"). */
function pushCoreSplittingDashes(text: string, start: number, end: number, sink: TokenSink): void {
  let pieceStart = start;
  let index = start;
  while (index < end) {
    const code = text.charCodeAt(index);
    let dashLength = 0;
    if (code === 0x2014 || code === 0x2015 || code === 0x2026) dashLength = 1;
    else if (code === 45 && index + 1 < end && text.charCodeAt(index + 1) === 45) {
      dashLength = 2;
      while (index + dashLength < end && text.charCodeAt(index + dashLength) === 45) dashLength++;
    }
    if (dashLength === 0) {
      index++;
      continue;
    }
    if (index === pieceStart && index + dashLength === end) break;
    sink.push(pieceStart, index);
    sink.push(index, index + dashLength);
    index += dashLength;
    pieceStart = index;
  }
  sink.push(pieceStart, end);
}

/** The text of every token, for tests and tools; the recognizer itself never builds these strings. */
export function tokenTexts(tokens: Tokens): string[] {
  const texts: string[] = [];
  for (let index = 0; index < tokens.count; index++) texts.push(tokens.text.slice(tokens.starts[index], tokens.ends[index]));
  return texts;
}

/** The tokens of each sentence as strings. */
export function sentenceTexts(tokens: Tokens): string[][] {
  const texts = tokenTexts(tokens);
  const sentences: string[][] = [];
  for (let sentence = 0; sentence < tokens.sentenceCount; sentence++) {
    sentences.push(texts.slice(tokens.sentenceStarts[sentence], tokens.sentenceStarts[sentence + 1]));
  }
  return sentences;
}
