// noise/breadcrumb: navigation trails ("Home > World > Europe"); two-part slashes, dates and sentences are left alone.

import { testRule } from '../../helpers/ruleTester';
import { BODY, PARAGRAPHS, blocks, testHostileInput } from './fixtures';

testRule('noise/breadcrumb', {
  valid: [
    '',
    BODY,
    { name: 'a season', text: blocks(BODY, '2019/2020', PARAGRAPHS[3]) },
    { name: '"and/or"', text: blocks(BODY, 'and/or', PARAGRAPHS[3]) },
    { name: 'a date', text: blocks(BODY, '11/19/2019') },
    { name: 'two parts without "Home"', text: blocks(BODY, 'TCP/IP') },
    { name: 'a level longer than four words', text: blocks(BODY, 'Yes > No > Maybe: how the board voted') },
    { name: 'a sentence with arrows', text: blocks(BODY, 'Prices went up > then down > then up again.') },
    { name: 'lowercase parts', text: blocks(BODY, 'input/output/error') },
  ],
  invalid: [
    {
      name: 'a trail above the article',
      text: blocks('⟦Home > World > Europe⟧', BODY),
      output: BODY,
      message: /Breadcrumb trail/,
      evidence: /"Home > World > Europe" is a trail of 3 navigation levels/,
    },
    { name: 'guillemets, three levels without "Home"', text: blocks('⟦News » Politics » Congress⟧', BODY) },
    { name: 'two levels are enough after "Home"', text: blocks('⟦Home / Local⟧', BODY), evidence: /2 navigation levels/ },
    { name: 'single angle quotes and multi-word levels', text: blocks('⟦Home › Local News › Libraries⟧', BODY) },
    {
      name: 'touching trails are one block',
      text: blocks('⟦Home > Local\n\nLocal > Harbor County > Libraries⟧', BODY),
      output: BODY,
    },
    {
      name: 'CRLF line breaks',
      text: `⟦Startseite > Lokales > Bibliotheken⟧\r\n\r\n${BODY.replace(/\n/g, '\r\n')}`,
      output: BODY.replace(/\n/g, '\r\n'),
    },
  ],
});

testHostileInput('noise/breadcrumb', 'Home > News > Local');
