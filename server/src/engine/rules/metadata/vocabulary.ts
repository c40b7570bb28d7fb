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
  return {
    matchAt(text: string, offset: number): number {
      const bucket = byFirstCharacter.get(text.charAt(offset).toLowerCase());
      if (!bucket) return 0;
      // One lower-cased window per call, however many phrases share the first character.
      const window = text.slice(offset, offset + longest).toLowerCase();
      for (const phrase of bucket) {
        const end = offset + phrase.words.length;
        if (!window.startsWith(phrase.words)) continue;
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
