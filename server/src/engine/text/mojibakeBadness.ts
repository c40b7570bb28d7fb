// Decides whether text looks like mojibake: a regex of character sequences that are far more likely to come from
// UTF-8 read in the wrong codec than from anyone's writing. Ported from python-ftfy 6.3's `badness.py`
// (Apache-2.0, © Robyn Speer); the categories and sequences are ftfy's, tested against ftfy's own cases.

// The few hundred characters that UTF-8 mojibake is made of, grouped by how they behave. Each value is the inside
// of a regex character class (ranges allowed). Printable characters are written as themselves so the lists can be
// checked by eye; \u escapes mark invisible ones.
const CATEGORIES = {
  /** Characters at home in many contexts: sequences with them are not mojibake by themselves. */
  common: '\u00A0\u00AD·´–—―…’',
  /** The C1 controls, which have no use left outside mojibake. */
  c1: '\u0080-\u009F',
  /** Characters that are nearly always mojibake. */
  bad: '¦¤¨¬¯¸ƒˆˇ˘˛˜†‡‰⌐◊\uFFFDªº',
  law: '¶§',
  currency: '¢£¥₧€',
  startPunctuation: '¡«¿©΄΅‘‚“„•‹\uF8FF',
  endPunctuation: '®»˝”›™',
  numeric: '²³¹±¼½¾×µ÷⁄∂∆∏∑√∞∩∫≈≠≡≤≥№',
  /** Letters people build emoticons from, so they may appear in odd company on purpose. */
  kaomoji: 'Ò-ÖÙ-Üò-öø-üŐŌŪŲ°',
  upperAccented: 'À-ÑØÜÝĂĀĄĆČĎĐĘĚĒĖĞĢİĪĶĹĽŁĻŃŇŅŒŘŚŞŠŢŤŮŰŸŹŻŽҐ',
  lowerAccented: 'ßà-ñăąāćčďđęěēėğģįīķĺľłļœŕśşšťüźżžґﬁﬂ',
  upperCommon: 'ÞΑ-ΩΆΈΉΊΌΎΏΪΫЁ-Я',
  lowerCommon: 'α-ωάέήίΰа-џ',
  /** Box drawing, minus the single horizontal line that kaomoji use. */
  box: '│┌┐┘├┤┬┼═-╬▀▄█▌▐░▒▓',
} as const;

type CategoryName = keyof typeof CATEGORIES;

/** A character class made of the named categories. */
function anyOf(...names: CategoryName[]): string {
  return `[${names.map(name => CATEGORIES[name]).join('')}]`;
}

const WORD_CHARACTER = '[\\p{L}\\p{N}_]';

