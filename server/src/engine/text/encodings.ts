// Single-byte codecs (Latin-1, the Windows code pages, ISO-8859-2, MacRoman, code page 437) and a strict UTF-8
// decoder that reports which bytes made each character: the raw material for undoing mojibake. Pure; no Buffer.

/**
 * A single-byte character set: byte 0x00–0x7F is ASCII, bytes 0x80–0xFF map through `upperHalf`.
 * A "sloppy" codec (the name python-ftfy gives it, and what browsers do) maps the bytes its code page leaves
 * undefined to the Latin-1 character with the same number, e.g. Windows-1252 byte 0x81 to U+0081, so every byte
 * has a character and text read with it can always be turned back into the same bytes. Sloppy codecs also stand
 * byte 0x1A (SUBSTITUTE) for U+FFFD, so text where a decoder already replaced a byte with "�" can still be
 * re-encoded; such bytes are then decoded as "�" again, never guessed.
 */
export interface SingleByteCodec {
  /** A stable id, e.g. `windows-1252`. */
  readonly id: string;
  /** The name people know it by, for messages: `Windows-1252`. */
  readonly label: string;
  readonly sloppy: boolean;
  /** 128 characters: what bytes 0x80–0xFF decode to. */
  readonly upperHalf: string;
  /** Character code → byte, for the characters of the upper half (and U+FFFD → 0x1A when sloppy). */
  readonly bytesByCharacter: ReadonlyMap<number, number>;
}

/** The byte a sloppy codec uses for U+FFFD REPLACEMENT CHARACTER. */
export const SUBSTITUTE_BYTE = 0x1a;

function singleByteCodec(id: string, label: string, sloppy: boolean, rows: readonly string[]): SingleByteCodec {
  const upperHalf = rows.join('');
  if (upperHalf.length !== 128) throw new Error(`codec ${id} has ${upperHalf.length} upper-half characters, not 128`);
  const bytesByCharacter = new Map<number, number>();
  for (let index = 0; index < 128; index++) bytesByCharacter.set(upperHalf.charCodeAt(index), 0x80 + index);
  if (sloppy) bytesByCharacter.set(0xfffd, SUBSTITUTE_BYTE);
  return { id, label, sloppy, upperHalf, bytesByCharacter };
}

/** ISO-8859-1: every byte is the code point with the same number. */
export const LATIN_1: SingleByteCodec = singleByteCodec(
  'latin-1',
  'Latin-1',
  false,
  [String.fromCharCode(...Array.from({ length: 128 }, (_, index) => 0x80 + index))],
);

// The tables below are the code pages' published mappings for bytes 0x80–0xFF, one row of 16 bytes per line;
// \u escapes mark controls, spaces and the undefined bytes a sloppy codec maps to Latin-1.

/** Windows-1252: Western European; bytes 0x81 0x8D 0x8F 0x90 0x9D are undefined and kept as the Latin-1 C1 controls. */
export const WINDOWS_1252: SingleByteCodec = singleByteCodec('windows-1252', 'Windows-1252', true, [
    '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F', // 0x80
    '\u0090‘’“”•–—˜™š›œ\u009DžŸ', // 0x90
    '\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯', // 0xA0
    '°±²³´µ¶·¸¹º»¼½¾¿', // 0xB0
    'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ', // 0xC0
    'ÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß', // 0xD0
    'àáâãäåæçèéêëìíîï', // 0xE0
    'ðñòóôõö÷øùúûüýþÿ', // 0xF0
]);

/** Windows-1251: Cyrillic. */
export const WINDOWS_1251: SingleByteCodec = singleByteCodec('windows-1251', 'Windows-1251', true, [
    'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏ', // 0x80
    'ђ‘’“”•–—\u0098™љ›њќћџ', // 0x90
    '\u00A0ЎўЈ¤Ґ¦§Ё©Є«¬\u00AD®Ї', // 0xA0
    '°±Ііґµ¶·ё№є»јЅѕї', // 0xB0
    'АБВГДЕЖЗИЙКЛМНОП', // 0xC0
    'РСТУФХЦЧШЩЪЫЬЭЮЯ', // 0xD0
    'абвгдежзийклмноп', // 0xE0
    'рстуфхцчшщъыьэюя', // 0xF0
]);

