// noise/ad-label: whole-line ad labels, and the promoted headlines under "Sponsored Content"-style labels; sentences
// about advertising are left alone.

import { testRule } from '../../helpers/ruleTester';
import { BODY, PARAGRAPHS, blocks, testHostileInput } from './fixtures';

const PROMOTED = [
  'Doctors hate this new sleep gadget',
  'The one trick banks do not want you to know',
  'Retirees are flocking to this quiet seaside town',
  'Here is what a new roof should cost this year',
  'This is the cheapest way to fly to Europe',
  'Ten cars that lose value the fastest',
  'What a new kitchen costs now',
  'Why nobody buys these SUVs anymore',
];

testRule('noise/ad-label', {
  valid: [
    '',
    BODY,
    { name: 'a sentence about an advertisement', text: blocks(BODY, 'The advertisement ran in three newspapers.', PARAGRAPHS[3]) },
    { name: 'a sentence about advertising revenue', text: blocks(BODY, 'Advertising revenue fell 8 per cent last year.') },
    { name: 'a sentence about sponsorship', text: blocks(BODY, 'Sponsored by a local bank, the garden path opened in May.', PARAGRAPHS[3]) },
  ],
  invalid: [
    {
      name: 'a label between two body paragraphs',
      text: blocks(PARAGRAPHS[0], '⟦Advertisement⟧', PARAGRAPHS[1], PARAGRAPHS[2]),
      output: BODY,
      message: /Ad label left by the scraper/,
      evidence: /"Advertisement" is an ad label/,
    },
    {
      name: 'touching labels are one block',
      text: blocks(PARAGRAPHS[0], '⟦ADVERTISEMENT\nStory continues below advertisement⟧', PARAGRAPHS[1], PARAGRAPHS[2]),
      output: BODY,
      message: /Ad block \(2 lines\)/,
    },
    {
      name: 'a plain label does not take the headline under it',
      text: blocks('⟦Advertisement⟧\nLibrary reopens with a bigger children’s room', BODY),
    },
    {
      name: 'promoted headlines under a promoted-list label, across a blank line',
      text: blocks(BODY, `⟦Sponsored Content\n\n${PROMOTED.slice(0, 3).join('\n')}⟧`),
      output: `${BODY}\n`,
      evidence: /with 3 button\/link line\(s\)/,
    },
    {
      name: 'at most six promoted headlines',
      text: blocks(BODY, `⟦Around the web\n${PROMOTED.slice(0, 6).join('\n')}⟧\n${PROMOTED.slice(6).join('\n')}`),
    },
    {
      name: 'a sentence under the label ends the promoted list',
      text: blocks(BODY, `⟦From our partners\n${PROMOTED[0]}⟧\nThe library is open from nine to five.`),
    },
    { name: 'a label in another language', text: blocks(PARAGRAPHS[0], '⟦Anzeige⟧', PARAGRAPHS[1], PARAGRAPHS[2]), output: BODY },
    {
      name: 'CRLF line breaks',
      text: `${PARAGRAPHS[0]}\r\n\r\n⟦Advertisement⟧\r\n\r\n${PARAGRAPHS[1]}\r\n\r\n${PARAGRAPHS[2]}`,
      output: BODY.replace(/\n/g, '\r\n'),
    },
  ],
});

testHostileInput('noise/ad-label', `Sponsored Content\n${PROMOTED.slice(0, 3).join('\n')}`);
