// The engine's codec tables and UTF-8 decoder (text/encodings.ts), and mojibake repair as a round trip: UTF-8 text
// misread in each codec must come back exactly.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  MOJIBAKE_CODECS,
  WINDOWS_1252,
  decodeSingleByte,
  decodeUtf8,
  encodeSingleByte,
} from '../../../server/src/engine/text/encodings';
import { findMojibake } from '../../../server/src/engine/text/mojibake';

const ALL_UPPER_BYTES = Uint8Array.from({ length: 128 }, (_, index) => 0x80 + index);

// WHATWG labels whose tables Node's TextDecoder implements correctly (its "windows-1252" is read as Latin-1, so
// that one is checked by hand below). Bytes a code page leaves undefined decode to U+FFFD there, the C1 control here.
const WHATWG_LABELS: Record<string, string> = {
  'windows-1250': 'windows-1250',
  'windows-1251': 'windows-1251',
  'windows-1253': 'windows-1253',
  'windows-1254': 'windows-1254',
  'windows-1257': 'windows-1257',
  'iso-8859-2': 'iso-8859-2',
  macroman: 'macintosh',
};

describe('single-byte codecs', () => {
  for (const codec of MOJIBAKE_CODECS) {
    it(`${codec.id}: 128 distinct characters that encode back to their bytes`, () => {
      assert.equal(codec.upperHalf.length, 128);
      assert.equal(new Set(codec.upperHalf).size, 128);
      const decoded = decodeSingleByte(ALL_UPPER_BYTES, codec);
      assert.deepEqual(encodeSingleByte(decoded, codec), ALL_UPPER_BYTES);
    });
    const label = WHATWG_LABELS[codec.id];
    if (label) {
      it(`${codec.id}: agrees with TextDecoder("${label}") on every defined byte`, () => {
        let expected: string;
        try {
          expected = new TextDecoder(label).decode(ALL_UPPER_BYTES);
        } catch {
          return; // A Node built without full ICU has no such decoder; the other checks still hold.
        }
        for (let index = 0; index < 128; index++) {
          if (expected[index] === '\uFFFD') assert.equal(codec.upperHalf.charCodeAt(index), 0x80 + index, 'undefined byte maps to its C1 control');
          else assert.equal(codec.upperHalf[index], expected[index], `byte 0x${(0x80 + index).toString(16)}`);
        }
      });
    }
  }

  it('Windows-1252 has the published mapping and keeps its five undefined bytes as C1 controls', () => {
    assert.equal(decodeSingleByte([0x80, 0x85, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f], WINDOWS_1252), '€…’“”–—™Ÿ');
    assert.equal(decodeSingleByte([0x81, 0x8d, 0x8f, 0x90, 0x9d], WINDOWS_1252), '\u0081\u008D\u008F\u0090\u009D');
  });

  it('sloppy codecs encode U+FFFD as byte 0x1A and refuse a real U+001A', () => {
    assert.deepEqual(encodeSingleByte('a\uFFFD', WINDOWS_1252), Uint8Array.from([0x61, 0x1a]));
    assert.equal(encodeSingleByte('a\u001A', WINDOWS_1252), undefined);
  });

  it('refuses characters outside the code page', () => {
    assert.equal(encodeSingleByte('Привет', WINDOWS_1252), undefined);
    assert.equal(encodeSingleByte('😀', WINDOWS_1252), undefined);
  });
});

describe('decodeUtf8', () => {
  const decode = (bytes: number[]) => decodeUtf8(bytes)?.map(character => String.fromCodePoint(character.codePoint)).join('');

  it('decodes one- to four-byte characters and reports their byte spans', () => {
    const bytes = [...new TextEncoder().encode('aé€😀')];
    assert.equal(decode(bytes), 'aé€😀');
    assert.deepEqual(decodeUtf8(bytes)?.map(character => [character.byteStart, character.byteEnd]), [[0, 1], [1, 3], [3, 6], [6, 10]]);
  });

  it('decodes CESU-8 surrogate pairs', () => assert.equal(decode([0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x8d]), '😍'));

  it('rejects overlong forms, lone surrogates, truncated sequences and code points past U+10FFFF', () => {
    for (const bytes of [[0xc0, 0x80], [0xc1, 0xbf], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80], [0x80], [0xff]]) {
      assert.equal(decodeUtf8(bytes), undefined, JSON.stringify(bytes));
    }
  });
});

describe('mojibake round trip', () => {
  const samples = [
    'Café déjà vu — “quoted” ‘single’ … naïve résumé',
    'Straße über Zürich, Ångström',
    'Привет, как дела?',
    'Čeština a Łódź a Şişli',
    'Ελληνικά κείμενα',
    'שלום עולם',
    '日本語のテキスト',
    'emoji 😀👍🏽❤️',
  ];
  const repair = (text: string) => {
    let result = '';
    let cursor = 0;
    for (const edit of findMojibake(text)) {
      result += text.slice(cursor, edit.span.start) + edit.repaired;
      cursor = edit.span.end;
    }
    return result + text.slice(cursor);
  };
  const utf8 = (text: string) => new TextEncoder().encode(text);

  for (const sample of samples) {
    it(`"${sample}" read as Windows-1252 comes back`, () => assert.equal(repair(decodeSingleByte(utf8(sample), WINDOWS_1252)), sample));
    it(`"${sample}" itself is left alone`, () => assert.deepEqual(findMojibake(sample), []));
  }

  it('repairs UTF-8 read twice as Windows-1252', () => {
    const once = decodeSingleByte(utf8('Café crème'), WINDOWS_1252);
    assert.equal(repair(decodeSingleByte(utf8(once), WINDOWS_1252)), 'Café crème');
  });

  for (const codec of MOJIBAKE_CODECS) {
    it(`repairs French UTF-8 read as ${codec.label}`, () => {
      const text = 'La région de l’Ukraine – déjà';
      assert.equal(repair(decodeSingleByte(utf8(text), codec)), text);
    });
  }
});
