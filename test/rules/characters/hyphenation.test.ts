// characters/hyphenation: words broken by hyphenation rejoined, compounds broken at their hyphen rejoined with it,
// and the line structure of hard-wrapped text kept.

import { testHostileInput } from './hostileInput';
import { testRule } from '../../helpers/ruleTester';

testRule('characters/hyphenation', {
  valid: [
    '',
    { name: 'a hyphen inside a line', text: 'a well-known fact' },
    { name: 'a dash used as a separator', text: 'Breaking news -\nmore below' },
    { name: 'a blank line between', text: 'govern-\n\nment' },
    { name: 'the next line starts with punctuation', text: 'pre-\n(war)' },
    { name: 'a list item marker is not a break', text: 'Items:\n- one\n- two' },
  ],
  invalid: [
    {
      name: 'typesetting hyphenation, merged lines',
      text: 'The ⟦govern-\nment⟧',
      output: 'The government',
      message: /Word broken across lines: "govern-⏎ment" should read "government"/,
      evidence: /not a usual compound prefix/,
    },
    { name: 'the next line goes on: the line break moves after the word', text: 'The ⟦govern-\nment ⟧said no.', output: 'The government\nsaid no.' },
    { name: 'punctuation after the second part moves up with it', text: 'in ⟦No-\nvember, ⟧and then', output: 'in November,\nand then' },
    { name: 'CRLF', text: 'The ⟦govern-\r\nment ⟧said\r\n', output: 'The government\r\nsaid\r\n' },
    { name: 'lone CR', text: 'The ⟦govern-\rment⟧', output: 'The government' },
    { name: 'soft hyphen at the break', text: '⟦information\u00AD\nretrieval⟧', output: 'informationretrieval', evidence: /soft hyphen/ },
    { name: 'a compound prefix keeps its hyphen', text: 'a ⟦well-\nknown ⟧fact', output: 'a well-known\nfact', message: /Compound broken/ },
    { name: 'a capital second part keeps the hyphen', text: '⟦Jean-\nPierre ⟧said', output: 'Jean-Pierre\nsaid', evidence: /capital/ },
    { name: 'a digit second part keeps the hyphen', text: '⟦COVID-\n19 ⟧cases', output: 'COVID-19\ncases', evidence: /digit/ },
    { name: 'the article writes the joined word elsewhere', text: 'A ⟦co-\noperation ⟧deal. Cooperation matters.', output: 'A cooperation\ndeal. Cooperation matters.', evidence: /without a hyphen elsewhere/ },
    { name: 'the article writes the hyphenated word elsewhere', text: 'The ⟦long-\nterm ⟧plan. A long-term view.', output: 'The long-term\nplan. A long-term view.', evidence: /with a hyphen elsewhere/ },
    // Lower-cased, "İ" gains a dot: the word elsewhere is one character shorter than the spelling looked for.
    { name: 'the joined word elsewhere has a letter that lower-cases to two', text: 'In ⟦İSTAN-\nbul ⟧today. İstanbul grew.', output: 'In İSTANbul\ntoday. İstanbul grew.', evidence: /without a hyphen elsewhere/ },
    { name: 'the hyphenated word elsewhere has U+2010 for its hyphen', text: 'The ⟦long-\nterm ⟧plan. A long\u2010term view.', output: 'The long-term\nplan. A long\u2010term view.', evidence: /with a hyphen elsewhere/ },
    { name: 'a one-letter part is a compound', text: 'send an ⟦e-\nmail⟧', output: 'send an e-mail' },
    { name: 'indentation of the next line is taken too', text: 'the ⟦govern-\n   ment⟧', output: 'the government' },
    { name: 'inside the tag vocabulary', text: '<standfirst>The ⟦govern-\nment ⟧said</standfirst>', output: '<standfirst>The government\nsaid</standfirst>' },
  ],
});

testHostileInput('characters/hyphenation', `${'a'.repeat(1_000_000)}-\n${'b'.repeat(1_000)}`);
