// characters/html-entities: real character references decoded (also double-escaped ones); prose ampersands and
// unknown names left alone.

import { testHostileInput } from './hostileInput';
import { testRule } from '../../helpers/ruleTester';

testRule('characters/html-entities', {
  valid: [
    '',
    { name: 'prose ampersands', text: 'AT&T and R&D; Q&A; Barnes&Noble; Tom & Jerry' },
    { name: 'unknown names', text: '&foo; &notanentity; &D;' },
    { name: 'URL parameters', text: 'https://example.com/?a=1&b=2&copy=3&lang=en' },
    { name: 'legacy name glued to a word', text: '&copyright and &ampersand' },
    { name: 'numeric reference without ";"', text: 'price &#36 only' },
    { name: 'a NUL reference decodes to nothing useful', text: 'odd &#0; here' },
  ],
  invalid: [
    { name: 'ampersand', text: 'AT⟦&amp;⟧T', output: 'AT&T', message: /"&amp;" for "&"/ },
    { name: 'no-break space', text: 'New⟦&nbsp;⟧York', output: 'New\u00A0York', evidence: /⟨U\+00A0⟩/ },
    { name: 'decimal reference', text: 'don⟦&#8217;⟧t', output: 'don’t' },
    { name: 'hex reference', text: 'don⟦&#x2019;⟧t', output: 'don’t' },
    { name: 'Windows-1252 numeric reference, as browsers read it', text: 'a ⟦&#150;⟧ b', output: 'a – b' },
    { name: 'astral character', text: 'smile ⟦&#x1F600;⟧', output: 'smile 😀' },
    { name: 'double-escaped', text: 'Tom ⟦&amp;amp;⟧ Jerry', output: 'Tom & Jerry', message: /escaped twice/ },
    { name: 'double-escaped numeric', text: 'don⟦&amp;#8217;⟧t', output: 'don’t' },
    { name: 'adjacent references are one finding', text: '⟦&lt;&lt;⟧ back', output: '<< back' },
    { name: 'legacy name without ";" before a space', text: '⟦&copy⟧ 2020 Example', output: '© 2020 Example' },
    { name: '"&amp;" before a name that is no entity', text: '⟦&amp;⟧foo; stays', output: '&foo; stays' },
    { name: 'inside the tag vocabulary', text: '<headline>Q⟦&amp;⟧A</headline>', output: '<headline>Q&A</headline>' },
    {
      name: 'more than three on a line: one finding',
      text: 'a ⟦&amp; b &amp; c &amp; d &amp;⟧ e',
      output: 'a & b & c & d & e',
      message: /4 HTML entities on this line/,
    },
  ],
});

testHostileInput('characters/html-entities', `${'x&amp;y &z &#12 '.repeat(70_000)}`);
