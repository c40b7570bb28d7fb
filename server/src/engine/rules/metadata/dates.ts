// Recognizes date and time expressions ("6 Jun, 2022 15:41", "Updated 3 hours ago", "2019-11-19T12:48:14Z") by
// classifying the tokens of a short text, left to right. Not a rule; used by the dateline and byline recognizers.

import { MetadataListName, MetadataVocabulary } from './vocabulary';
import { isSpaceCode, isWordCharacter } from './words';

/** A word (letters and digits, with inner `.:/-'’` and a final abbreviation dot) or one other non-space character. */
export interface Token {
  readonly text: string;
  /** UTF-16 offsets into the tokenized text. */
  readonly start: number;
  readonly end: number;
  readonly isWord: boolean;
}

/** `.`, `:`, `/`, `-`, `'` and `’`, by character code: the tokenizer asks this after every word. */
function isInnerWordPunctuation(code: number): boolean {
  return code === 0x2e || code === 0x3a || code === 0x2f || code === 0x2d || code === 0x27 || code === 0x2019;
}

/**
 * Splits `text` into tokens, stopping after `maxTokens` tokens (callers that need few tokens say so, and learn that a
 * text was longer by getting exactly `maxTokens` back). Callers pass short texts: a line of metadata, not 1 MB.
 */
export function tokenize(text: string, maxTokens = Number.POSITIVE_INFINITY): Token[] {
  const tokens: Token[] = [];
  let from = 0;
  while (tokens.length < maxTokens) {
    const token = nextToken(text, from);
    if (!token) break;
    tokens.push(token);
    from = token.end;
  }
  return tokens;
}

/**
 * The first token of `text` at or after offset `from` (which is 0 or the end of a token), or undefined: `tokenize`
 * one token at a time, for checks that can give up after the first few tokens of a line.
 */
export function nextToken(text: string, from: number): Token | undefined {
  let index = from;
  while (index < text.length && isSpaceCode(text.charCodeAt(index))) index++;
  if (index >= text.length) return undefined;
  if (!isWordCharacter(text.charCodeAt(index))) return { text: text[index], start: index, end: index + 1, isWord: false };
  const end = wordTokenEnd(text, index);
  return { text: text.slice(index, end), start: index, end, isWord: true };
}

/** The end of the word token starting at `start` (a word character): for callers that read tokens in place. */
export function wordTokenEnd(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length) {
    const next = text.charCodeAt(index);
    if (isWordCharacter(next)) index++;
    else if (isInnerWordPunctuation(next) && index + 1 < text.length && isWordCharacter(text.charCodeAt(index + 1))) index += 2;
    else break;
  }
  // "Nov." and "a.m." keep their abbreviation dot; so does a sentence's last word, which callers strip when needed.
  if (text.charCodeAt(index) === 0x2e) index++;
  return index;
}

/** What a token is in a date expression; `other` ends one. */
export type DateTokenKind =
  | 'month'
  | 'weekday'
  | 'number'
  | 'numeric-date'
  | 'time'
  | 'dotted-time'
  | 'hour-meridiem'
  | 'meridiem'
  | 'zone'
  | 'label'
  | 'connector'
  | 'day-word'
  | 'unit'
  | 'ago'
  | 'article'
  | 'separator'
  | 'other';

const DATE_SEPARATORS = new Set([',', ';', '|', '/', '-', '–', '—', '·', '•', ':']);
const ISO_DATE = /^\d{4}-\d{1,2}-\d{1,2}(?:t\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC_DATE = /^(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})|\d{4}[/.]\d{1,2}[/.]\d{1,2})$/;
const CLOCK_TIME = /^(?:[01]?\d|2[0-3])[:h][0-5]\d(?::[0-5]\d)?(?:am|pm)?$/;
const DOTTED_TIME = /^(?:[01]?\d|2[0-3])\.[0-5]\d$/;
const HOUR_MERIDIEM = /^(?:1[0-2]|0?\d)(?:am|pm)$/;
const NUMBER = /^\d{1,4}(?:st|nd|rd|th)?$/;