/** Windows-1250: Central European. */
export const WINDOWS_1250: SingleByteCodec = singleByteCodec('windows-1250', 'Windows-1250', true, [
    '€\u0081‚\u0083„…†‡\u0088‰Š‹ŚŤŽŹ', // 0x80
    '\u0090‘’“”•–—\u0098™š›śťžź', // 0x90
    '\u00A0ˇ˘Ł¤Ą¦§¨©Ş«¬\u00AD®Ż', // 0xA0
    '°±˛ł´µ¶·¸ąş»Ľ˝ľż', // 0xB0
    'ŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎ', // 0xC0
    'ĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢß', // 0xD0
    'ŕáâăäĺćçčéęëěíîď', // 0xE0
    'đńňóôőö÷řůúűüýţ˙', // 0xF0
]);

/** Windows-1253: Greek. */
export const WINDOWS_1253: SingleByteCodec = singleByteCodec('windows-1253', 'Windows-1253', true, [
    '€\u0081‚ƒ„…†‡\u0088‰\u008A‹\u008C\u008D\u008E\u008F', // 0x80
    '\u0090‘’“”•–—\u0098™\u009A›\u009C\u009D\u009E\u009F', // 0x90
    '\u00A0΅Ά£¤¥¦§¨©ª«¬\u00AD®―', // 0xA0
    '°±²³΄µ¶·ΈΉΊ»Ό½ΎΏ', // 0xB0
    'ΐΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟ', // 0xC0
    'ΠΡÒΣΤΥΦΧΨΩΪΫάέήί', // 0xD0
    'ΰαβγδεζηθικλμνξο', // 0xE0
    'πρςστυφχψωϊϋόύώÿ', // 0xF0
]);

/** Windows-1254: Turkish. */
export const WINDOWS_1254: SingleByteCodec = singleByteCodec('windows-1254', 'Windows-1254', true, [
    '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008D\u008E\u008F', // 0x80
    '\u0090‘’“”•–—˜™š›œ\u009D\u009EŸ', // 0x90
    '\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯', // 0xA0
    '°±²³´µ¶·¸¹º»¼½¾¿', // 0xB0
    'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ', // 0xC0
    'ĞÑÒÓÔÕÖ×ØÙÚÛÜİŞß', // 0xD0
    'àáâãäåæçèéêëìíîï', // 0xE0
    'ğñòóôõö÷øùúûüışÿ', // 0xF0
]);

/** Windows-1257: Baltic. */
export const WINDOWS_1257: SingleByteCodec = singleByteCodec('windows-1257', 'Windows-1257', true, [
    '€\u0081‚\u0083„…†‡\u0088‰\u008A‹\u008C¨ˇ¸', // 0x80
    '\u0090‘’“”•–—\u0098™\u009A›\u009C¯˛\u009F', // 0x90
    '\u00A0¡¢£¤¥¦§Ø©Ŗ«¬\u00AD®Æ', // 0xA0
    '°±²³´µ¶·ø¹ŗ»¼½¾æ', // 0xB0
    'ĄĮĀĆÄÅĘĒČÉŹĖĢĶĪĻ', // 0xC0
    'ŠŃŅÓŌÕÖ×ŲŁŚŪÜŻŽß', // 0xD0
    'ąįāćäåęēčéźėģķīļ', // 0xE0
    'šńņóōõö÷ųłśūüżž˙', // 0xF0
]);

/** ISO-8859-2: Central European (ISO). */
export const ISO_8859_2: SingleByteCodec = singleByteCodec('iso-8859-2', 'ISO-8859-2', false, [
    '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F', // 0x80
    '\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F', // 0x90
    '\u00A0Ą˘Ł¤ĽŚ§¨ŠŞŤŹ\u00ADŽŻ', // 0xA0
    '°ą˛ł´ľśˇ¸šşťź˝žż', // 0xB0
    'ŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎ', // 0xC0
    'ĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢß', // 0xD0
    'ŕáâăäĺćçčéęëěíîď', // 0xE0
    'đńňóôőö÷řůúűüýţ˙', // 0xF0
]);

