// The shortcuts of mojibake repair must give what the plain way gives: the codecs ruled out in one pass are the ones
// encodeSingleByte refuses, the UTF-8 decoder without ASCII lists the same longer characters, and the search for
// embedded runs tried only at lead characters finds the matches of a plain global search.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  MOJIBAKE_CODECS,
  SUBSTITUTE_BYTE,
  decodeUtf8,
  decodeUtf8NonAscii,
  encodeSingleByte,
  mojibakeCodecsEncoding,
} from '../../server/src/engine/text/encodings';
import { EMBEDDED_UTF8_SOURCE, findEmbeddedRuns } from '../../server/src/engine/text/mojibake';
import { RUNS } from './arbitraries';

// Every character of every codec's upper half, the ASCII the patterns care about (space, "?", byte 0x1A), U+FFFD,
// and characters no codec has, including surrogates.
const PIECES = [
  ...new Set(MOJIBAKE_CODECS.flatMap(codec => [...codec.upperHalf])),
  ...'aZ .?’“',
  String.fromCharCode(SUBSTITUTE_BYTE), '\uFFFD', 'ж', '日', '\uD83D\uDE00', '\uD800',
];
const mojibakeLikeText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map(pieces => pieces.join(''));
/** Texts of a few pieces from one codec's upper half and ASCII, so that some codecs can encode them all. */
const oneCodecText = fc
  .tuple(fc.constantFrom(...MOJIBAKE_CODECS), fc.array(fc.oneof(fc.integer({ min: 0, max: 127 }), fc.integer({ min: 128, max: 255 })), { maxLength: 12 }))
  .map(([codec, bytes]) => bytes.map(byte => (byte < 0x80 ? String.fromCharCode(byte) : codec.upperHalf[byte - 0x80])).join(''));
/** Bytes that are often valid UTF-8: lead bytes, continuation bytes, ASCII and the bytes decoders reject. */
const utf8LikeBytes = fc.array(
  fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xbf }), fc.integer({ min: 0xc0, max: 0xff }), fc.constantFrom(0xed, 0xe0, 0xf0, 0xf4)),
  { maxLength: 24 },
);

describe('mojibake repair shortcuts', () => {
  it('mojibakeCodecsEncoding names exactly the codecs encodeSingleByte can encode the text in', () => {
    fc.assert(
      fc.property(fc.oneof(mojibakeLikeText, oneCodecText), text => {
        const expected = MOJIBAKE_CODECS.reduce((mask, codec, index) => (encodeSingleByte(text, codec) ? mask | (1 << index) : mask), 0);
        assert.equal(mojibakeCodecsEncoding(text), expected, JSON.stringify(text));
      }),
      { numRuns: RUNS * 20 },
    );
  });

  it('decodeUtf8NonAscii lists the characters of two bytes or more that decodeUtf8 gives, and fails where it fails', () => {
    fc.assert(
      fc.property(utf8LikeBytes, bytes => {
        const all = decodeUtf8(bytes);
        assert.deepEqual(decodeUtf8NonAscii(bytes), all?.filter(character => character.byteEnd - character.byteStart > 1), JSON.stringify(bytes));
      }),
      { numRuns: RUNS * 20 },
    );
  });

  it('findEmbeddedRuns finds the matches of a global search of the pattern', () => {
    fc.assert(
      fc.property(mojibakeLikeText, text => {
        const expected = [...text.matchAll(new RegExp(EMBEDDED_UTF8_SOURCE, 'g'))].map(match => ({ run: match[0], offset: match.index }));
        assert.deepEqual(findEmbeddedRuns(text), expected, JSON.stringify(text));
      }),
      { numRuns: RUNS * 20 },
    );
  });
});
