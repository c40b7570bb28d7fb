// Recognizes date and time expressions ("6 Jun, 2022 15:41", "Updated 3 hours ago", "2019-11-19T12:48:14Z") by
// classifying the tokens of a short text; shared by the dateline and byline rules. Not a rule. No regex backtracking.

import { MetadataVocabulary, isWordCharacter } from './vocabulary';

/** A word (letters and digits, with inner `.:/-'’` and a final abbreviation dot) or one other non-space character. */
export interface Token {
  readonly text: string;
  /** UTF-16 offsets into the tokenized text. */
  readonly start: number;
  readonly end: number;
  readonly isWord: boolean;
}

const INNER_WORD_PUNCTUATION = new Set(['.', ':', '/', '-', "'", '’']);

/** Splits `text` into tokens; callers only pass short texts (a line of metadata), so this never sees 1 MB. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (isSpace(code)) {
      index++;
      continue;
    }
    if (!isWordCharacter(code)) {
      tokens.push({ text: text[index], start: index, end: index + 1, isWord: false });
      index++;
      continue;
    }
    const start = index;
    index++;
    while (index < text.length) {
      const next = text.charCodeAt(index);
      if (isWordCharacter(next)) index++;
      else if (INNER_WORD_PUNCTUATION.has(text[index]) && index + 1 < text.length && isWordCharacter(text.charCodeAt(index + 1))) index += 2;
      else break;
    }
    // "Nov." and "a.m." keep their abbreviation dot; so does a sentence's last word, which callers strip when needed.
    if (text[index] === '.') index++;
    tokens.push({ text: text.slice(start, index), start, end: index, isWord: true });
  }
  return tokens;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b) || code === 0xfeff;
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
  if (/^\d/.test(bare)) {
    if (ISO_DATE.test(bare) || NUMERIC_DATE.test(bare)) return 'numeric-date';
    if (CLOCK_TIME.test(bare)) return 'time';
    if (HOUR_MERIDIEM.test(bare)) return 'hour-meridiem';
    if (DOTTED_TIME.test(bare)) return 'dotted-time';
    if (NUMBER.test(bare)) return 'number';
    return 'other';
  }
  if (words.monthNames.has(bare)) return 'month';
  if (words.weekdayNames.has(bare)) return 'weekday';
  if (words.dateLabelWords.has(bare)) return 'label';
  if (words.timeZones.has(bare)) return 'zone';
  if (words.relativeUnits.has(bare)) return 'unit';
  if (words.relativeAgoWords.has(bare)) return 'ago';
  if (words.relativeDayWords.has(bare)) return 'day-word';
  if (words.relativeArticles.has(bare)) return 'article';
  if (words.dateConnectors.has(bare)) return 'connector';
  return 'other';
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

export function dateRunAt(tokens: readonly Token[], kinds: readonly DateTokenKind[], from: number): DateRun {
  let end = from;
  let lastContentToken = -1;
  let anchored = false;
  let labelled = false;
  while (end < tokens.length && kinds[end] !== 'other') {
    const kind = kinds[end];
    if (DATE_BEARING_KINDS.has(kind)) lastContentToken = end;
    if (kind === 'label') labelled = true;
    if (!anchored) anchored = isAnchorAt(tokens, kinds, end, from);
    end++;
  }
  // "ago" anchors only after "3 hours" or "an hour", both inside the run.
  return { endToken: end, lastContentToken, anchored, labelled };
}

function isAnchorAt(tokens: readonly Token[], kinds: readonly DateTokenKind[], index: number, runStart: number): boolean {
  const kind = kinds[index];
  if (kind === 'numeric-date' || kind === 'time' || kind === 'hour-meridiem') return true;
  if (kind === 'meridiem') return index > runStart && (kinds[index - 1] === 'number' || kinds[index - 1] === 'dotted-time');
  if (kind === 'ago') {
    return index - 2 >= runStart && kinds[index - 1] === 'unit' && (kinds[index - 2] === 'number' || kinds[index - 2] === 'article');
  }
  if (kind !== 'month') return false;
  // A month counts next to a plausible day or year: "Nov. 19", "6 Jun", "November 2019", "Nov 18, 2019".
  const neighbours = [index - 1, index + 1, index + 2].filter(at => at >= runStart && at < tokens.length);
  return neighbours.some(at => {
    if (kinds[at] !== 'number') return false;
    if (at === index + 2 && kinds[index + 1] !== 'separator') return false;
    const value = Number.parseInt(tokens[at].text, 10);
    return (value >= 1 && value <= 31) || (value >= 1800 && value <= 2100);
  });
}

/** Tokens and their date kinds for a short text. */
export function dateTokens(text: string, vocabulary: MetadataVocabulary): { tokens: Token[]; kinds: DateTokenKind[] } {
  const tokens = tokenize(text);
  return { tokens, kinds: tokens.map(token => classifyDateToken(token, vocabulary)) };
}

export interface DateOnlyText {
  readonly labelled: boolean;
}

/**
 * The whole text is one date/time expression, perhaps with labels and separators around it ("| Nov 18, 2019",
 * "Posted: Fri 6:45 PM, Feb 16, 2018 |"). Parenthesized dates are not: they belong to an embedded item.
 */
export function recognizeDateOnlyText(text: string, vocabulary: MetadataVocabulary): DateOnlyText | undefined {
  const { tokens, kinds } = dateTokens(text, vocabulary);
  if (tokens.length === 0) return undefined;
  const run = dateRunAt(tokens, kinds, 0);
  if (run.endToken !== tokens.length || !run.anchored) return undefined;
  return { labelled: run.labelled };
}

/**
 * A date leading a line and set off from the rest by a separator ("21/06/2014 - Posted by…", "Nov 18 | News"):
 * the offset where the date ends, or undefined. A date running straight into words ("date 2022-06-06 icon") is not.
 */
export function leadingDateEnd(text: string, vocabulary: MetadataVocabulary): number | undefined {
  const { tokens, kinds } = dateTokens(text, vocabulary);
  const run = dateRunAt(tokens, kinds, 0);
  if (!run.anchored || run.endToken >= tokens.length || run.lastContentToken < 0) return undefined;
  const separators = tokens.slice(run.lastContentToken + 1, run.endToken).map(token => token.text);
  const setOff = separators.some(separator => separator !== ',' && separator !== ':' && separator !== '/');
  return setOff ? tokens[run.lastContentToken].end : undefined;
}
