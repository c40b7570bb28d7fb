// Recognizes photo credits ("© Getty Images / …", "Image Credit: WeWork", "(Reed Saxon / Associated Press)") and the
// caption shapes a line has on its own ("FILE PHOTO. …", "Above: …", a sentence ending in a credit). Not a rule.

import { Token, tokenize, wordTokenEnd } from './dates';
import { MetadataVocabulary } from './vocabulary';
import { countWords, isRegExpSpaceCode, isSpaceCode, isWordCharacter } from './words';

/** Credits are short: a longer text is a caption or a paragraph. */
export const MAX_CREDIT_LENGTH = 160;
const MAX_CREDIT_WORDS = 16;
/** Captions longer than this are paragraphs; lines longer than this are not searched for caption shapes. */
export const MAX_CAPTION_LENGTH = 1000;
/** The fewest words a caption has; "Kazakhstan." alone before a credit is not one. */
const MIN_CAPTION_WORDS = 3;

const CAPITALIZED = /^[\p{Lu}\p{Lt}\p{N}]/u;
const ALL_CAPS_WORD = /^\p{Lu}{3,}$/u;
const TITLE_CASE_NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}'’-]+|\p{Lu}\.)$/u;
const CREDIT_SEPARATORS = new Set(['/', '|', ',', '-', '–', '—', '·', '&', ':', ';', '©']);
/** Labels that read as "Photo by …" without a colon. */
const OPEN_LABEL_ENDINGS = ['by', 'of', 'via', 'courtesy'];

export interface CreditMatch {
  readonly evidence: string;
}

/** Recognizes a whole text (a line, or the tail of a caption line) as a photo credit. */
export function recognizeCredit(text: string, vocabulary: MetadataVocabulary): CreditMatch | undefined {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_CREDIT_LENGTH) return undefined;
  const bracketed = isBracketed(trimmed);
  const inner = bracketed ? trimmed.slice(1, -1).trim() : trimmed;
  // The probe of the first few tokens first: it gives up on most lines sooner than a word count of the whole.
  if (!mayBeCredit(inner, vocabulary)) return undefined;
  if (countWords(trimmed, MAX_CREDIT_WORDS + 2) > MAX_CREDIT_WORDS + 1) return undefined;
  const tokens = tokenize(inner, MAX_CREDIT_WORDS * 3);
  if (tokens.length === 0 || wordCount(tokens) > MAX_CREDIT_WORDS) return undefined;
  return (
    recognizeLabelledCredit(inner, vocabulary) ??
    recognizeCopyrightCredit(inner, tokens, vocabulary) ??
    recognizeSourceCredit(inner, tokens, bracketed, vocabulary)
  );
}

/** How many first tokens `mayBeCredit` looks at. */
const CREDIT_PROBE_TOKENS = 4;

/**
 * False when `inner` can be none of the three credit shapes: no credit label or "©" opens it, and one of its first
 * tokens could not stand in a source credit. Most lines are sentences or labels that fail this after a few words,
 * which is far cheaper than tokenizing the whole line first (every line of an article is asked whether it is a credit).
 */
function mayBeCredit(inner: string, vocabulary: MetadataVocabulary): boolean {
  if (vocabulary.phrases.creditLabels.matchAt(inner, 0) > 0 || inner.startsWith('©')) return true;
  // The tokens are read in place (as `tokenize` splits them), and only those whose first character is not a capital
  // or digit in ASCII are made into tokens to be looked up.
  let index = 0;
  for (let count = 0; count < CREDIT_PROBE_TOKENS; count++) {
    while (index < inner.length && isSpaceCode(inner.charCodeAt(index))) index++;
    if (index >= inner.length) return true;
    const code = inner.charCodeAt(index);
    if (!isWordCharacter(code)) {
      if (!isSourceCreditToken({ text: inner[index], start: index, end: index + 1, isWord: false }, vocabulary)) return false;
      index++;
      continue;
    }
    const end = wordTokenEnd(inner, index);
    if (isAsciiDigit(code)) {
      // A capital in isCreditToken's sense; a source credit's only if not a bare number.
      if (isAsciiDigits(inner, index, end)) return false;
    } else if (!(code >= 0x41 && code <= 0x5a) && !isSourceCreditToken({ text: inner.slice(index, end), start: index, end, isWord: true }, vocabulary)) {
      return false;
    }
    index = end;
  }
  return true;
}

/** `/^\d+$/` of `text.slice(start, end)`. */
function isAsciiDigits(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (!isAsciiDigit(text.charCodeAt(index))) return false;
  return end > start;
}