export function classifyDateToken(token: Token, vocabulary: MetadataVocabulary): DateTokenKind {
  if (!token.isWord) return DATE_SEPARATORS.has(token.text) ? 'separator' : 'other';
  const lower = token.text.toLowerCase();
  // A final dot is an abbreviation ("Nov.") or an ordinal ("25. September"); the lists hold the bare word.
  const bare = lower.endsWith('.') && lower.length > 1 ? lower.slice(0, -1) : lower;
  const { words } = vocabulary;
  if (words.meridiems.has(lower) || words.meridiems.has(bare)) return 'meridiem';
  const first = bare.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) {
    if (ISO_DATE.test(bare) || NUMERIC_DATE.test(bare)) return 'numeric-date';
    if (CLOCK_TIME.test(bare)) return 'time';
    if (HOUR_MERIDIEM.test(bare)) return 'hour-meridiem';
    if (DOTTED_TIME.test(bare)) return 'dotted-time';
    if (NUMBER.test(bare)) return 'number';
    return 'other';
  }
  return dateWordKinds(vocabulary).get(bare) ?? 'other';
}

/** The word lists of classifyDateToken in the order it asks them: a word in two lists is of the first one's kind. */
const DATE_WORD_LISTS: readonly (readonly [MetadataListName, DateTokenKind])[] = [
  ['monthNames', 'month'],
  ['weekdayNames', 'weekday'],
  ['dateLabelWords', 'label'],
  ['timeZones', 'zone'],
  ['relativeUnits', 'unit'],
  ['relativeAgoWords', 'ago'],
  ['relativeDayWords', 'day-word'],
  ['relativeArticles', 'article'],
  ['dateConnectors', 'connector'],
];

const dateWordKindsByVocabulary = new WeakMap<MetadataVocabulary, ReadonlyMap<string, DateTokenKind>>();

/** Each word of the date lists with its kind, one lookup instead of one per list; made once per vocabulary. */
function dateWordKinds(vocabulary: MetadataVocabulary): ReadonlyMap<string, DateTokenKind> {
  let kinds = dateWordKindsByVocabulary.get(vocabulary);
  if (!kinds) {
    const byWord = new Map<string, DateTokenKind>();
    for (const [list, kind] of DATE_WORD_LISTS) for (const word of vocabulary.words[list]) if (!byWord.has(word)) byWord.set(word, kind);
    kinds = byWord;
    dateWordKindsByVocabulary.set(vocabulary, kinds);
  }
  return kinds;
}

/** A maximal run of date tokens starting at a token. */
export interface DateRun {
  /** Index of the first token after the run. */
  readonly endToken: number;
  /** Index of the last token of the run that carries a date or time (not a label or separator), or -1. */
  readonly lastContentToken: number;
  /** The run holds something that only a date or time can be: a month next to a day or year, a clock time, … */
  readonly anchored: boolean;
  /** The run names itself a date: "Published", "Updated", "Posted"… */
  readonly labelled: boolean;
}

/** Kinds that carry the date itself, as opposed to labels, connectors and separators around it. */
const DATE_BEARING_KINDS: ReadonlySet<DateTokenKind> = new Set([
  'month', 'weekday', 'number', 'numeric-date', 'time', 'dotted-time', 'hour-meridiem', 'meridiem', 'zone', 'day-word', 'unit', 'ago',
]);

/** Tokens with their date kinds, classified only as far as a caller reads them. */
export class DateTokens {
  constructor(
    readonly tokens: readonly Token[],
    private readonly vocabulary: MetadataVocabulary,
    /** The kinds of the first tokens when the caller has classified them already. */
    private readonly kinds: DateTokenKind[] = [],
  ) {}

  get length(): number {
    return this.tokens.length;
  }

  kindAt(index: number): DateTokenKind {
    if (index < 0 || index >= this.tokens.length) return 'other';
    let kind = this.kinds[index];
    if (kind === undefined) {
      kind = classifyDateToken(this.tokens[index], this.vocabulary);
      this.kinds[index] = kind;
    }
    return kind;
  }
}

/** A date expression is a few dozen tokens at most; a longer text is not one. */
export const MAX_DATE_TOKENS = 40;

