// Content hashes for "ignore this exact block": stable across re-scrapes that only change whitespace or line ends.

/** Collapses whitespace runs (including NBSP and line breaks) to one space and trims, so re-wrapped text hashes alike. */
export function normalizeForHash(text: string): string {
  return text.replace(/[\s\u00A0\u200B\uFEFF]+/g, ' ').trim();
}

/**
 * 64-bit FNV-1a over UTF-16 code units of the normalized text (see normalizeForHash), as 16 hex digits. The
 * normalization is done on the fly rather than by building the normalized string: every finding is hashed.
 */
export function contentHash(text: string): string {
  // Two 32-bit halves (BigInt would be simpler but is ~20x slower on multi-megabyte blocks).
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  // A whitespace run counts as one space, and only between other characters: leading and trailing runs are trimmed.
  let seenText = false;
  let spacePending = false;
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index);
    if (isHashWhitespace(code)) {
      spacePending = seenText;
      continue;
    }
    if (spacePending) {
      // Hash the space of the run that ended here, and this character on the next turn of the loop.
      code = 32;
      spacePending = false;
      index--;
    } else {
      seenText = true;
    }
    low = (low ^ code) >>> 0;
    // Multiply the 64-bit value by the FNV prime 0x100000001b3 = 2^40 + 0x1b3, keeping the low 64 bits.
    const lowTimesPrime = low * 0x1b3;
    const carry = Math.floor(lowTimesPrime / 0x100000000);
    const newLow = lowTimesPrime >>> 0;
    high = (Math.imul(high, 0x1b3) + carry + ((low << 8) >>> 0)) >>> 0;
    low = newLow;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}

/** The characters normalizeForHash collapses: JavaScript's `\s` (which has NBSP and BOM) plus the zero-width space. */
function isHashWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
