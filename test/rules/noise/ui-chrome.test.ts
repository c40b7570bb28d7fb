// noise/ui-chrome: whole lines of interface text (skip links, "Back to top", "Image 3 of 12", "4 min read", "Tags: …");
// sentences that use the same words are left alone.

import { testRule } from '../../helpers/ruleTester';
import { BODY, PARAGRAPHS, blocks, testHostileInput } from './fixtures';

testRule('noise/ui-chrome', {
  valid: [
    '',
    BODY,
    { name: 'an instruction in the body', text: blocks(BODY, 'Show your library card at the door', PARAGRAPHS[3]) },
    { name: '"Click here" inside a quoted sentence', text: blocks(BODY, 'Click here, the sign said, and nothing happened.', PARAGRAPHS[3]) },
    { name: 'reading time in a sentence', text: blocks(BODY, 'The audiobook takes 4 hours to read aloud.') },
    { name: 'a bare symbol is left to noise/separator', text: blocks(BODY, '×', PARAGRAPHS[3]) },
    { name: 'a sentence that begins with "Loading"', text: blocks(BODY, 'Loading the new shelves took volunteers three weekends.') },
  ],
  invalid: [
    {
      name: 'a skip link above the article',
      text: blocks('⟦Skip to main content⟧', BODY),
      output: BODY,
      message: /Page interface text/,
      evidence: /"Skip to main content" is interface text/,
    },
    { name: 'gallery position between paragraphs', text: blocks(BODY, '⟦Image 3 of 12⟧', PARAGRAPHS[3]), output: blocks(BODY, PARAGRAPHS[3]) },
    { name: 'reading time', text: blocks(BODY, '⟦4 min read⟧', PARAGRAPHS[3]) },
    { name: 'a loading placeholder', text: blocks(BODY, '⟦Loading…⟧', PARAGRAPHS[3]) },
    { name: 'a tag line', text: blocks(BODY, '⟦Tags: libraries, renovation, Elm Street⟧') },
    { name: 'a relative timestamp', text: blocks('⟦Updated 2 hours ago⟧', BODY) },
    { name: 'pagination buttons are one block', text: blocks(BODY, '⟦Show more\nLoad more⟧'), message: /\(2 lines\)/ },
    { name: 'a caption toggle', text: blocks(BODY, '⟦Toggle caption⟧', PARAGRAPHS[3]) },
    { name: '"Back to top" twice, far apart, are two findings', text: blocks(PARAGRAPHS[0], '⟦Back to top⟧', PARAGRAPHS[1], PARAGRAPHS[2], '⟦Back to top⟧') },
    {
      name: 'CRLF line breaks',
      text: `⟦Skip to content\r\nMenu\r\nSearch⟧\r\n\r\n${BODY.replace(/\n/g, '\r\n')}`,
      output: BODY.replace(/\n/g, '\r\n'),
    },
  ],
});

testHostileInput('noise/ui-chrome', 'Back to top');