// Each alternative is a fixed-length sequence (no nested quantifiers), so a search is linear in the text length.
const UNLIKELY_SEQUENCES = [
  anyOf('c1'),
  anyOf('bad', 'lowerAccented', 'upperAccented', 'box', 'startPunctuation', 'endPunctuation', 'currency', 'numeric', 'law') + anyOf('bad'),
  '[a-zA-Z]' + anyOf('lowerCommon', 'upperCommon') + anyOf('bad'),
  anyOf('bad') + anyOf('lowerAccented', 'upperAccented', 'box', 'startPunctuation', 'endPunctuation', 'currency', 'numeric', 'law'),
  anyOf('lowerAccented', 'lowerCommon', 'box', 'endPunctuation', 'currency', 'numeric') + anyOf('upperAccented'),
  anyOf('box', 'endPunctuation', 'currency', 'numeric') + anyOf('lowerAccented'),
  anyOf('lowerAccented', 'box', 'endPunctuation') + anyOf('currency'),
  '\\s' + anyOf('upperAccented') + anyOf('currency'),
  anyOf('upperAccented', 'box') + anyOf('numeric', 'law'),
  anyOf('lowerAccented', 'upperAccented', 'box', 'currency', 'endPunctuation') + anyOf('startPunctuation') + anyOf('numeric'),
  anyOf('lowerAccented', 'upperAccented', 'currency', 'numeric', 'box', 'law') + anyOf('endPunctuation') + anyOf('startPunctuation'),
  anyOf('currency', 'numeric', 'box') + anyOf('startPunctuation'),
  '[a-z]' + anyOf('upperAccented') + anyOf('startPunctuation', 'currency'),
  anyOf('box') + anyOf('kaomoji'),
  anyOf('lowerAccented', 'upperAccented', 'currency', 'numeric', 'startPunctuation', 'endPunctuation', 'law') + anyOf('box'),
  anyOf('box') + anyOf('endPunctuation'),
  anyOf('lowerAccented', 'upperAccented') + anyOf('startPunctuation', 'endPunctuation') + WORD_CHARACTER,
  // The ligature œ when not followed by an unaccented Latin letter.
  '[Œœ][^A-Za-z]',
  // A degree sign after a capital letter.
  anyOf('upperAccented') + '°',
  // Common two-character Windows-1252 mojibake the classes above miss.
  `[ÂÃÎÐ][€œŠš¢£Ÿž\\u00A0\\u00AD®©°·»${CATEGORIES.startPunctuation}${CATEGORIES.endPunctuation}–—´]`,
  '×[²³]',
  // Windows-1252 mojibake of Arabic includes "common" characters, so four characters must match.
  `[ØÙ][${CATEGORIES.common}${CATEGORIES.currency}${CATEGORIES.bad}${CATEGORIES.numeric}${CATEGORIES.startPunctuation}ŸŠ®°µ»]`
    + `[ØÙ][${CATEGORIES.common}${CATEGORIES.currency}${CATEGORIES.bad}${CATEGORIES.numeric}${CATEGORIES.startPunctuation}ŸŠ®°µ»]`,
  // Windows-1252 mojibake that starts three-byte sequences of some South Asian scripts.
  'à[²µ¹¼½¾]',
  // MacRoman mojibake.
  '√[±∂†≠®™´≤≥¥µø]',
  '≈[°¢]',
  '‚Ä[ìîïòôúùû†°¢π]',
  '‚[âó][àä°ê]',
  // Windows-1251 mojibake of characters in the U+2000 block (quotes, dashes).
  'вЂ',
  // Windows-1251 mojibake of Latin-1 or Cyrillic: two-character sequences are common, so three must match.
  `[ВГРС][${CATEGORIES.c1}${CATEGORIES.bad}${CATEGORIES.startPunctuation}${CATEGORIES.endPunctuation}${CATEGORIES.currency}°µ][ВГРС]`,
  // Windows-1251 mojibake on top of Windows-1252 mojibake, next to a Latin letter.
  'ГўВЂВ.[A-Za-z ]',
  // Windows-1252 forms of "à", "á" and U+00A0 itself, including the ones whose U+00A0 became a space.
  'Ã[\\u00A0¡]',
  '[a-z]\\s?[ÃÂ] ',
  '^[ÃÂ] ',
  // "Â" standing before the very character it encodes, when that character is common enough.
  `[a-z.,?!${CATEGORIES.endPunctuation}]Â[ ${CATEGORIES.startPunctuation}${CATEGORIES.endPunctuation}]`,
  // Windows-1253 mojibake of the U+2000 block and of Latin-1 / Greek.
  'β€[™\\u00A0Ά\\u00AD®°]',
  `[ΒΓΞΟ][${CATEGORIES.c1}${CATEGORIES.bad}${CATEGORIES.startPunctuation}${CATEGORIES.endPunctuation}${CATEGORIES.currency}°][ΒΓΞΟ]`,
  // Windows-1257 mojibake of the U+2000 block.
  'ā€',
];

/** The alternatives as one pattern source (tests compare the positioned search below with a plain global one). */
export const UNLIKELY_SEQUENCE_SOURCE = UNLIKELY_SEQUENCES.join('|');
const UNLIKELY_SEQUENCE = new RegExp(UNLIKELY_SEQUENCE_SOURCE, 'u');
const UNLIKELY_SEQUENCE_AT = new RegExp(UNLIKELY_SEQUENCE_SOURCE, 'uy');
const NON_ASCII = /[^\x00-\x7F]/g;
/**
 * Every sequence above has a non-ASCII character among its first three: a match starts at most this many characters
 * before one (`[a-z]\s?[ÃÂ] ` is the longest ASCII lead-in).
 */
const MAX_ASCII_LEAD_IN = 2;

/** True when `text` contains at least one sequence that is very likely mojibake. */
export function looksLikeMojibake(text: string): boolean {
  return UNLIKELY_SEQUENCE.test(text);
}

/**
 * How many mojibake-like sequences `text` contains (0 means it looks clean): the matches a global search would find,
 * left to right and not overlapping. The pattern is only tried where a match can start, just before a non-ASCII
 * character, since a global search tries every alternative at every position of the long ASCII stretches between.
 */
export function mojibakeBadness(text: string): number {
  let count = 0;
  let cursor = 0;
  while (cursor < text.length) {
    NON_ASCII.lastIndex = cursor;
    const nonAscii = NON_ASCII.exec(text);
    if (nonAscii === null) break;
    let matchEnd = -1;
    for (let start = Math.max(cursor, nonAscii.index - MAX_ASCII_LEAD_IN); start <= nonAscii.index && matchEnd < 0; start++) {
      // A global search in Unicode mode steps over whole code points and never starts between two surrogates.
      if (isInsideSurrogatePair(text, start)) continue;
      UNLIKELY_SEQUENCE_AT.lastIndex = start;
      if (UNLIKELY_SEQUENCE_AT.test(text)) matchEnd = UNLIKELY_SEQUENCE_AT.lastIndex;
    }
    if (matchEnd >= 0) count++;
    cursor = matchEnd >= 0 ? matchEnd : nonAscii.index + 1;
  }
  return count;
}

function isInsideSurrogatePair(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (index === 0 || code < 0xdc00 || code > 0xdfff) return false;
  const before = text.charCodeAt(index - 1);
  return before >= 0xd800 && before <= 0xdbff;
}
