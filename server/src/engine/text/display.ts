// Shows text inside finding messages and evidence: invisible and control characters become visible `U+XXXX`
// names, and long text is shortened, so a message about a zero-width space or a 1 MB line stays readable.

// Characters that render as nothing or as something else: controls, format characters, unusual spaces.
const INVISIBLE = /[\u0000-\u001F\u007F-\u00A0\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `U+200B` style name of one UTF-16 code unit or code point. */
export function codePointName(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Quotes `text` for a message: invisible characters appear as `⟨U+200B⟩`, a plain space stays a space, and text
 * longer than `maxLength` UTF-16 units is cut in the middle with "…" (never inside a surrogate pair).
 */
export function quoteText(text: string, maxLength = 60): string {
  let shown = text;
  if (shown.length > maxLength) {
    const half = Math.floor(maxLength / 2);
    shown = `${shown.slice(0, safeCut(shown, half))}…${shown.slice(safeCut(shown, shown.length - half))}`;
  }
  return `"${shown.replace(INVISIBLE, character => `⟨${codePointName(character)}⟩`)}"`;
}

/** Moves a cut point off the middle of a surrogate pair. */
function safeCut(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  return code >= 0xdc00 && code <= 0xdfff && offset > 0 ? offset - 1 : offset;
}
