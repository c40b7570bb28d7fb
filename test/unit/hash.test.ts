// contentHash: FNV-1a 64 over whitespace-normalized text, stable across re-wrapping.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentHash } from '../../server/src/engine/hash';

describe('contentHash', () => {
  it('matches the FNV-1a 64-bit reference values for ASCII', () => {
    // Reference values from the FNV specification's test vectors.
    assert.equal(contentHash(''), 'cbf29ce484222325');
    assert.equal(contentHash('a'), 'af63dc4c8601ec8c');
    assert.equal(contentHash('foobar'), '85944171f73967e8');
  });

  it('ignores whitespace differences a re-scrape introduces', () => {
    assert.equal(contentHash('Share  on\nTwitter\r\n'), contentHash(' Share on Twitter'));
    assert.equal(contentHash('a\u00A0b'), contentHash('a b'));
    assert.notEqual(contentHash('Share on Twitter'), contentHash('Share on Facebook'));
  });
});
