// Per-language access to lexicons/metadata.json: word sets and phrase indexes for the metadata recognizers. A language's
// lists are used with English's, since English dates, agencies and credits turn up on pages in every language.

import { LexiconFile, perLanguage } from '../../lexicon';
import metadataLexiconFile from '../../lexicons/metadata.json';
import { isWordCharacter } from './words';

type MetadataLexiconEntry = (typeof metadataLexiconFile)['en'];
export type MetadataListName = keyof MetadataLexiconEntry;

const lexicon: LexiconFile<Partial<Record<MetadataListName, readonly string[]>>> = metadataLexiconFile;

/**
 * Phrases (one or more words, lower case) looked up at a position in a text. A phrase written with a final `:` in
 * the lexicon only matches when the text has that colon; any other phrase may be followed by an optional colon.
 */
export interface PhraseIndex {
  /** The longest phrase at `offset` of `text`: its length in UTF-16 units including a colon, or 0 for none. */
  matchAt(text: string, offset: number): number;
  /** The length of the longest phrase without its colon, in UTF-16 units: no match is longer than this plus one. */
  readonly longestPhraseLength: number;
}

export interface MetadataVocabulary {
  readonly words: { readonly [Name in MetadataListName]: ReadonlySet<string> };
  readonly phrases: { readonly [Name in MetadataListName]: PhraseIndex };
}

/** The vocabulary for `language` (a BCP-47 primary subtag), built once per language. */
export const metadataVocabulary: (language: string) => MetadataVocabulary = perLanguage(buildVocabulary);

function buildVocabulary(language: string): MetadataVocabulary {
  const names = Object.keys(metadataLexiconFile.en) as MetadataListName[];
  const words = {} as Record<MetadataListName, ReadonlySet<string>>;
  const phrases = {} as Record<MetadataListName, PhraseIndex>;
  for (const name of names) {
    const entries = [...(lexicon.en[name] ?? []), ...(language === 'en' ? [] : (lexicon[language]?.[name] ?? []))];
    words[name] = new Set(entries.map(entry => entry.toLowerCase()));
    phrases[name] = buildPhraseIndex(entries);
  }
  return { words, phrases };
}

interface IndexedPhrase {
  readonly words: string;
  readonly colonRequired: boolean;
}

function buildPhraseIndex(entries: readonly string[]): PhraseIndex {
  const byFirstCharacter = new Map<string, IndexedPhrase[]>();
  let longest = 0;
  for (const entry of entries) {
    const lower = entry.toLowerCase().trim();
    const colonRequired = lower.endsWith(':');
    const words = colonRequired ? lower.slice(0, -1).trimEnd() : lower;
    if (words.length === 0) continue;
    longest = Math.max(longest, words.length);
    const bucket = byFirstCharacter.get(words[0]) ?? [];
    bucket.push({ words, colonRequired });
    byFirstCharacter.set(words[0], bucket);
  }
  // Longest first, so "written by" wins over "by" and "getty images" over "getty".
  for (const bucket of byFirstCharacter.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  // The buckets of ASCII first characters by character code, upper case included: most lookups need no string.
  const byAsciiCode: (IndexedPhrase[] | undefined)[] = [];
  for (let code = 0; code < 128; code++) byAsciiCode.push(byFirstCharacter.get(String.fromCharCode(code).toLowerCase()));
  return {
    longestPhraseLength: longest,
    matchAt(text: string, offset: number): number {
      const code = text.charCodeAt(offset);
      const bucket = code < 128 ? byAsciiCode[code] : byFirstCharacter.get(text.charAt(offset).toLowerCase());
      if (!bucket) return 0;
      // The text is compared with a phrase character by character while it is ASCII, whose lower case is one
      // character each; from its first other character on, one lower-cased window per call is compared instead
      // (lower-casing "İ" makes two characters, and the Kelvin sign makes an ASCII "k").
      let window: string | undefined;
      for (const phrase of bucket) {
        const end = offset + phrase.words.length;
        if (window === undefined) {
          const compared = compareAscii(text, offset, phrase.words);
          if (compared === NOT_ASCII) window = text.slice(offset, offset + longest).toLowerCase();
          else if (compared === DIFFERENT) continue;
        }
        if (window !== undefined && !window.startsWith(phrase.words)) continue;
        // A phrase ends at a word boundary: "ap" must not match the start of "apple".
        if (end < text.length && isWordCharacter(text.charCodeAt(end)) && isWordCharacter(text.charCodeAt(end - 1))) continue;
        const hasColon = text.charAt(end) === ':';
        if (phrase.colonRequired && !hasColon) continue;
        return hasColon ? end + 1 - offset : end - offset;
      }
      return 0;
    },
  };
}

const SAME = 0;
const DIFFERENT = 1;
const NOT_ASCII = 2;

/**
 * Whether `text` at `offset`, lower-cased, starts with `words` (lower case): SAME or DIFFERENT, decided on ASCII
 * characters only, or NOT_ASCII when a character that is not ASCII comes before the answer.
 */
function compareAscii(text: string, offset: number, words: string): number {
  for (let index = 0; index < words.length; index++) {
    if (offset + index >= text.length) return DIFFERENT;
    const code = text.charCodeAt(offset + index);
    if (code >= 128) return NOT_ASCII;
    const lower = code >= 65 && code <= 90 ? code + 32 : code;
    if (lower !== words.charCodeAt(index)) return DIFFERENT;
  }
  return SAME;
}
