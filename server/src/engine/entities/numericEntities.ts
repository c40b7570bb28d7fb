// Dates, times, amounts of money and percentages found by rules (source `rule`), not by the trained model: they
// follow a handful of patterns ("$6.5 billion", "12 percent", "6 Jun, 2022 15:41", "in 2014") that rules get right.
// Dates and times reuse the metadata rules' date-token classifier and its month, weekday and meridiem lists.

import { classifyDateToken, DateTokenKind, DateTokens, dateRunAt, Token as DateToken } from '../rules/metadata/dates';
import { MetadataVocabulary, metadataVocabulary } from '../rules/metadata/vocabulary';
import numericLexicon from './numericLexicon.json';
import { tokenizeText, Tokens } from './tokens';
import { EntityType, Mention } from './types';

const words = numericLexicon.en;
const CURRENCY_SYMBOLS: ReadonlySet<string> = new Set(words.currencySymbols);
const CURRENCY_CODES: ReadonlySet<string> = new Set(words.currencyCodes);
const CURRENCY_WORDS: ReadonlySet<string> = new Set(words.currencyWords);
const SCALE_WORDS: ReadonlySet<string> = new Set(words.scaleWords);
const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(words.yearPrepositions);
const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(words.ambiguousMonths);
/** Percent phrases as token sequences ("per cent" is two tokens). */
const PERCENT_PHRASES: readonly (readonly string[])[] = words.percentWords.map(phrase => phrase.split(' ')).sort((a, b) => b.length - a.length);

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** A currency symbol written onto its number: "$6.5", "€20", "US$1,000", "HK$3". */
const SYMBOL_AND_NUMBER = /^(?:[A-Z]{1,2})?[$€£¥₹₽₩₴](?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const YEAR = /^(?:1[89]\d\d|20\d\d)$/;

/** The kinds that make a date run a time ("15:41", "3 p.m. GMT") rather than a date. */
const TIME_KINDS: ReadonlySet<DateTokenKind> = new Set(['time', 'dotted-time', 'hour-meridiem', 'meridiem', 'zone']);
/** Kinds a date or time expression can start with ("Monday", "6", "June", "15:41", "2022-06-06"). */
const DATE_RUN_STARTS: ReadonlySet<DateTokenKind> = new Set(['month', 'weekday', 'number', 'numeric-date', 'time', 'dotted-time', 'hour-meridiem']);
/** How many tokens a date run may span; "Monday, June 6, 2022 at 15:41 GMT" is about ten. */
const MAX_DATE_RUN_TOKENS = 14;

/** Lower-case words a capitalised token must be to open a date or an amount: months, weekdays, currencies. */
const capitalisedOpeners = (() => {
  let built: ReadonlySet<string> | undefined;
  return (vocabulary: MetadataVocabulary): ReadonlySet<string> => {
    built ??= new Set([
      ...vocabulary.words.monthNames,
      ...vocabulary.words.weekdayNames,
      ...CURRENCY_CODES,
      ...[...CURRENCY_SYMBOLS].map(symbol => symbol.toLowerCase()),
    ]);
    return built;
  };
})();

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Dates, times, money and percentages in `text`, in text order. */
export function recognizeNumericMentions(text: string): Mention[] {
  return findNumericMentions(tokenizeText(text));
}

/** The same over tokens the caller already has. */
export function findNumericMentions(tokens: Tokens): Mention[] {
  const { text, starts, ends, sentenceStarts, sentenceCount } = tokens;
  const mentions: Mention[] = [];
  const vocabulary = metadataVocabulary('en');
  const CAPITALISED_OPENERS = capitalisedOpeners(vocabulary);
  const lowerAt = (token: number) => text.slice(starts[token], ends[token]).toLowerCase();
  const add = (first: number, last: number, type: EntityType) => {
    mentions.push({ span: { start: starts[first], end: ends[last] }, text: text.slice(starts[first], ends[last]), type, source: 'rule' });
  };

  for (let sentence = 0; sentence < sentenceCount; sentence++) {
    const sentenceEnd = sentenceStarts[sentence + 1];
    const isNumberAt = (token: number) => token < sentenceEnd && NUMBER.test(lowerAt(token));
    /** The token after a number and its optional scale word ("6.5 billion"). */
    const afterScale = (token: number) => (token < sentenceEnd && SCALE_WORDS.has(lowerAt(token)) ? token + 1 : token);
    const percentPhraseEnd = (token: number) => {
      for (const phrase of PERCENT_PHRASES) {
        if (token + phrase.length > sentenceEnd) continue;
        if (phrase.every((word, offset) => lowerAt(token + offset) === word)) return token + phrase.length;
      }
      return -1;
    };

    for (let token = sentenceStarts[sentence]; token < sentenceEnd; token++) {
      const first = text.charCodeAt(starts[token]);
      const isDigit = isDigitCode(first);
      const isUpper = first >= 65 && first <= 90;
      // Most tokens start with a lower-case letter or punctuation and can open none of these patterns; a capitalised
      // word must be a month, a weekday, a currency code or a symbol like "US$".
      if (!isDigit && !isUpper && first < 128 && first !== 36 && first !== 43 && first !== 45) continue;
      const lower = lowerAt(token);
      const endsWithDigit = isDigitCode(text.charCodeAt(ends[token] - 1));
      if (isUpper && !endsWithDigit && !CAPITALISED_OPENERS.has(lower) && !CAPITALISED_OPENERS.has(lower.replace(/\.$/, ''))) continue;

      // Money: "$ 6.5 billion", "$6.5bn", "US$ 1,000", "USD 5 million", "20 euros", "6.5 billion roubles".
      if ((CURRENCY_SYMBOLS.has(lower.toUpperCase()) || CURRENCY_SYMBOLS.has(lower) || CURRENCY_CODES.has(lower)) && isNumberAt(token + 1)) {
        const end = afterScale(token + 2);
        add(token, end - 1, 'money');
        token = end - 1;
        continue;
      }
      if (SYMBOL_AND_NUMBER.test(text.slice(starts[token], ends[token]))) {
        const end = afterScale(token + 1);
        add(token, end - 1, 'money');
        token = end - 1;
        continue;
      }
      if (isNumberAt(token)) {
        const afterNumber = afterScale(token + 1);
        if (afterNumber < sentenceEnd && (CURRENCY_WORDS.has(lowerAt(afterNumber)) || CURRENCY_CODES.has(lowerAt(afterNumber)))) {
          add(token, afterNumber, 'money');
          token = afterNumber;
          continue;
        }
        const percentEnd = percentPhraseEnd(token + 1);
        if (percentEnd > 0) {
          add(token, percentEnd - 1, 'percent');
          token = percentEnd - 1;
          continue;
        }
      }

      // Dates and times: a run of date tokens that holds an anchor (a month next to a day or year, a clock time…).
      if (!isDigit && !isUpper) continue;
      const tokenText = text.slice(starts[token], ends[token]);
      const firstKind = classifyDateToken({ text: tokenText, start: starts[token], end: ends[token], isWord: true }, vocabulary);
      if (!DATE_RUN_STARTS.has(firstKind)) continue;
      const runEnd = Math.min(sentenceEnd, token + MAX_DATE_RUN_TOKENS);
      const dateTokens: DateToken[] = [];
      for (let index = token; index < runEnd; index++) {
        const tokenText = text.slice(starts[index], ends[index]);
        dateTokens.push({ text: tokenText, start: starts[index], end: ends[index], isWord: /[\p{L}\p{N}]/u.test(tokenText) });
      }
      const classified = new DateTokens(dateTokens, vocabulary);
      const run = dateRunAt(classified, 0);
      if (run.anchored && run.lastContentToken >= 0) {
        let onlyTime = true;
        for (let index = 0; index <= run.lastContentToken; index++) {
          const kind = classified.kindAt(index);
          if (kind !== 'separator' && kind !== 'connector' && !TIME_KINDS.has(kind)) onlyTime = false;
        }
        add(token, token + run.lastContentToken, onlyTime ? 'time' : 'date');
        token += run.lastContentToken;
        continue;
      }
      // A month or weekday on its own ("in late February", "said Monday"), spelled out and capitalised; "March" and
      // "May" are verbs too often to count alone.
      if (isUpper && (firstKind === 'month' || firstKind === 'weekday') && lower.length >= 4 && !AMBIGUOUS_MONTHS.has(lower) && !lower.endsWith('.')) {
        add(token, token, 'date');
        continue;
      }
      // A year after a preposition: "first signed in 2014", "since 1996".
      if (isDigit && YEAR.test(lower) && token > sentenceStarts[sentence] && YEAR_PREPOSITIONS.has(lowerAt(token - 1))) add(token, token, 'date');
    }
  }
  return mentions;
}
