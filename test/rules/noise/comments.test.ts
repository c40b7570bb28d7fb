// noise/comments: after the body a comment header takes the section to the next related header or the end;
// inside or before the body only the header line goes; sentences about comments stay.

import { testRule } from '../../helpers/ruleTester';
import { BODY, PARAGRAPHS, blocks, testHostileInput } from './fixtures';

const THREAD = 'Maria K.\nMarch 4, 2024 at 9:12 am\nFinally! My kids have been asking about the studio for months.\nReply\n\nTom R.\nThe parking is still a problem though.\nReply';

testRule('noise/comments', {
  valid: [
    '',
    BODY,
    {
      name: 'a body sentence that starts with "Comments"',
      text: blocks(BODY, 'Comments from residents at the hearing were mostly positive, and the board thanked everyone who came.', PARAGRAPHS[3]),
    },
    {
      name: 'a quotation that mentions the comment section',
      text: blocks(BODY, '“Read the comments and you will see how much people missed this place,” the head librarian said.', PARAGRAPHS[3]),
    },
    { name: 'a number of comments inside a sentence', text: blocks(BODY, 'The county received 3 comments on the plan during the public review period.') },
  ],
  invalid: [
    {
      name: 'a comment section after the body runs to the end, form included',
      text: blocks(BODY, `⟦3 Comments\n\n${THREAD}\n\nLeave a Reply\nYour email address will not be published.⟧`),
      output: `${BODY}\n`,
      message: /Reader-comment section/,
      evidence: /"3 Comments" opens a comment section after the article body/,
    },
    {
      name: 'a related-links header after the comments ends the section',
      text: blocks(BODY, '⟦Comments\n\nGreat news for the town.⟧', 'Most Read', 'Ferry service to resume Saturday after engine repairs'),
      output: blocks(BODY, 'Most Read', 'Ferry service to resume Saturday after engine repairs'),
    },
    {
      name: 'a WordPress "thoughts on" header',
      text: blocks(BODY, '⟦2 thoughts on “Library reopens after renovation”\n\nGreat news.⟧'),
    },
    {
      name: 'a header between body paragraphs: only the header line',
      text: blocks(PARAGRAPHS[0], '⟦Comments⟧', PARAGRAPHS[1], PARAGRAPHS[2]),
      output: BODY,
      message: /Comment-section header/,
    },
    { name: 'a header above the article: only the header line', text: blocks('⟦Join the conversation⟧', BODY), output: BODY },
    { name: 'a comment form prompt at the end', text: blocks(BODY, '⟦Leave a comment⟧') },
    {
      name: 'CRLF line breaks',
      text: `${BODY.replace(/\n/g, '\r\n')}\r\n\r\n⟦2 Responses to “Library reopens”\r\n\r\nLovely building.\r\nReply⟧\r\n`,
      output: `${BODY.replace(/\n/g, '\r\n')}\r\n`,
    },
  ],
});

testHostileInput('noise/comments', '3 Comments\nLeave a Reply');
