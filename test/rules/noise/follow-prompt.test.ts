// noise/follow-prompt: "follow us" calls on their own line; sentences that only begin like one are left alone.

import { testRule } from '../../helpers/ruleTester';
import { BODY, PARAGRAPHS, blocks, testHostileInput } from './fixtures';

testRule('noise/follow-prompt', {
  valid: [
    '',
    BODY,
    { name: 'an invitation to an event', text: blocks(BODY, 'Join us at the library on Saturday for the reopening party.', PARAGRAPHS[3]) },
    { name: 'directions that start with "Follow the"', text: blocks(BODY, 'Follow the river path to the new entrance.', PARAGRAPHS[3]) },
    {
      name: 'a long sentence that mentions following on social media',
      text: blocks(BODY, 'The head librarian said more than 4,000 people now follow the branch on Instagram, most of them parents of young children.'),
    },
    { name: 'a sentence about an app', text: blocks(BODY, 'Members can get the app from the library website.') },
  ],
  invalid: [
    {
      name: 'two prompts are one block',
      text: blocks(BODY, '⟦Follow us on Twitter\nLike us on Facebook⟧', PARAGRAPHS[3]),
      output: blocks(BODY, PARAGRAPHS[3]),
      message: /2 follow-us prompts/,
      evidence: /"Follow us on Twitter" asks readers to follow the site/,
    },
    {
      name: 'a prompt per network, with blank lines between them',
      text: blocks('⟦Follow The Harbor Ledger on Facebook', 'Follow The Harbor Ledger on Twitter', 'Follow The Harbor Ledger on Instagram⟧', BODY),
      output: BODY,
      message: /3 follow-us prompts/,
    },
    { name: 'a handle', text: blocks(BODY, '⟦Follow @harborledger⟧') },
    { name: 'a social heading', text: blocks(BODY, '⟦Stay connected\nSocial⟧') },
    { name: 'an app download link', text: blocks(BODY, '⟦Get the app⟧', PARAGRAPHS[3]) },
    { name: 'a prompt that names the author', text: blocks(BODY, '⟦Follow Dana Whitcombe on X⟧') },
    {
      name: 'CRLF line breaks',
      text: `${BODY.replace(/\n/g, '\r\n')}\r\n\r\n⟦Find us on Facebook⟧\r\n`,
      output: `${BODY.replace(/\n/g, '\r\n')}\r\n`,
    },
  ],
});

testHostileInput('noise/follow-prompt', 'Follow us on Twitter');
