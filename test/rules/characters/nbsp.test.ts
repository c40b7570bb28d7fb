// characters/nbsp: unusual spaces become plain spaces, except French punctuation, digit groups, CJK text and
// mojibake bytes.

import { testHostileInput } from './hostileInput';
import { testRule } from '../../helpers/ruleTester';

testRule('characters/nbsp', {
  valid: [
    '',
    'Plain spaces only.',
    { name: 'French: before ; : ! ? and »', text: 'Vraiment\u00A0? Oui\u202F! « Bonjour\u00A0» dit-il\u00A0: voilà\u00A0;' },
    { name: 'French: after «', text: '«\u00A0Bonjour »' },
    { name: 'digit groups', text: '1\u00A0000\u00A0000 habitants, 10\u202F000 €, 3\u20075' },
    { name: 'ideographic space in Japanese text', text: '日本語\u3000のテキスト' },
    { name: 'mojibake of "à" is characters/mojibake\'s', text: 'CÃ\u00A0nan nan GÃ\u00A0idheal' },
  ],
  invalid: [
    { name: 'one no-break space', text: 'New⟦\u00A0⟧York', output: 'New York', message: /No-break space \(U\+00A0\) where a plain space will do/ },
    { name: 'a run keeps its width', text: 'a⟦\u00A0\u00A0⟧b', output: 'a  b', message: /2 unusual spaces/ },
    { name: 'thin and hair spaces', text: 'x⟦\u2009⟧y⟦\u200A⟧z', output: 'x y z' },
    { name: 'ideographic space in English text', text: 'Hello⟦\u3000⟧world', output: 'Hello world', message: /ideographic space/i },
    { name: 'leading no-break space', text: '⟦\u00A0⟧Indented', output: ' Indented' },
    { name: 'no-break space before a unit is not French punctuation', text: '10⟦\u00A0⟧km', output: '10 km' },
    { name: 'inside the tag vocabulary', text: '<byline>By⟦\u00A0⟧Jane</byline>', output: '<byline>By Jane</byline>' },
    {
      name: 'more than three runs on a line: one finding for the line',
      text: 'a⟦\u00A0b\u00A0c\u00A0d\u00A0⟧e',
      output: 'a b c d e',
      message: /4 runs/,
    },
  ],
});

testHostileInput('characters/nbsp', `${'word\u00A0'.repeat(200_000)}${'x'.repeat(100_000)}`);
