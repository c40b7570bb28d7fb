// The layout's word and stopword counts, which it takes from a hash table of every language's stopwords, against a
// plain reference: the words split out with the same word definition, lower-cased, ’ read as ', and looked up in the
// language's stopword set. Also: the language it picks for text in one language.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseArticle } from '../../../server/src/engine/article';
import { layoutOf, stopwordsOf } from '../../../server/src/engine/rules/noise/layout';

/** Word characters as the layout defines them: ASCII letters and digits, ª µ º, and letters from U+00C0 up. */
function isWordCharacter(character: string): boolean {
  const code = character.charCodeAt(0);
  if (code < 0xc0) return /[a-z0-9\u00aa\u00b5\u00ba]/i.test(character);
  if (code === 0xd7 || code === 0xf7 || code === 0xfeff) return false;
  return !((code >= 0x2000 && code <= 0x2bff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xd800 && code <= 0xdfff) || (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xff00 && code <= 0xff0f));
}

function referenceCounts(line: string, language: string): { words: number; stopwords: number } {
  const lower = line.trim().toLowerCase();
  const stopwords = stopwordsOf(language);
  let words = 0;
  let stopwordCount = 0;
  let word = '';
  for (let index = 0; index <= lower.length; index++) {
    const character = lower[index] ?? ' ';
    const joinsNext = "'’-".includes(character) && word !== '' && index + 1 < lower.length && isWordCharacter(lower[index + 1]);
    if (isWordCharacter(character) || joinsNext) {
      word += character;
      continue;
    }
    if (word === '') continue;
    words++;
    if (stopwords.has(word.replace(/’/g, "'"))) stopwordCount++;
    word = '';
  }
  return { words, stopwords: stopwordCount };
}

const PIECES = ['the', 'The', 'of', 'and', "don't", 'don’t', "it's", 'it’s', 'der', 'und', 'die', 'le', 'la', 'de', "l'homme", 'l’homme', 'que', 'и', 'не', 'yang', 'het', 'não', 'über', 'Straße', 'news', 'report', '2019', 'x-ray', "dogs'", '’tis', '—', ',', '.', ' ', ' ', '  ', '\u00a0', 'É'];
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map(pieces => pieces.join(''));

describe('layout features', () => {
  it('count words and stopwords like a plain split and set lookup', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), lines => {
        const article = parseArticle(lines.join('\n'));
        const layout = layoutOf(article);
        for (const articleLine of article.lines) {
          if (articleLine.isBlank) continue;
          const { words, stopwords } = layout.features[articleLine.index];
          assert.deepEqual({ words, stopwords }, referenceCounts(articleLine.text, layout.language), JSON.stringify(articleLine.text));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('pick the language whose stopwords cover the text', () => {
    const german = 'Die Regierung hat am Montag erklärt, dass sie die neuen Regeln für den Verkehr in der Stadt prüfen wird.';
    const french = 'Le gouvernement a déclaré lundi qu’il allait examiner les nouvelles règles pour la circulation dans la ville.';
    const english = 'The government said on Monday that it would review the new rules for traffic in the city and report back.';
    assert.equal(layoutOf(parseArticle(`${german}\n${german}`)).language, 'de');
    assert.equal(layoutOf(parseArticle(`${french}\n${french}`)).language, 'fr');
    assert.equal(layoutOf(parseArticle(`${english}\n${english}`)).language, 'en');
  });
});
