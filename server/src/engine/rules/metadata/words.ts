// Character and word helpers shared by the metadata recognizers: what a word character and a space are, and a word
// count that stops at a limit so a 1 MB line costs only what the caller needs. Not a rule.

/** Letters, digits and marks: the characters a word is made of. */
export function isWordCharacter(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // The Unicode test is a regular expression run on a one-character string; each code's answer is kept instead.
  let known = nonAsciiWordCharacters[code];
  if (known === 0) {
    known = WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 2;
    nonAsciiWordCharacters[code] = known;
  }
  return known === 1;
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
/** Per UTF-16 code unit: 0 not looked up yet, 1 a word character, 2 not one. */
const nonAsciiWordCharacters = new Uint8Array(0x10000);

/** Spaces, tabs, NBSP and the other Unicode spaces scrapers leave (line breaks never reach a line's text). */
export function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** What `\s` matches in a regular expression, by character code (line breaks and U+FEFF included, U+200B not). */
export function isRegExpSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Space-separated words, counting no further than `limit`. */
export function countWords(text: string, limit = Number.POSITIVE_INFINITY): number {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length && words < limit; index++) {
    const space = isSpaceCode(text.charCodeAt(index));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
