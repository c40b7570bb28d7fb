// text/tag-syntax: broken inline tags are reported on the markup itself, with the obvious repair.

import { testRule } from '../../helpers/ruleTester';

testRule('text/tag-syntax', {
  valid: [
    'Plain text with no tags at all.',
    '<headline>Ferries stop</headline>\n\n<quote speaker="Anna Lind">We wait.</quote> said <person>Anna Lind</person>.',
    { name: 'HTML residue is another rule’s business', text: 'Read <b>more</b> and <caption>the picture</caption>.' },
    { name: 'comparisons and arrows', text: 'If a < b and c > d, then <- and -> are arrows.' },
  ],
  invalid: [
    { name: 'an unclosed tag', text: '⟦<quote>⟧We wait, said Anna.', output: 'We wait, said Anna.', message: /never closed/ },
    { name: 'a stray closing tag', text: 'We wait⟦</person>⟧ here.', output: 'We wait here.', message: /never opened/ },
    { name: 'crossing tags (no automatic repair)', text: '⟦<quote>a <person>b</quote>⟧ c</person>', message: /must nest, not cross/ },
    { name: 'an empty pair', text: 'x ⟦<person></person>⟧ y', output: 'x  y', message: /tags nothing/ },
    {
      name: 'an unknown attribute',
      text: '⟦<quote speaker="Anna" mood="calm">⟧We wait.</quote>',
      output: '<quote speaker="Anna">We wait.</quote>',
      message: /no attribute "mood"/,
    },
    { name: 'a misspelt tag name', text: '⟦<headlne>⟧Ferries stop⟦</headlne>⟧', output: '<headline>Ferries stop</headline>', message: /did you mean <\/?headline>/ },
    {
      name: 'problems inside text that also has good tags',
      text: '<person>Anna</person> and ⟦<place>⟧Oslo <org>UN</org>',
      message: /never closed/,
    },
    { name: 'CRLF text', text: '<headline>Title</headline>\r\n⟦</byline>⟧\r\nBody', output: '<headline>Title</headline>\r\n\r\nBody' },
  ],
});