/** MacRoman: classic Mac OS Western. */
export const MAC_ROMAN: SingleByteCodec = singleByteCodec('macroman', 'MacRoman', false, [
    'ÄÅÇÉÑÖÜáàâäãåçéè', // 0x80
    'êëíìîïñóòôöõúùûü', // 0x90
    '†°¢£§•¶ß®©™´¨≠ÆØ', // 0xA0
    '∞±≤≥¥µ∂∑∏π∫ªºΩæø', // 0xB0
    '¿¡¬√ƒ≈∆«»…\u00A0ÀÃÕŒœ', // 0xC0
    '–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ', // 0xD0
    '‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ', // 0xE0
    '\uF8FFÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ', // 0xF0
]);

/** code page 437: the IBM PC / DOS console. */
export const CP437: SingleByteCodec = singleByteCodec('cp437', 'code page 437', false, [
    'ÇüéâäàåçêëèïîìÄÅ', // 0x80
    'ÉæÆôöòûùÿÖÜ¢£¥₧ƒ', // 0x90
    'áíóúñÑªº¿⌐¬½¼¡«»', // 0xA0
    '░▒▓│┤╡╢╖╕╣║╗╝╜╛┐', // 0xB0
    '└┴┬├─┼╞╟╚╔╩╦╠═╬╧', // 0xC0
    '╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀', // 0xD0
    'αßΓπΣσµτΦΘΩδ∞φε∩', // 0xE0
    '≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00A0', // 0xF0
]);

/**
 * The codecs mojibake repair tries, in order (python-ftfy's order): the first one in which the whole text can be
 * encoded and whose bytes are valid UTF-8 wins.
 */
export const MOJIBAKE_CODECS: readonly SingleByteCodec[] = [
  LATIN_1,
  WINDOWS_1252,
  WINDOWS_1251,
  WINDOWS_1250,
  WINDOWS_1253,
  WINDOWS_1254,
  WINDOWS_1257,
  ISO_8859_2,
  MAC_ROMAN,
  CP437,
];

/**
 * Per UTF-16 code unit, a bit per codec of MOJIBAKE_CODECS (bit i for MOJIBAKE_CODECS[i]) that has a byte for it.
 * Made on first use: 128 KiB, so that one pass over a text rules out the codecs it cannot be encoded in.
 */
let encodableByCodeUnit: Uint16Array | undefined;

function codecMaskTable(): Uint16Array {
  if (encodableByCodeUnit) return encodableByCodeUnit;
  if (MOJIBAKE_CODECS.length > 16) throw new Error('the codec mask table has room for 16 codecs');
  const table = new Uint16Array(0x10000);
  MOJIBAKE_CODECS.forEach((codec, codecIndex) => {
    const bit = 1 << codecIndex;
    for (let code = 0; code < 0x80; code++) {
      // A sloppy codec spends byte 0x1A on U+FFFD, so a real U+001A cannot be encoded with it.
      if (!(codec.sloppy && code === SUBSTITUTE_BYTE)) table[code] |= bit;
    }
    for (const code of codec.bytesByCharacter.keys()) table[code] |= bit;
  });
  encodableByCodeUnit = table;
  return table;
}

/**
 * Which of MOJIBAKE_CODECS can encode all of `text` (`encodeSingleByte` gives bytes): bit i stands for
 * MOJIBAKE_CODECS[i]. One pass, which stops as soon as no codec is left.
 */
export function mojibakeCodecsEncoding(text: string): number {
  const table = codecMaskTable();
  let mask = (1 << MOJIBAKE_CODECS.length) - 1;
  for (let index = 0; index < text.length && mask !== 0; index++) mask &= table[text.charCodeAt(index)];
  return mask;
}

/** Encodes `text` in `codec`, one byte per character; `undefined` when some character has no byte in it. */
export function encodeSingleByte(text: string, codec: SingleByteCodec): Uint8Array | undefined {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      // A sloppy codec spends byte 0x1A on U+FFFD, so a real U+001A cannot be encoded with it.
      if (codec.sloppy && code === SUBSTITUTE_BYTE) return undefined;
      bytes[index] = code;
      continue;
    }
    const byte = codec.bytesByCharacter.get(code);
    if (byte === undefined) return undefined;
    bytes[index] = byte;
  }
  return bytes;
}

