// UTF-16 offsets (what JavaScript and LSP count) ⇄ Unicode code point offsets (what Python, brat, doccano and
// Prodigy count). The two differ by one for every astral character (emoji, many CJK extensions) before the offset.

/** Converts offsets in one text both ways in O(log n) after one linear pass over its surrogate pairs. */
export class CodePointOffsets {
  /** UTF-16 offsets of the low surrogate of every astral character, in order. */
  private readonly astralLowSurrogates: number[] = [];

  constructor(text: string) {
    for (let index = 0; index < text.length - 1; index++) {
      const code = text.charCodeAt(index);
      if (code >= 0xd800 && code <= 0xdbff) {
        const next = text.charCodeAt(index + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.astralLowSurrogates.push(index + 1);
          index++;
        }
      }
    }
  }

  /** The code point offset of a UTF-16 offset (an offset inside a surrogate pair counts as before the character). */
  toCodePoint(utf16Offset: number): number {
    return utf16Offset - countAtOrBefore(this.astralLowSurrogates, utf16Offset);
  }

  /** The UTF-16 offset of a code point offset. */
  toUtf16(codePointOffset: number): number {
    // Each astral character before the target adds one UTF-16 unit; find how many lie before it.
    let low = 0;
    let high = this.astralLowSurrogates.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      // The astral character at `middle` starts at code point offset (lowSurrogate - 1) - middle.
      if (this.astralLowSurrogates[middle] - 1 - middle < codePointOffset) low = middle + 1;
      else high = middle;
    }
    return codePointOffset + low;
  }
}

function countAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}
