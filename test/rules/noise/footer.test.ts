// noise/footer: copyright notices (© with a year or a rights phrase) and lines of footer links; photo credits are
// left alone.

import { testRule } from '../../helpers/ruleTester';
import { BODY, PARAGRAPHS, blocks, testHostileInput } from './fixtures';

testRule('noise/footer', {
  valid: [
    '',
    BODY,
    { name: 'a photo credit with © but no year', text: blocks(BODY, 'Photo: © Getty Images / Reuters', PARAGRAPHS[3]) },
    {
      name: 'a quotation that contains a footer phrase',
      text: blocks(PARAGRAPHS[0], 'The board said the studio had been “designed by the community, for the community” after two years of public meetings.', PARAGRAPHS[1], PARAGRAPHS[2]),
    },
    { name: 'a footer link plus other words', text: blocks(BODY, 'Contact us about the reading challenge') },
    { name: 'a sentence about privacy policy', text: blocks(BODY, 'The library updated its privacy policy after the renovation.') },
  ],
  invalid: [
    {
      name: 'a copyright line and a line of links are one block',
      text: blocks(BODY, '⟦© 2019 The Harbor Ledger. All rights reserved.\nTerms of Use | Privacy Policy | Contact Us⟧'),
      output: `${BODY}\n`,
      message: /Site footer \(2 lines\)/,
      evidence: /is a copyright notice; .* is a list of footer links/,
    },
    {
      name: 'footer links one a line, across a blank line',
      text: blocks(BODY, '⟦About Us\nCareers\nAdvertise\n\nSite Map⟧'),
      output: `${BODY}\n`,
    },
    { name: '"(c)" and a year', text: blocks(BODY, '⟦Copyright (c) 2024 Harbor Ledger Media⟧') },
    { name: '© with a rights phrase and no year', text: blocks(BODY, '⟦© Harbor Ledger Media. All rights reserved.⟧') },
    { name: 'links separated by middle dots', text: blocks(BODY, '⟦Imprint · Privacy Policy · Terms & Conditions · Sitemap⟧') },
    {
      name: 'CRLF line breaks',
      text: `${BODY.replace(/\n/g, '\r\n')}\r\n\r\n⟦© 2024 The Harbor Ledger⟧\r\n`,
      output: `${BODY.replace(/\n/g, '\r\n')}\r\n`,
    },
  ],
});

testHostileInput('noise/footer', '© 2019 The Harbor Ledger. All rights reserved.');
