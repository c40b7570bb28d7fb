// fast-check generators of hostile article text: random Unicode (astral pairs, lone surrogates, combining marks,
// right-to-left text, NUL, C0/C1 controls), mixed line breaks, very long lines, scrape noise blocks and inline tags —
// broken ones included. Shared by the property tests (`npm test`) and the long fuzz run (`npm run fuzz`).

import fc from 'fast-check';
import { TAG_NAMES } from '../../server/src/engine/types';

/** How many cases each property runs: small in `npm test`, large in `npm run fuzz` (FUZZ_RUNS). */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

const PIECES = [
  'a', 'The', ' ', '  ', 'word', ',', '.', '“', '”', '’', '—', '-\n', 'é', 'Ã©', 'â€™', '&amp;', '&#8217;', '&nbsp',
  '😀', '👨‍👩‍👧', '🇺🇦', '\uD800', '\uDC00', 'e\u0301', 'שלום', 'مرحبا', '\u200B', '\u200D', '\u202E', '\uFEFF', '\u00A0',
  '\u0000', '\u0007', '\u001B', '\u0085', '\u009D', '<', '>', '<p>', '</div>', '<b', '<!--', '-->', '\t', '\uFFFD',
];
const LINE_BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n'];
const NOISE_BLOCKS = [
  'Advertisement', 'Share on Facebook', 'Facebook Twitter LinkedIn Email Copy Link', 'We use cookies to improve your experience.\nAccept all',
  'Subscribe for unlimited access', 'Sign in', 'Home > World > Europe', 'Back to top', 'Most Read\nFerry resumes\nTigers win\nHotel plan dropped',
  '© 2019 Example News. All rights reserved.', 'News\nLocal\nSports\nOpinion\nWeather', '1.2K shares', '__________',
  'window.dataLayer = window.dataLayer || [];', 'date 2022 icon bookmarkicon cameraicon checkicon downicon lefticon',
  '2 comments\nLeave a Reply', 'By Jane Doe', '6 Jun, 2022 15:41', 'FILE PHOTO. A ferry. © Getty Images / Anadolu Agency',
];
const PROSE = [
  'The council voted late on Tuesday to build a network of protected bike lanes across the city over five years.',
  'It is impossible to rule out such a course of events. Today, I do not see the need for it at all.',
  'Supporters, many of whom arrived on bicycles that filled every rack outside City Hall, said the plan was overdue.',
];

/** A piece of raw text: random characters and fragments. */
const fragment = fc.oneof(
  fc.constantFrom(...PIECES),
  fc.string({ maxLength: 12, unit: 'binary' }),
  fc.string({ maxLength: 12, unit: 'grapheme' }),
);

/** An opening or closing vocabulary tag, sometimes with an attribute, sometimes misspelt. */
const tagMarkup = fc.tuple(fc.constantFrom(...TAG_NAMES, 'headlne', 'quotes'), fc.boolean(), fc.constantFrom('', ' speaker="A &quot;B&quot;"', ' mood="x"')).map(
  ([name, closing, attribute]) => (closing ? `</${name}>` : `<${name}${attribute}>`),
);

const line = fc
  .array(fc.oneof({ weight: 6, arbitrary: fragment }, { weight: 2, arbitrary: fc.constantFrom(...PROSE) }, { weight: 1, arbitrary: tagMarkup }), { maxLength: 12 })
  .map(parts => parts.join(''));

const block = fc.oneof({ weight: 3, arbitrary: line }, { weight: 2, arbitrary: fc.constantFrom(...NOISE_BLOCKS) }, { weight: 2, arbitrary: fc.constantFrom(...PROSE) });

/** A whole article: blocks joined by mixed line breaks, now and then with a long line. */
export const articleText = fc
  .tuple(fc.array(fc.tuple(block, fc.constantFrom(...LINE_BREAKS)), { maxLength: 24 }), fc.option(fc.integer({ min: 2_000, max: 40_000 }), { freq: 12 }))
  .map(([parts, longLineLength]) => {
    const text = parts.map(([content, lineBreak]) => content + lineBreak).join('');
    return longLineLength === null ? text : `${text}${'word '.repeat(longLineLength / 5)}\n${text}`;
  });

/** Clean prose (letters, spaces, punctuation, astral characters, line breaks) for tag and export round trips. */
export const plainText = fc
  .array(fc.constantFrom('a', 'b', 'Anna', ' ', '.', '\n', 'é', '😀', '🇺🇦', '&', '"', '<', 'x y'), { minLength: 1, maxLength: 60 })
  .map(parts => parts.join(''));
