// noise/social-counter: lines made only of engagement counters ("1.2K shares", "Comments (14)"); sentences that report
// numbers are left alone.

import { testRule } from '../../helpers/ruleTester';
import { BODY, PARAGRAPHS, blocks, testHostileInput } from './fixtures';

testRule('noise/social-counter', {
  valid: [
    '',
    BODY,
    { name: 'a sentence that reports counts', text: blocks(BODY, 'The post drew 1.2K shares and 348 comments in an hour.', PARAGRAPHS[3]) },
    { name: '"shares" in the financial sense', text: blocks(BODY, 'Shares fell 12 per cent on Tuesday.', PARAGRAPHS[3]) },
    { name: 'a count of something that is not engagement', text: blocks(BODY, '2,000 visitors', PARAGRAPHS[3]) },
    { name: 'a counted word with no number', text: blocks(BODY, 'Comments', PARAGRAPHS[3]) },
  ],
  invalid: [
    {
      name: 'two counters under the headline are one block',
      text: blocks('Library reopens with a bigger children’s room', '⟦1.2K shares\n348 comments⟧', BODY),
      output: blocks('Library reopens with a bigger children’s room', BODY),
      message: /2 social counters/,
      evidence: /"1\.2K shares" is an engagement counter; "348 comments" is an engagement counter/,
    },
    { name: 'word first, number in brackets', text: blocks(BODY, '⟦Comments (14)⟧', PARAGRAPHS[3]), output: blocks(BODY, PARAGRAPHS[3]) },
    { name: 'several counters on one line', text: blocks(BODY, '⟦2,300 shares | 14 comments | 1.1M views⟧') },
    { name: 'a middle dot between counters', text: blocks(BODY, '⟦345 views · 12 likes⟧') },
    { name: 'a label, a colon and a number', text: blocks(BODY, '⟦Followers: 12,400⟧') },
    { name: 'other languages', text: blocks(BODY, '⟦12 Kommentare⟧', PARAGRAPHS[3]) },
    {
      name: 'CRLF line breaks',
      text: `⟦1.2K shares\r\n348 comments⟧\r\n\r\n${BODY.replace(/\n/g, '\r\n')}`,
      output: BODY.replace(/\n/g, '\r\n'),
    },
  ],
});

testHostileInput('noise/social-counter', '1.2K shares');
