// Recognizes a byline in one short line: "By Jane Doe", "(Reporting by …)", "Reuters Nov 18, 2019", "Jane Doe - Nov 19,
// 2019", "Jane Doe, Staff Writer", "Jane Doe". Not a rule; only the first two shapes are safe outside a header.

import { Token, classifyDateToken, dateRunAt, dateTokens, leadingDateTokens, mayHoldDate, nextToken, startsWithDateToken, tokenize } from './dates';
import { MetadataVocabulary } from './vocabulary';
import { countWords } from './words';

/**
 * - `prefixed`: "By …", "Written by …" followed only by names, roles, agencies and a date;
 * - `reporting-credit`: a wire footer "(Reporting by …; Editing by …)";
 * - `agency`: a news agency, maybe with a place or a date ("Reuters, Washington,");
 * - `name-with-date`: a person's name and a date ("Chris Davies - Nov 19, 2019, 10:31 pm CST");
 * - `name-with-role`: a name and a job title ("Robert Burns, AP National Security Writer");
 * - `role`: a job title alone ("Contributing Writer");
 * - `name`: two or three capitalized words and nothing else ("Anna Menin").
 */
export type BylineKind = 'prefixed' | 'reporting-credit' | 'agency' | 'name-with-date' | 'name-with-role' | 'role' | 'name';

/** Kinds that read as a byline wherever they stand; the rest only count in an article's header. */
export const SELF_EVIDENT_BYLINE_KINDS: ReadonlySet<BylineKind> = new Set(['prefixed', 'reporting-credit']);

export interface BylineMatch {
  readonly kind: BylineKind;
  /** What made it a byline, for the finding's evidence. */
  readonly evidence: string;
}

/** Bylines are short; a longer line is a paragraph that happens to start with "By". */
export const MAX_BYLINE_LENGTH = 200;
const MAX_BYLINE_TOKENS = 40;
/** A name with a date or a job title stays short ("Chris Doe - Nov 19, 2019, 10:31 pm CST" is nine words). */
const MAX_NAME_LINE_WORDS = 16;

