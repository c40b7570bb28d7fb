// characters/invisible: zero-width and control characters removed per run; mojibake bytes and soft hyphens at a
// line break are left to their own rules.

import { testHostileInput } from './hostileInput';
import { testRule } from '../../helpers/ruleTester';

testRule('characters/invisible', {
  valid: [
    '',
    'Plain text with tabs\tand\r\nCRLF line breaks.',
    { name: 'joiners belong to characters/joiners-and-bidi', text: 'می‌خواهم 👨‍👩‍👧' },
    { name: 'soft hyphen ending a line that continues: characters/hyphenation', text: 'govern\u00AD\nment' },
    { name: 'C1 quote marks are repaired by characters/mojibake', text: 'He said \u0093yes\u0094.' },
    { name: 'soft hyphen inside mojibake of "í"', text: 'OceanÃ\u00ADa y AmÃ©rica' },
  ],
  invalid: [
    { name: 'zero-width space between words', text: 'foo⟦\u200B⟧bar', output: 'foobar', message: /zero-width space \(U\+200B\)/ },
    { name: 'BOM at offset 0', text: '⟦\uFEFF⟧Title', output: 'Title', message: /byte order mark/ },
    { name: 'BOM in the middle', text: 'one⟦\uFEFF⟧two', output: 'onetwo' },
    { name: 'a run is one finding', text: 'a⟦\u200B\u2060\u200B⟧b', output: 'ab', message: /3 invisible characters/ },
    { name: 'NUL and DEL', text: 'x⟦\u0000⟧y⟦\u007F⟧z', output: 'xyz', evidence: /U\+0000|U\+007F/ },
    { name: 'soft hyphen inside a line', text: 'infor⟦\u00AD⟧mation', output: 'information', message: /soft hyphen/ },
    { name: 'form feed between words becomes a space', text: 'end.⟦\u000C⟧Next', output: 'end. Next' },
    { name: 'undefined C1 control with no Windows-1252 meaning', text: 'odd ⟦\u0081⟧ byte', output: 'odd  byte' },
    { name: 'inside the tag vocabulary', text: '<headline>Big⟦\u200B⟧news</headline>', output: '<headline>Bignews</headline>' },
    {
      name: 'more than three runs on one line: one finding',
      text: 'a⟦\u200Bb\u200Bc\u200Bd\u200B⟧e',
      output: 'abcde',
      message: /4 runs of invisible characters/,
    },
  ],
});

testHostileInput('characters/invisible', `${'word\u200B'.repeat(100_000)}${'x'.repeat(500_000)}`);
