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
  // The 64-bit state as four 16-bit limbs, lowest first, so every product and carry stays a small integer: the
  // former two 32-bit halves needed a floating-point product and division per character (BigInt would be simpler
  // but is ~20x slower on multi-megabyte blocks). Every finding's text is hashed.
  let limb0 = 0x2325;
  let limb1 = 0x8422;
  let limb2 = 0x9ce4;
  let limb3 = 0xcbf2;
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
    limb0 ^= code;
    // Multiply by the FNV prime 0x100000001b3 = 2^40 + 0x1b3, keeping the low 64 bits: each limb times 0x1b3, plus
    // the limbs 2^40 (two and a half limbs) below it, plus the carry from the limb below.
    const product0 = limb0 * 0x1b3;
    const product1 = limb1 * 0x1b3 + (product0 >>> 16);
    const product2 = limb2 * 0x1b3 + (limb0 << 8) + (product1 >>> 16);
    const product3 = limb3 * 0x1b3 + (limb1 << 8) + (product2 >>> 16);
    limb0 = product0 & 0xffff;
    limb1 = product1 & 0xffff;
    limb2 = product2 & 0xffff;
    limb3 = product3 & 0xffff;
  }
  return hex16(limb3) + hex16(limb2) + hex16(limb1) + hex16(limb0);
}

function hex16(limb: number): string {
  return limb.toString(16).padStart(4, '0');
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
