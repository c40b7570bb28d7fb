// noise/duplicate: repeats of earlier lines (the first copy stays); short repeats count only in runs of three or more.

import { testRule } from '../../helpers/ruleTester';
import { BODY, PARAGRAPHS, blocks, testHostileInput } from './fixtures';

const HEADLINE = 'Library reopens with a bigger children’s room';

testRule('noise/duplicate', {
  valid: [
    '',
    BODY,
    { name: 'short words repeated once', text: blocks(BODY, 'Facebook', 'Facebook') },
    { name: 'two short repeats in a row are not a run', text: blocks(BODY, 'Reply\nReply\nReply') },
    {
      name: 'a short credit line repeated under two photos',
      text: blocks(PARAGRAPHS[0], 'Photo: Dana Whitcombe', PARAGRAPHS[1], 'Photo: Dana Whitcombe', PARAGRAPHS[2]),
    },
    {
      name: 'two paragraphs that share their beginning but differ',
      text: blocks(BODY, `${PARAGRAPHS[3]} She said so twice.`, `${PARAGRAPHS[3]} He did not agree.`),
    },
  ],
  invalid: [
    {
      name: 'the headline scraped twice: the second copy is the finding',
      text: blocks(HEADLINE, `⟦${HEADLINE}⟧`, BODY),
      output: blocks(HEADLINE, BODY),
      message: /Line repeats earlier text/,
      evidence: /the same text is 2 lines above/,
    },
    {
      name: 'a body paragraph emitted twice',
      text: blocks(BODY, `⟦${PARAGRAPHS[1]}⟧`, PARAGRAPHS[3]),
      output: blocks(BODY, PARAGRAPHS[3]),
      evidence: /the same text is 4 lines above/,
    },
    {
      name: 'a menu repeated after the article: short lines in a run of three',
      text: blocks('News\nLocal\nSports', BODY, '⟦News\nLocal\nSports⟧'),
      output: `${blocks('News\nLocal\nSports', BODY)}\n`,
      message: /3 lines repeat earlier text/,
    },
    {
      name: 'a pull quote that repeats a sentence of the body',
      text: blocks(PARAGRAPHS[0], '“We are ready for the crowds,” she said.', PARAGRAPHS[1], '⟦“We are ready for the crowds,” she said.⟧', PARAGRAPHS[2]),
      output: blocks(PARAGRAPHS[0], '“We are ready for the crowds,” she said.', PARAGRAPHS[1], PARAGRAPHS[2]),
    },
    {
      name: 'letter case and edge punctuation are ignored',
      text: blocks(`${HEADLINE}.`, BODY, `⟦${HEADLINE.toUpperCase()}!⟧`),
    },
    {
      name: 'in a short run only the long repeat is reported',
      text: blocks(HEADLINE, 'Share', BODY, `Share\n⟦${HEADLINE}⟧`),
    },
    {
      name: 'CRLF line breaks',
      text: `${HEADLINE}\r\n\r\n⟦${HEADLINE}⟧\r\n\r\n${BODY.replace(/\n/g, '\r\n')}`,
      output: `${HEADLINE}\r\n\r\n${BODY.replace(/\n/g, '\r\n')}`,
    },
  ],
});

testHostileInput('noise/duplicate', 'Share this story with your friends and family');