function recognizeLabelledCredit(inner: string, vocabulary: MetadataVocabulary): CreditMatch | undefined {
  const labelLength = vocabulary.phrases.creditLabels.matchAt(inner, 0);
  if (labelLength === 0) return undefined;
  const label = inner.slice(0, labelLength);
  let rest = inner.slice(labelLength);
  const hasColon = label.endsWith(':');
  const dash = /^\s*[-–—]\s/.exec(rest);
  const labelWords = label.replace(/:$/, '').trim().toLowerCase().split(/\s+/);
  const openLabel = OPEN_LABEL_ENDINGS.includes(labelWords[labelWords.length - 1]);
  if (dash) rest = rest.slice(dash[0].length);
  else if (!hasColon && !(openLabel && /^\s/.test(rest))) return undefined;
  const tailTokens = tokenize(rest);
  if (wordCount(tailTokens) === 0 || wordCount(tailTokens) > 12) return undefined;
  // "Photo: A view of the harbour at dawn." is a caption that happens to start with "Photo:"; a credit names someone.
  const labelName = labelWords.join(' ');
  if (vocabulary.words.shortCreditCaptionPrefixes.has(labelName) && !readsLikeNames(rest, tailTokens, vocabulary)) return undefined;
  return { evidence: `labelled “${label.trim()}”` };
}

function recognizeCopyrightCredit(inner: string, tokens: readonly Token[], vocabulary: MetadataVocabulary): CreditMatch | undefined {
  if (!inner.startsWith('©')) return undefined;
  const holder = inner.slice(1).trim();
  // A rights holder is a name: "© from his uncle" is not one (that "©" is the tail of the mojibake "cafÃ©").
  if (!/^[\p{Lu}\p{Lt}]/u.test(holder)) return undefined;
  // "© 2019 Example News. All rights reserved." is the site's copyright notice (noise), not a photo credit.
  if (/\b(?:19|20)\d\d\b/.test(holder)) return undefined;
  const lower = holder.toLowerCase();
  if ([...vocabulary.words.copyrightNoticeWords].some(words => lower.includes(words))) return undefined;
  if (wordCount(tokens) > 10) return undefined;
  return { evidence: 'starts with “©” and names the rights holder' };
}

function recognizeSourceCredit(inner: string, tokens: readonly Token[], bracketed: boolean, vocabulary: MetadataVocabulary): CreditMatch | undefined {
  if (wordCount(tokens) > 10 || !tokens.every(token => isSourceCreditToken(token, vocabulary))) return undefined;
  const { phrases } = vocabulary;
  const lower = inner.toLowerCase();
  // A news agency or a generic source word ("Reuters", "AP", "NASA", "file") credits a picture only when a slash or
  // bar joins it to a photographer, or brackets set it apart: "REUTERS/Brendan McDermid", "(Reed Saxon / AP)". So
  // the first such source is looked for only then.
  const joined = inner.includes('/') || inner.includes('|');
  let source: string | undefined;
  let strongSource: string | undefined;
  for (const start of wordStarts(inner)) {
    const strongLength = phrases.creditStrongSources.matchAt(inner, start);
    if (strongLength > 0) {
      strongSource = inner.slice(start, start + strongLength);
      break;
    }
    if (source !== undefined || !(joined || bracketed)) continue;
    const sourceLength = phrases.creditSources.matchAt(inner, start);
    if (sourceLength > 0 && !vocabulary.words.shortCreditCaptionPrefixes.has(lower.slice(start, start + sourceLength))) {
      source = inner.slice(start, start + sourceLength);
    }
  }
  if (strongSource) return { evidence: `names the picture agency “${strongSource}”` };
  if (source && (joined || bracketed) && tokens.some(token => token.isWord && CAPITALIZED.test(token.text) && !sameWords(token.text, source ?? ''))) {
    return { evidence: `a name and the source “${source}”` };
  }
  for (const phrase of vocabulary.words.creditTrailingPhrases) {
    if (lower.endsWith(phrase) && lower.length > phrase.length + 2) return { evidence: `ends in “${inner.slice(-phrase.length)}”` };
  }
  // "Amy K. Dragoo/AIMMEDIA": a photographer's name, a slash and the agency in capitals.
  const slash = inner.lastIndexOf('/');
  if (slash > 0 && ALL_CAPS_WORD.test(inner.slice(slash + 1).trim())) {
    const nameWords = inner.slice(0, slash).trim().split(/\s+/);
    if (nameWords.length >= 2 && nameWords.length <= 4 && nameWords.every(word => TITLE_CASE_NAME_WORD.test(word))) {
      return { evidence: 'a photographer’s name and an agency joined by “/”' };
    }
  }
  // "[SpaceX via NASA]": a bracketed picture source.
  if (bracketed && / via /i.test(inner) && wordCount(tokens) <= 6) return { evidence: 'a bracketed “… via …” picture source' };
  return undefined;
}