/** Decodes bytes with a single-byte codec (never fails: every byte has a character). */
export function decodeSingleByte(bytes: ArrayLike<number>, codec: SingleByteCodec): string {
  let text = '';
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index];
    if (codec.sloppy && byte === SUBSTITUTE_BYTE) text += '\uFFFD';
    else text += byte < 0x80 ? String.fromCharCode(byte) : codec.upperHalf[byte - 0x80];
  }
  return text;
}

/** One character decoded from UTF-8 and the bytes `[byteStart, byteEnd)` it came from. */
export interface DecodedCharacter {
  readonly codePoint: number;
  readonly byteStart: number;
  readonly byteEnd: number;
}

/**
 * Decodes UTF-8 strictly (no overlong forms, no code points above U+10FFFF, no lone surrogates) with one
 * extension: CESU-8, where a character outside the BMP is written as two encoded UTF-16 surrogates (six bytes),
 * which Java and old MySQL produce. Returns `undefined` if any byte sequence is invalid.
 */
export function decodeUtf8(bytes: ArrayLike<number>): DecodedCharacter[] | undefined {
  return decodeUtf8Characters(bytes, true);
}

/**
 * Like `decodeUtf8`, but lists only the characters of two bytes or more: a byte below 0x80 is always valid and
 * decodes to itself, and a caller looking for what changed need not be handed one object per ASCII byte.
 */
export function decodeUtf8NonAscii(bytes: ArrayLike<number>): DecodedCharacter[] | undefined {
  return decodeUtf8Characters(bytes, false);
}

function decodeUtf8Characters(bytes: ArrayLike<number>, withAscii: boolean): DecodedCharacter[] | undefined {
  const decoded: DecodedCharacter[] = [];
  const length = bytes.length;
  const isContinuation = (index: number, low = 0x80, high = 0xbf) => index < length && bytes[index] >= low && bytes[index] <= high;
  let index = 0;
  while (index < length) {
    const lead = bytes[index];
    if (lead < 0x80) {
      if (withAscii) decoded.push({ codePoint: lead, byteStart: index, byteEnd: index + 1 });
      index += 1;
    } else if (lead >= 0xc2 && lead <= 0xdf) {
      if (!isContinuation(index + 1)) return undefined;
      decoded.push({ codePoint: ((lead & 0x1f) << 6) | (bytes[index + 1] & 0x3f), byteStart: index, byteEnd: index + 2 });
      index += 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      if (lead === 0xed && isContinuation(index + 1, 0xa0, 0xaf) && isContinuation(index + 2)
        && bytes[index + 3] === 0xed && isContinuation(index + 4, 0xb0, 0xbf) && isContinuation(index + 5)) {
        const high = 0xd000 | ((bytes[index + 1] & 0x3f) << 6) | (bytes[index + 2] & 0x3f);
        const low = 0xd000 | ((bytes[index + 4] & 0x3f) << 6) | (bytes[index + 5] & 0x3f);
        decoded.push({ codePoint: 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00), byteStart: index, byteEnd: index + 6 });
        index += 6;
        continue;
      }
      const secondLow = lead === 0xe0 ? 0xa0 : 0x80;
      const secondHigh = lead === 0xed ? 0x9f : 0xbf;
      if (!isContinuation(index + 1, secondLow, secondHigh) || !isContinuation(index + 2)) return undefined;
      const codePoint = ((lead & 0x0f) << 12) | ((bytes[index + 1] & 0x3f) << 6) | (bytes[index + 2] & 0x3f);
      decoded.push({ codePoint, byteStart: index, byteEnd: index + 3 });
      index += 3;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      const secondLow = lead === 0xf0 ? 0x90 : 0x80;
      const secondHigh = lead === 0xf4 ? 0x8f : 0xbf;
      if (!isContinuation(index + 1, secondLow, secondHigh) || !isContinuation(index + 2) || !isContinuation(index + 3)) return undefined;
      const codePoint = ((lead & 0x07) << 18) | ((bytes[index + 1] & 0x3f) << 12) | ((bytes[index + 2] & 0x3f) << 6) | (bytes[index + 3] & 0x3f);
      decoded.push({ codePoint, byteStart: index, byteEnd: index + 4 });
      index += 4;
    } else {
      return undefined;
    }
  }
  return decoded;
}
