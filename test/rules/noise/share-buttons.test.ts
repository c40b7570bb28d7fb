// noise/share-buttons: lines made only of share words with at least one share target; sentences that use the same
// words among others are left alone.

import { testRule } from '../../helpers/ruleTester';
import { BODY, PARAGRAPHS, blocks, testHostileInput } from './fixtures';

testRule('noise/share-buttons', {
  valid: [
    '',
    BODY,
    { name: 'a sentence asking readers to share, with other words', text: blocks(BODY, 'Share this story with your friends and family.', PARAGRAPHS[3]) },
    { name: '"share" as a verb in reporting', text: blocks(BODY, 'Facebook and Twitter share the blame, the report said.', PARAGRAPHS[3]) },
    { name: 'a how-to sentence with one word outside the vocabulary', text: blocks(BODY, 'To get the form, copy the link and share it on WhatsApp.', PARAGRAPHS[3]) },
    { name: 'share-bar filler words without a target', text: blocks(BODY, 'More on this story', PARAGRAPHS[3]) },
    { name: 'a "print edition" line', text: blocks(BODY, 'The print edition') },
    {
      name: 'a line of more than 16 share words is a sentence about sharing',
      text: blocks(BODY, 'Share this article with your friends on Facebook or Twitter or WhatsApp or Telegram or email or print the page'),
    },
  ],
  invalid: [
    {
      name: 'a share bar above the article',
      text: blocks('⟦Facebook Twitter LinkedIn Email Copy Link⟧', BODY),
      output: BODY,
      message: /Share buttons left by the scraper/,
      evidence: /only names share targets \(facebook, twitter, linkedin, email\)/,
    },
    {
      name: 'a bar split on separators',
      text: blocks(BODY, '⟦Share on Facebook | Share on X | Email | Print⟧', PARAGRAPHS[3]),
      output: blocks(BODY, PARAGRAPHS[3]),
    },
    {
      name: 'one button a line: touching lines are one block',
      text: blocks(BODY, '⟦Share this article\nFacebook\nTwitter\nWhatsApp⟧', PARAGRAPHS[3]),
      message: /Share bar \(4 lines\)/,
    },
    {
      name: 'a blank line between buttons keeps them in one block',
      text: blocks(PARAGRAPHS[0], PARAGRAPHS[1], '⟦Share\n\nTweet\n\nEmail⟧', PARAGRAPHS[2]),
      output: BODY,
    },
    { name: 'a copy-link button', text: blocks(BODY, '⟦Copy link⟧', PARAGRAPHS[3]) },
    { name: 'bullets and brackets between the targets', text: blocks(BODY, '⟦• Facebook • Twitter • Pinterest (opens in new window)⟧') },
    {
      name: 'CRLF line breaks',
      text: `${BODY.replace(/\n/g, '\r\n')}\r\n\r\n⟦Share:\r\nFacebook\r\nEmail⟧\r\n`,
      output: `${BODY.replace(/\n/g, '\r\n')}\r\n`,
    },
  ],
});

testHostileInput('noise/share-buttons', 'Facebook Twitter LinkedIn Email Copy Link');