/** A token a source credit may hold: a credit token, but no bare number. */
function isSourceCreditToken(token: Token, vocabulary: MetadataVocabulary): boolean {
  // Numbers belong to dates and schedules ("June 26 -- PPL Center, Allentown, PA"), not to credits.
  return isCreditToken(token, vocabulary) && !(isAsciiDigit(token.text.charCodeAt(0)) && /^\d+$/.test(token.text));
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** CAPITALIZED.test(text), without the regular expression when the first character is ASCII. */
function isCapitalized(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return (code >= 0x41 && code <= 0x5a) || isAsciiDigit(code);
  return CAPITALIZED.test(text);
}

/** Capitalized words, the lexicon's lower-case credit words ("file", "via", "handout") and separators. */
function isCreditToken(token: Token, vocabulary: MetadataVocabulary): boolean {
  if (!token.isWord) return CREDIT_SEPARATORS.has(token.text) || token.text === '.';
  if (isCapitalized(token.text)) return true;
  const lowered = token.text.toLowerCase();
  const lower = lowered.endsWith('.') ? lowered.slice(0, -1) : lowered;
  const { creditSources } = vocabulary.words;
  if (creditSources.has(lower) || vocabulary.words.nameParticles.has(lower) || lower === 'and' || lower === 'for') return true;
  // "reuters/file": every part a credit word. Without a slash the one part was looked up just above.
  return lower.includes('/') && lower.split('/').every(part => creditSources.has(part));
}

/** Names and agencies rather than a sentence: at most one lower-case word that is not a credit word. */
function readsLikeNames(text: string, tokens: readonly Token[], vocabulary: MetadataVocabulary): boolean {
  const endsLikeSentence = /[.!?]["”’)]?\s*$/.test(text.trim()) && !/(?:^|\s)\p{Lu}\.\s*$/u.test(text.trim());
  if (wordCount(tokens) > 8 || endsLikeSentence) return false;
  const lowerCaseWords = tokens.filter(token => token.isWord && !CAPITALIZED.test(token.text) && !isCreditToken(token, vocabulary));
  return lowerCaseWords.length <= 1;
}

export interface CaptionShape {
  /** Offset (in the given text) where the caption proper ends, before any trailing credit and spaces. */
  readonly captionEnd: number;
  /** A credit at the end of the line, as offsets in the given text. */
  readonly credit?: { readonly start: number; readonly end: number; readonly evidence: string };
  readonly evidence: string;
}

/**
 * A caption recognizable from the line alone: a caption label ("FILE PHOTO.", "Above:", "Pictured:"), a sentence
 * that ends in a photo credit, or a "© Name" credit glued to the front of a caption. `text` is a trimmed line.
 */
export function recognizeCaptionLine(text: string, vocabulary: MetadataVocabulary): CaptionShape | undefined {
  if (text.length === 0 || text.length > MAX_CAPTION_LENGTH) return undefined;
  const credit = findTrailingCredit(text, vocabulary);
  const captionEnd = credit ? text.slice(0, credit.start).trimEnd().length : text.length;
  const prefix = captionPrefixAt(text.slice(0, captionEnd), vocabulary);
  if (prefix) return { captionEnd, credit, evidence: `starts with the caption label “${prefix}”${credit ? ` and ends in a credit (${credit.evidence})` : ''}` };
  if (credit) return { captionEnd, credit, evidence: `ends in a photo credit (${credit.evidence})` };
  if (startsWithCopyrightName(text) && countWords(text, 13) > 12) {
    return { captionEnd: text.length, evidence: 'a “©” photo credit glued to the front of a caption' };
  }
  return undefined;
}

/** "© John Brecher Needle poking skin…": a © and a name run straight into the caption's first capitalized word. */
function startsWithCopyrightName(text: string): boolean {
  if (!text.startsWith('©')) return false;
  const words = text.slice(1).trim().split(/\s+/, 3);
  return words.length === 3 && words.every(word => TITLE_CASE_NAME_WORD.test(word) && !word.endsWith('.'));
}

/** "FILE PHOTO.", "FILE -", "Above:", "Pictured:" or "Photo:" before at least three words of caption. */
function captionPrefixAt(text: string, vocabulary: MetadataVocabulary): string | undefined {
  const prefixLength = vocabulary.phrases.captionPrefixes.matchAt(text, 0);
  if (prefixLength === 0) return undefined;
  let end = prefixLength;
  if (!text.slice(0, end).endsWith(':')) {
    const mark = /^(?:\.|\s+[-–—])\s/.exec(text.slice(end));
    if (!mark) return undefined;
    end += mark[0].length - 1;
  }
  const tail = text.slice(end + 1);
  if (countWords(tail, MIN_CAPTION_WORDS) < MIN_CAPTION_WORDS) return undefined;
  // "Photo: Jane Doe/Reuters" is a credit, not a caption.
  if (recognizeCredit(text, vocabulary)) return undefined;
  return text.slice(0, end + 1).trim();
}

/**
 * A photo credit closing a longer line: "… in Kazakhstan. © Getty Images / Pavel Pavlov", "… in 2018. (AP Photo/Alan
 * Diaz, File)", "… the Moon [SpaceX via NASA]", "… over Jupiter. Credit: NASA". Offsets are in `text`.
 */
export function findTrailingCredit(text: string, vocabulary: MetadataVocabulary): { start: number; end: number; evidence: string } | undefined {
  const end = text.trimEnd().length;
  if (end === 0 || end > MAX_CAPTION_LENGTH) return undefined;
  const window = Math.max(0, end - MAX_CREDIT_LENGTH);
  const candidates: number[] = [];
  // A copyright sign stands apart from the word before it; "Ã©" is mojibake for "é", not a credit.
  // Only a "©" inside the window counts: the line before it is not searched backwards for one.
  const copyright = text.indexOf('©', window) >= 0 ? text.lastIndexOf('©', end) : -1;
  if (copyright >= window && !isWordCharacter(text.charCodeAt(copyright - 1))) candidates.push(copyright);
  const closing = text.charAt(end - 1);
  if (closing === ')' || closing === ']') {
    const opening = text.lastIndexOf(closing === ')' ? '(' : '[', end - 1);
    if (opening >= window) candidates.push(opening);
  }
  for (let index = end - 2; index >= window; index--) {
    // Character codes of ".", "!" and "?": most lines are read back over their whole window.
    const code = text.charCodeAt(index);
    if ((code === 0x2e || code === 0x21 || code === 0x3f) && /\s/.test(text.charAt(index + 1))) {
      // Only a tail that starts like a credit is worth reading: a capital, a bracket or "©".
      if (/^\s*[\p{Lu}([©]/u.test(text.slice(index + 1, index + 4))) candidates.push(index + 1);
      break;
    }
  }
  // A label inside the line ("… over Jupiter. Credit: NASA") always has its colon, right after the label's words:
  // only words starting at most the longest label's length before a colon are looked up.
  const labels = vocabulary.phrases.creditLabels;
  let colon = text.indexOf(':', window);
  for (let index = window; colon >= 0 && index < end; index++) {
    if (colon <= index) {
      colon = text.indexOf(':', index + 1);
      if (colon < 0) break;
    }
    if (colon - index > labels.longestPhraseLength) {
      index = colon - labels.longestPhraseLength - 1;
      continue;
    }
    if (!isWordCharacter(text.charCodeAt(index)) || (index > 0 && isWordCharacter(text.charCodeAt(index - 1)))) continue;
    const labelLength = labels.matchAt(text, index);
    if (labelLength > 0 && text.charAt(index + labelLength - 1) === ':') candidates.push(index);
  }
  // The longest credit wins: "© Getty Images / Anadolu Agency" rather than "Anadolu Agency".
  candidates.sort((a, b) => a - b);
  for (let at = 0; at < candidates.length; at++) {
    if (at > 0 && candidates[at] === candidates[at - 1]) continue;
    const start = skipSpaces(text, candidates[at]);
    if (start <= 0 || start >= end) continue;
    // Most candidates are the last sentence of a paragraph, which the credit test gives up on soonest.
    const match = recognizeCredit(text.slice(start, end), vocabulary);
    if (match && countWords(text.slice(0, start), MIN_CAPTION_WORDS) >= MIN_CAPTION_WORDS) return { start, end, evidence: match.evidence };
  }
  return undefined;
}

function isBracketed(text: string): boolean {
  const first = text.charAt(0);
  const last = text.charAt(text.length - 1);
  if (!((first === '(' && last === ')') || (first === '[' && last === ']'))) return false;
  // "(a) and (b)" is not one bracketed group.
  return text.indexOf(last) === text.length - 1;
}

function wordStarts(text: string, from = 0, to = text.length): number[] {
  const starts: number[] = [];
  for (let index = from; index < to; index++) {
    if (isWordCharacter(text.charCodeAt(index)) && (index === 0 || !isWordCharacter(text.charCodeAt(index - 1)))) starts.push(index);
  }
  return starts;
}

function skipSpaces(text: string, index: number): number {
  while (index < text.length && isRegExpSpaceCode(text.charCodeAt(index))) index++;
  return index;
}

function wordCount(tokens: readonly Token[]): number {
  let count = 0;
  for (const token of tokens) if (token.isWord) count++;
  return count;
}

function sameWords(a: string, b: string): boolean {
  return a.toLowerCase().replace(/\.$/, '') === b.toLowerCase();
}
