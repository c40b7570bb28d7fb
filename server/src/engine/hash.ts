// Content hashes for "ignore this exact block": stable across re-scrapes that only change whitespace or line ends.

/** Collapses whitespace runs (including NBSP and line breaks) to one space and trims, so re-wrapped text hashes alike. */
export function normalizeForHash(text: string): string {
  return text.replace(/[\s\u00A0\u200B\uFEFF]+/g, ' ').trim();
}

/** 64-bit FNV-1a over UTF-16 code units of the normalized text, as 16 hex digits. */
export function contentHash(text: string): string {
  const normalized = normalizeForHash(text);
  // Two 32-bit halves (BigInt would be simpler but is ~20x slower on multi-megabyte blocks).
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (let index = 0; index < normalized.length; index++) {
    low = (low ^ normalized.charCodeAt(index)) >>> 0;
    // Multiply the 64-bit value by the FNV prime 0x100000001b3 = 2^40 + 0x1b3, keeping the low 64 bits.
    const lowTimesPrime = low * 0x1b3;
    const carry = Math.floor(lowTimesPrime / 0x100000000);
    const newLow = lowTimesPrime >>> 0;
    high = (Math.imul(high, 0x1b3) + carry + ((low << 8) >>> 0)) >>> 0;
    low = newLow;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}