const TITLE_CASE_WORD = /^\p{Lu}[\p{Ll}\p{M}]*(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;
const ALL_CAPS_WORD = /^\p{Lu}{2,}(?:[-'’]\p{Lu}+)*$/u;
const INITIAL = /^\p{Lu}\.(?:\p{Lu}\.)*$/u;
const CAPITALIZED = /^[\p{Lu}\p{Lt}]/u;
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;
const BYLINE_SEPARATORS = new Set([',', '|', '-', '–', '—', '·', '•', '/', ':', ';', '&', '(', ')']);

/** Recognizes a whole (trimmed) line as a byline. */
export function recognizeByline(text: string, vocabulary: MetadataVocabulary): BylineMatch | undefined {
  if (text.length === 0 || text.length > MAX_BYLINE_LENGTH) return undefined;
  return recognizeSelfEvidentByline(text, vocabulary) ?? recognizeAgencyByline(text, vocabulary) ?? recognizeNameByline(text, vocabulary);
}

/**
 * `recognizeByline` when its answer is one of SELF_EVIDENT_BYLINE_KINDS, and undefined otherwise: those shapes are
 * tried first, so the weaker ones need not be tried for the many lines outside a header, where only these count.
 */
export function recognizeSelfEvidentByline(text: string, vocabulary: MetadataVocabulary): BylineMatch | undefined {
  if (text.length === 0 || text.length > MAX_BYLINE_LENGTH) return undefined;
  return recognizePrefixedByline(text, vocabulary) ?? recognizeReportingCredit(text, vocabulary);
}

function recognizePrefixedByline(text: string, vocabulary: MetadataVocabulary): BylineMatch | undefined {
  // "11/19/2019 by Lars Roe": a date may come first. It counts only when anchored, so only when the first token is a
  // date word, and every anchor has a digit or is "… ago" (mayHoldDate): most lines fail the first test already, and
  // need not be tokenized and classified further for it.
  const mayStartWithDate =
    startsWithDateToken(text, vocabulary) && (/^\p{N}/u.test(text) || (/^\p{L}/u.test(text) && mayHoldDate(text, vocabulary)));
  if (mayStartWithDate) {
    const tokens = leadingDateTokens(text, vocabulary);
    const leadingDate = dateRunAt(tokens, 0);
    if (leadingDate.anchored && leadingDate.endToken < tokens.length) {
      const byline = recognizePrefixedBylineAtStart(text.slice(tokens.tokens[leadingDate.endToken].start), vocabulary);
      if (byline) return { kind: 'prefixed', evidence: `a date, then ${byline.evidence}` };
    }
  }
  return recognizePrefixedBylineAtStart(text, vocabulary);
}

function recognizePrefixedBylineAtStart(text: string, vocabulary: MetadataVocabulary): BylineMatch | undefined {
  const prefixLength = vocabulary.phrases.bylinePrefixes.matchAt(text, 0);
  if (prefixLength === 0 || !/\s/.test(text.charAt(prefixLength))) return undefined;
  const tokens = tokenize(text.slice(prefixLength), MAX_BYLINE_TOKENS + 1);
  if (tokens.length > MAX_BYLINE_TOKENS) return undefined;
  const first = tokens[0];
  if (!first || !(isPersonNameWord(first, vocabulary) || isGenericAuthor(first, vocabulary))) return undefined;
  if (!tokens.every((_, index) => isBylineTailToken(tokens, index, vocabulary))) return undefined;
  const prefix = text.slice(0, prefixLength).trim();
  return { kind: 'prefixed', evidence: `starts with “${prefix}” followed only by names, titles and dates` };
}

/** Names, roles, agencies, dates, handles, domains and a few connectors: everything a byline's tail may hold. */
function isBylineTailToken(tokens: readonly Token[], index: number, vocabulary: MetadataVocabulary): boolean {
  const token = tokens[index];
  if (!token.isWord) return BYLINE_SEPARATORS.has(token.text) || (token.text === '@' && tokens[index + 1]?.isWord === true);
  if (tokens[index - 1]?.text === '@') return true;
  const bare = bareLower(token);
  if (CAPITALIZED.test(token.text) || DOMAIN.test(token.text)) return true;
  const { words } = vocabulary;
  if (words.nameParticles.has(bare) || words.bylineConnectors.has(bare) || words.genericAuthors.has(bare)) return true;
  if (words.authorRoleHeads.has(bare) || words.authorRoleWords.has(bare)) return true;
  return classifyDateToken(token, vocabulary) !== 'other';
}

/** "(Reporting by Jane Doe; Editing by John Roe)" as a whole line. */
function recognizeReportingCredit(text: string, vocabulary: MetadataVocabulary): BylineMatch | undefined {
  const opening = text.startsWith('(') ? 1 : 0;
  const startLength = vocabulary.phrases.reportingCreditStarts.matchAt(text, opening);
  if (startLength === 0) return undefined;
  const tokens = tokenize(text.slice(opening + startLength), MAX_BYLINE_TOKENS * 2);
  if (!tokens.some(token => token.isWord && CAPITALIZED.test(token.text))) return undefined;
  const { words } = vocabulary;
  const allowed = tokens.every(token => {
    if (!token.isWord) return BYLINE_SEPARATORS.has(token.text) || token.text === '.';
    const bare = bareLower(token);
    return CAPITALIZED.test(token.text) || words.reportingCreditWords.has(bare) || words.nameParticles.has(bare);
  });
  if (!allowed) return undefined;
  return { kind: 'reporting-credit', evidence: `a wire service's credit line starting “${text.slice(opening, opening + startLength)}”` };
}

/**
 * A reporting credit closing a paragraph: "… the ministry said. (Reporting by Jane Doe; Editing by John Roe)".
 * Returns the offsets of the parenthetical within `text`.
 */
export function findTrailingReportingCredit(text: string, vocabulary: MetadataVocabulary): { start: number; end: number } | undefined {
  const trimmedEnd = text.trimEnd().length;
  if (text.charAt(trimmedEnd - 1) !== ')') return undefined;
  const open = text.lastIndexOf('(', trimmedEnd - 1);
  if (open <= 0 || trimmedEnd - open > MAX_BYLINE_LENGTH) return undefined;
  const match = recognizeReportingCredit(text.slice(open, trimmedEnd), vocabulary);
  return match ? { start: open, end: trimmedEnd } : undefined;
}

function recognizeAgencyByline(text: string, vocabulary: MetadataVocabulary): BylineMatch | undefined {
  const agencyLength = vocabulary.phrases.newsAgencies.matchAt(text, 0);
  if (agencyLength === 0) return undefined;
  const rest = text.slice(agencyLength);
  const { tokens, truncated } = dateTokens(rest, vocabulary);
  // What may follow the agency: a place ("Reuters, Washington,") and/or a date ("Reuters November 18, 2019").
  const allowed = tokens.tokens.every((token, index) => tokens.kindAt(index) !== 'other' || (token.isWord && TITLE_CASE_WORD.test(stripDot(token.text))));
  if (truncated || !allowed) return undefined;
  return { kind: 'agency', evidence: `names the news agency “${text.slice(0, agencyLength)}”${tokens.length > 0 ? ' with a place or date' : ''}` };
}

/** "Name - date", "Name, Role" and "Name" lines. */
function recognizeNameByline(text: string, vocabulary: MetadataVocabulary): BylineMatch | undefined {
  if (!/^[\p{Lu}\p{Lt}]/u.test(text) || !mayBeNameByline(text, vocabulary)) return undefined;
  if (countWords(text, MAX_NAME_LINE_WORDS + 1) > MAX_NAME_LINE_WORDS) return undefined;
  const tokens = tokenize(text, MAX_BYLINE_TOKENS + 1);
  if (tokens.length > MAX_BYLINE_TOKENS) return undefined;
  let nameEnd = 0;
  while (nameEnd < tokens.length && nameEnd < 5 && isNamePart(tokens[nameEnd], vocabulary)) nameEnd++;
  const nameWords = tokens.slice(0, nameEnd).filter(token => !vocabulary.words.nameParticles.has(bareLower(token)));
  if (nameWords.length === 0) return undefined;
  const name = text.slice(0, tokens[nameEnd - 1].end);

  const roleMatch = recognizeRoleTail(tokens, vocabulary);
  if (roleMatch === 'role-only') return { kind: 'role', evidence: `a job title (“${text}”)` };
  if (roleMatch === 'name-and-role') return { kind: 'name-with-role', evidence: `a name followed by a job title (“${text}”)` };

  if (nameWords.length < 2 || nameWords.length > 4 || !nameWords.every(token => isPersonNameWord(token, vocabulary))) return undefined;
  // A bare name must look like one: two or three capitalized words, none of them a word of site chrome.
  const looksLikeBareName =
    nameWords.length <= 3 &&
    nameWords.every(token => !ALL_CAPS_WORD.test(stripDot(token.text)) && !vocabulary.words.nonNameWords.has(bareLower(token)));
  if (nameEnd === tokens.length) return looksLikeBareName ? { kind: 'name', evidence: `a person's name alone (“${name}”)` } : undefined;

  // A Twitter handle after the name: "Keris Lahiff @kerisalison".
  if (tokens[nameEnd].text === '@' && nameEnd + 2 === tokens.length && tokens[nameEnd + 1].isWord) {
    return looksLikeBareName ? { kind: 'name', evidence: `a person's name with a social-media handle (“${text}”)` } : undefined;
  }
  // "LONDON 1996-08-30" is a place in capitals and a date: a wire dateline, not a person's byline.
  if (nameWords.every(token => ALL_CAPS_WORD.test(stripDot(token.text)) || INITIAL.test(token.text))) return undefined;
  const rest = text.slice(tokens[nameEnd].start);
  const date = dateTokens(rest, vocabulary);
  const run = dateRunAt(date.tokens, 0);
  if (run.anchored && !date.truncated && run.endToken === date.tokens.length) return { kind: 'name-with-date', evidence: `a name (“${name}”) followed by a date` };
  return undefined;
}

/**
 * False when the first two tokens already rule out every shape of recognizeNameByline: each needs a name part first,
 * and a second token that continues the name or passes recognizeRoleTail's test (capitalized, a particle or a
 * separator; a name part is capitalized too). Most lines are sentences that fail here, before they are tokenized.
 */
function mayBeNameByline(text: string, vocabulary: MetadataVocabulary): boolean {
  const first = nextToken(text, 0);
  if (!first || !isNamePart(first, vocabulary)) return false;
  const second = nextToken(text, first.end);
  if (!second) return false;
  return second.isWord ? CAPITALIZED.test(second.text) || vocabulary.words.nameParticles.has(bareLower(second)) : BYLINE_SEPARATORS.has(second.text);
}

/** Whether the line ends in a job title, and whether a name comes before it. */
function recognizeRoleTail(tokens: readonly Token[], vocabulary: MetadataVocabulary): 'role-only' | 'name-and-role' | undefined {
  const { words } = vocabulary;
  const wordTokens = tokens.filter(token => token.isWord);
  const last = wordTokens[wordTokens.length - 1];
  if (!last || !words.authorRoleHeads.has(bareLower(last))) return undefined;
  if (!tokens.every(token => (token.isWord ? CAPITALIZED.test(token.text) || words.nameParticles.has(bareLower(token)) : BYLINE_SEPARATORS.has(token.text)))) return undefined;
  const isRoleWord = (token: Token) => words.authorRoleHeads.has(bareLower(token)) || words.authorRoleWords.has(bareLower(token));
  if (wordTokens.every(isRoleWord)) return wordTokens.length >= 2 && wordTokens.length <= 5 ? 'role-only' : undefined;
  // At least two words before the title ("Meg James Staff Writer"), and not a sentence-length run of capitals.
  return wordTokens.length >= 3 && wordTokens.length <= 9 ? 'name-and-role' : undefined;
}

function isNamePart(token: Token, vocabulary: MetadataVocabulary): boolean {
  if (!token.isWord) return false;
  return isPersonNameWord(token, vocabulary) || vocabulary.words.nameParticles.has(bareLower(token));
}

/** A capitalized word, an all-capitals word or an initial that is not a month, weekday or date label. */
export function isPersonNameWord(token: Token, vocabulary: MetadataVocabulary): boolean {
  if (!token.isWord) return false;
  const text = token.text;
  if (!(INITIAL.test(text) || TITLE_CASE_WORD.test(stripDot(text)) || ALL_CAPS_WORD.test(stripDot(text)))) return false;
  return classifyDateToken(token, vocabulary) === 'other';
}

function isGenericAuthor(token: Token, vocabulary: MetadataVocabulary): boolean {
  return token.isWord && vocabulary.words.genericAuthors.has(bareLower(token));
}

function stripDot(text: string): string {
  return text.endsWith('.') ? text.slice(0, -1) : text;
}

function bareLower(token: Token): string {
  return stripDot(token.text.toLowerCase());
}