/** The text's first tokens with their date kinds; `truncated` when the text had more than `maxTokens`. */
export function dateTokens(text: string, vocabulary: MetadataVocabulary, maxTokens = MAX_DATE_TOKENS): { tokens: DateTokens; truncated: boolean } {
  const tokens = tokenize(text, maxTokens + 1);
  const truncated = tokens.length > maxTokens;
  return { tokens: new DateTokens(truncated ? tokens.slice(0, maxTokens) : tokens, vocabulary), truncated };
}

/**
 * The text's first tokens up to and including the first that ends a date expression (`other`), at most
 * MAX_DATE_TOKENS: all that `dateRunAt(tokens, 0)` reads. The run, and whether a token follows it, are those of
 * `dateTokens(text)`, which tokenizes up to MAX_DATE_TOKENS whatever the run; most runs end at their first token.
 */
export function leadingDateTokens(text: string, vocabulary: MetadataVocabulary): DateTokens {
  const tokens: Token[] = [];
  const kinds: DateTokenKind[] = [];
  let token = nextToken(text, 0);
  while (token && tokens.length < MAX_DATE_TOKENS) {
    const kind = classifyDateToken(token, vocabulary);
    tokens.push(token);
    kinds.push(kind);
    if (kind === 'other') break;
    token = nextToken(text, token.end);
  }
  return new DateTokens(tokens, vocabulary, kinds);
}

export function dateRunAt(tokens: DateTokens, from: number): DateRun {
  let end = from;
  let lastContentToken = -1;
  let anchored = false;
  let labelled = false;
  while (end < tokens.length && tokens.kindAt(end) !== 'other') {
    const kind = tokens.kindAt(end);
    if (DATE_BEARING_KINDS.has(kind)) lastContentToken = end;
    if (kind === 'label') labelled = true;
    if (!anchored) anchored = isAnchorAt(tokens, end, from);
    end++;
  }
  return { endToken: end, lastContentToken, anchored, labelled };
}

function isAnchorAt(tokens: DateTokens, index: number, runStart: number): boolean {
  const kind = tokens.kindAt(index);
  if (kind === 'numeric-date' || kind === 'time' || kind === 'hour-meridiem') return true;
  if (kind === 'meridiem') return index > runStart && (tokens.kindAt(index - 1) === 'number' || tokens.kindAt(index - 1) === 'dotted-time');
  // "ago" anchors only after "3 hours" or "an hour", both inside the run.
  if (kind === 'ago') {
    return index - 2 >= runStart && tokens.kindAt(index - 1) === 'unit' && (tokens.kindAt(index - 2) === 'number' || tokens.kindAt(index - 2) === 'article');
  }
  if (kind !== 'month') return false;
  // A month counts next to a plausible day or year: "Nov. 19", "6 Jun", "November 2019", "Nov 18, 2019".
  const neighbours = [index - 1, index + 1, index + 2].filter(at => at >= runStart && at < tokens.length);
  return neighbours.some(at => {
    if (tokens.kindAt(at) !== 'number') return false;
    if (at === index + 2 && tokens.kindAt(index + 1) !== 'separator') return false;
    const value = Number.parseInt(tokens.tokens[at].text, 10);
    return (value >= 1 && value <= 31) || (value >= 1800 && value <= 2100);
  });
}

export interface DateOnlyText {
  readonly labelled: boolean;
}

/**
 * The whole text is one date/time expression, perhaps with labels and separators around it ("| Nov 18, 2019",
 * "Posted: Fri 6:45 PM, Feb 16, 2018 |"). Parenthesized dates are not: they belong to an embedded item.
 */
export function recognizeDateOnlyText(text: string, vocabulary: MetadataVocabulary): DateOnlyText | undefined {
  if (!holdsOnlyDateTokens(text, vocabulary) || !mayHoldDate(text, vocabulary)) return undefined;
  const { tokens, truncated } = dateTokens(text, vocabulary);
  if (truncated || tokens.length === 0) return undefined;
  const run = dateRunAt(tokens, 0);
  if (run.endToken !== tokens.length || !run.anchored) return undefined;
  return { labelled: run.labelled };
}

