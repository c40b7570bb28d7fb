// characters/hyphenation asks whether a broken word's two spellings are written elsewhere in the article. With a few
// spellings it looks each one up in the lower-cased text instead of lower-casing every word; the answer must be the
// one a scan of every word gives, on text dense in what makes words and case tricky.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { spellingsWrittenIn } from '../../server/src/engine/rules/characters/hyphenation';
import { RUNS } from './arbitraries';

/** The definition: a word is a run of letters and marks, hyphenated compounds whole; compared lower-cased, ‐ as -. */
function spellingsOfEveryWord(text: string, spellings: readonly string[]): Set<string> {
  const wanted = new Set(spellings);
  const found = new Set<string>();
  for (const [word] of text.matchAll(/[\p{L}\p{M}]+(?:[-\u2010][\p{L}\p{M}]+)*/gu)) {
    const spelling = word.toLowerCase().replace(/\u2010/g, '-');
    if (wanted.has(spelling)) found.add(spelling);
  }
  return found;
}

// Letters that lower-case to themselves or not, "Σ" (whose lower case depends on what follows), "İ" (which grows),
// astral letters and marks, digits, hyphens of both kinds, apostrophes and spaces.
const PIECES = [
  'ab', 'AB', 'Ab', 'b', 'c', 'ment', 'govern', 'Govern', 'x', '-', '‐', '--', ' ', '.', "'", '’', '2', 'é', 'É', 'e\u0301',
  'Σ', 'σ', 'ς', 'ΟΔΟΣ', 'İ', 'i̇', '𝐀', '𝐚', '\u{10428}', '\u{10400}', '\uD800', '\uDC00', '\u0301', 'ß', 'ẞ', 'ǅ',
];
const wordLikeText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map(pieces => pieces.join(''));
const spelling = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 }).map(pieces => pieces.join('').toLowerCase());

describe('spellingsWrittenIn', () => {
  it('finds exactly the spellings that a scan of every word finds', () => {
    fc.assert(
      fc.property(wordLikeText, fc.array(spelling, { minLength: 1, maxLength: 6 }), (text, spellings) => {
        // Half the spellings are lower-cased stretches of the text itself, so many are there and many only nearly.
        const fromText = spellings.map((_, index) => text.slice(index * 3, index * 3 + 2 + index).toLowerCase()).filter(part => part.length > 0);
        const asked = [...spellings, ...fromText];
        assert.deepEqual(spellingsWrittenIn(text, asked), spellingsOfEveryWord(text, asked), JSON.stringify({ text, asked }));
      }),
      { numRuns: RUNS * 20 },
    );
  });

  it('finds words of a long text, and more spellings than it looks up one by one', () => {
    const words = Array.from({ length: 40 }, (_, index) => `word${String.fromCharCode(97 + (index % 26))}${index}`.replace(/\d/g, ''));
    const text = `${words.join(' ')} well-known Govern‐ment`;
    const asked = [...words.map(word => word.toLowerCase()), 'well-known', 'known', 'govern-ment', 'government'];
    assert.deepEqual(spellingsWrittenIn(text, asked), spellingsOfEveryWord(text, asked));
    assert.deepEqual(spellingsWrittenIn(text, ['known', 'govern-ment', 'well']), new Set(['govern-ment']));
  });
});
