// mojibakeBadness tries its pattern only just before non-ASCII characters; it must count exactly the matches a plain
// global search of the same pattern counts, on generated text dense in the characters mojibake is made of.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { mojibakeBadness, UNLIKELY_SEQUENCE_SOURCE } from '../../server/src/engine/text/mojibakeBadness';
import { RUNS } from './arbitraries';

function countByGlobalSearch(text: string): number {
  const pattern = new RegExp(UNLIKELY_SEQUENCE_SOURCE, 'gu');
  let count = 0;
  while (pattern.exec(text) !== null) count++;
  return count;
}

// ASCII letters, spaces and punctuation the sequences start with; the Latin-1, Windows-125x and MacRoman characters
// they are made of; lone and paired surrogates, which the search must not start between.
const PIECES = [
  ...'aAzZx .,?!\t',
  ...'ÃÂÎÐØÙ€œŠš¢£Ÿž®©°·»«¿¡“”‘’–—´²³×µ√≈‚Äâóàäêß¦¤ƒˆ†‰ªºвЂВГРСЁяαωβΆΒΓΞΟāŒ│═▓™›',
  '\u00A0', '\u00AD', '\u0080', '\u009F', '\uFFFD', '\uD83D\uDE00', '\uD800', '\uDC00',
];
const mojibakeLikeText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map(pieces => pieces.join(''));

describe('mojibakeBadness', () => {
  it('counts the matches of a global search of the whole pattern', () => {
    fc.assert(
      fc.property(mojibakeLikeText, text => assert.equal(mojibakeBadness(text), countByGlobalSearch(text), JSON.stringify(text))),
      { numRuns: RUNS * 20 },
    );
  });

  it('counts mojibake in long ASCII text', () => {
    const text = `${'plain words '.repeat(50)}cafÃ© and naÃ¯ve${' more words'.repeat(50)} Ã `;
    assert.equal(mojibakeBadness(text), countByGlobalSearch(text));
    assert.ok(mojibakeBadness(text) >= 2);
  });
});