/**
 * The text has one to MAX_DATE_TOKENS tokens and none of them ends a date expression: what a date-only text needs,
 * read a token at a time, so the many lines that are not one are given up at their first word that is no date word.
 */
function holdsOnlyDateTokens(text: string, vocabulary: MetadataVocabulary): boolean {
  let count = 0;
  for (let token = nextToken(text, 0); token; token = nextToken(text, token.end)) {
    if (++count > MAX_DATE_TOKENS || classifyDateToken(token, vocabulary) === 'other') return false;
  }
  return count > 0;
}

/** Whether the first token of `text` may start a date expression; a date run starting with an `other` token is empty. */
export function startsWithDateToken(text: string, vocabulary: MetadataVocabulary): boolean {
  const first = nextToken(text, 0);
  return first !== undefined && classifyDateToken(first, vocabulary) !== 'other';
}

/** Every date anchor holds a digit except "an hour ago": a cheap test that skips most lines. */
export function mayHoldDate(text: string, vocabulary: MetadataVocabulary): boolean {
  if (/\d/.test(text)) return true;
  const lower = text.toLowerCase();
  for (const word of vocabulary.words.relativeAgoWords) if (lower.includes(word)) return true;
  return false;
}

/**
 * A date leading a line and set off from the rest by a separator ("21/06/2014 - Posted by…", "Nov 18 | News"):
 * the offset where the date ends, or undefined. A date running straight into words ("date 2022-06-06 icon") is not.
 */
export function leadingDateEnd(text: string, vocabulary: MetadataVocabulary): number | undefined {
  if (!startsWithDateToken(text, vocabulary) || !mayHoldDate(text, vocabulary)) return undefined;
  const tokens = leadingDateTokens(text, vocabulary);
  const run = dateRunAt(tokens, 0);
  if (!run.anchored || run.endToken >= tokens.length || run.lastContentToken < 0) return undefined;
  const separators = tokens.tokens.slice(run.lastContentToken + 1, run.endToken).map(token => token.text);
  const setOff = separators.some(separator => separator !== ',' && separator !== ':' && separator !== '/');
  return setOff ? tokens.tokens[run.lastContentToken].end : undefined;
}

const PLACE_WORD = /^\p{Lu}[\p{Lu}\p{M}'’-]*\.?$/u;
/** A wire dateline's place is a few words in capitals ("LONDON", "ST. LOUIS", "WASHINGTON, D.C."). */
const MAX_PLACE_WORDS = 4;

/**
 * A wire dateline line: a place in capitals and a date ("LONDON 1996-08-30", "HONG KONG, Nov 19"). Returns what the
 * date is, or undefined. A place in capitals opening a sentence ("LONDON (Reuters) - …") is not one: it has words.
 */
export function recognizePlaceDateText(text: string, vocabulary: MetadataVocabulary): DateOnlyText | undefined {
  if (!mayHoldDate(text, vocabulary)) return undefined;
  const tokens = tokenize(text, MAX_PLACE_WORDS * 2 + 1);
  let placeEnd = 0;
  let placeWords = 0;
  while (placeEnd < tokens.length && (tokens[placeEnd].text === ',' || (tokens[placeEnd].isWord && PLACE_WORD.test(tokens[placeEnd].text)))) {
    if (tokens[placeEnd].isWord) placeWords++;
    placeEnd++;
  }
  if (placeWords === 0 || placeWords > MAX_PLACE_WORDS || placeEnd >= tokens.length) return undefined;
  const rest = text.slice(tokens[placeEnd].start);
  const date = recognizeDateOnlyText(rest, vocabulary);
  // The place must not itself be read as part of the date ("NOV 19" is a date, not a place), and the date must be a
  // calendar date: "VIDEO 3:45" is a clip's length and "NBC 5 Today at 6am" a programme.
  if (!date || classifyDateToken(tokens[0], vocabulary) !== 'other') return undefined;
  const { tokens: restTokens } = dateTokens(rest, vocabulary);
  const hasCalendarDate = restTokens.tokens.some((_, index) => restTokens.kindAt(index) === 'month' || restTokens.kindAt(index) === 'numeric-date');
  return hasCalendarDate ? date : undefined;
}
