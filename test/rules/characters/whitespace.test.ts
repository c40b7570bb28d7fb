// characters/whitespace: repeated spaces and tabs between words collapsed, trailing whitespace trimmed, leading
// indentation and tab-separated tables left alone.

import { testHostileInput } from './hostileInput';
import { testRule } from '../../helpers/ruleTester';

testRule('characters/whitespace', {
  valid: [
    '',
    'One space between words.\nAnd a second line.\r\n',
    { name: 'leading indentation', text: '    indented code\n\tand a tab' },
    { name: 'tab-separated table (two tabbed lines)', text: 'Name\tAge\nAnn\t42' },
    { name: 'tab-separated row (two tabbed gaps)', text: 'Name\tAge\tCity' },
  ],
  invalid: [
    { name: 'two spaces', text: 'one⟦  ⟧two', output: 'one two', message: /2 spaces between words/ },
    { name: 'a long run is one finding', text: 'one⟦          ⟧two', output: 'one two' },
    { name: 'a tab between words', text: 'one⟦\t⟧two', output: 'one two', message: /tab/ },
    { name: 'trailing spaces', text: 'end of line⟦   ⟧\nnext', output: 'end of line\nnext', message: /Trailing whitespace/ },
    { name: 'trailing tab before CRLF', text: 'end⟦\t⟧\r\nnext', output: 'end\r\nnext' },
    { name: 'trailing spaces at the end of the text', text: 'last⟦  ⟧', output: 'last' },
    { name: 'a line of spaces', text: 'a\n⟦   ⟧\nb', output: 'a\n\nb', message: /otherwise empty line/ },
    { name: 'inside the tag vocabulary', text: '<headline>Big⟦  ⟧news</headline>', output: '<headline>Big news</headline>' },
    {
      name: 'more than three runs on a line: one finding',
      text: 'a⟦  b  c  d  ⟧e',
      output: 'a b c d e',
      message: /4 runs of extra whitespace/,
    },
  ],
});

testHostileInput('characters/whitespace', `${'word  '.repeat(200_000)}${'x '.repeat(10)}`);
