// noise/related-links: headers with their lists (to the end after the body, at most eight headlines inside it),
// inline "Read more: …" lines, and headerless headline sidebars above the article.

import { testRule } from '../../helpers/ruleTester';
import { BODY, PARAGRAPHS, blocks, testHostileInput } from './fixtures';

const HEADLINES = [
  'Ferry service to resume Saturday after engine repairs',
  'Tigers advance to state semifinal after late field goal',
  'Developer withdraws proposal for waterfront hotel',
  'Police identify driver in Route 9 crash',
  'Restaurant week returns with 45 participating spots',
  'Farmers market moves indoors for the winter',
  'Council delays vote on parking meters until spring',
  'New bakery opens on Mill Street next to the pharmacy',
  'County hires its first full-time climate officer',
  'Water main break closes part of Harbor Avenue',
];

testRule('noise/related-links', {
  valid: [
    '',
    BODY,
    {
      name: 'an invitation to read more, with no separator after "Read more"',
      text: blocks(BODY, 'Read more about the renovation in our guide to the new building, which lists opening hours for every room.', PARAGRAPHS[3]),
    },
    {
      name: 'a prefix that is not a related-links prefix, and a sentence starting with "More"',
      text: blocks(BODY, 'Update: the board moved the vote on Sunday hours to March.', 'More than 200 people attended the opening.', PARAGRAPHS[3]),
    },
    {
      name: 'a list of short title-like lines after the body without a header',
      text: blocks(BODY, 'What the new building offers\nA recording studio for residents\nA bigger children’s room with a reading nook\nA garden path made of engraved bricks'),
    },
    {
      name: 'headline, standfirst, byline and dateline right above the body',
      text: blocks('Library reopens with a bigger children’s room\nThe renovation doubled the children’s room and added a studio\nBy Dana Whitcombe\nPublished March 4', BODY),
    },
  ],
  invalid: [
    {
      name: 'a header after the body takes the list to the end',
      text: blocks(BODY, `⟦Related Articles\n\n${HEADLINES.slice(0, 3).join('\n')}⟧`),
      output: `${BODY}\n`,
      message: /Related-links list \(3 items\)/,
      evidence: /"Related Articles" is a related-links header, followed by 3 headline-like line\(s\)/,
    },
    {
      name: 'after the body, teasers cut off with "…" stay in the list; two prose paragraphs in a row end it',
      text: blocks(
        BODY,
        `⟦Most Read\n\n${HEADLINES[0]}\nThe harbor ferry has been out of service since August, when a crack was found in one of its…\n${HEADLINES.slice(1, 7).join('\n')}⟧`,
        'The Harbor Ledger has covered Harbor County since 1887 and is owned by a nonprofit trust.',
        'Our newsroom is funded by readers, local businesses and a small endowment from the founders.',
      ),
    },
    {
      name: 'a box inside the body: only the box goes',
      text: blocks(PARAGRAPHS[0], `⟦Related\n${HEADLINES[0]}\n${HEADLINES[2]}⟧`, PARAGRAPHS[1], PARAGRAPHS[2]),
      output: BODY,
    },
    {
      name: 'inside the body the box takes at most eight headlines',
      text: blocks(PARAGRAPHS[0], `⟦Related\n${HEADLINES.slice(0, 8).join('\n')}⟧\n${HEADLINES.slice(8).join('\n')}`, PARAGRAPHS[1], PARAGRAPHS[2]),
      message: /\(8 items\)/,
    },
    {
      name: 'a header ending in a colon introduces inline links: a sentence after them ends the list',
      text: blocks(BODY, '⟦READ MORE:\nWhy the county is rethinking its bond plans\nLibrary board weighs Sunday hours⟧', 'The library is open from nine to five.'),
    },
    {
      name: 'a header with nothing under it',
      text: blocks(BODY, '⟦Read more⟧', PARAGRAPHS[3]),
      message: /Related-links header left by the scraper/,
    },
    {
      name: 'inline links with a colon, a dash and a bar',
      text: blocks(
        PARAGRAPHS[0],
        '⟦Read more: Why the county is rethinking its bond plans⟧',
        PARAGRAPHS[1],
        '⟦See also – Library hours for the holidays⟧',
        PARAGRAPHS[2],
        '⟦WATCH | The roof comes down at the old library⟧',
      ),
      output: `${BODY}\n`,
      evidence: /starts with "(read more|see also|watch)" and names another article/,
    },
    {
      name: 'a headline sidebar with no header, well above the article',
      text: blocks(
        `⟦${HEADLINES.slice(0, 4).join('\n')}⟧\nWeekend\nLocal\nPolitics\nBusiness\nSports\nOpinion\nWeather`,
        'Library reopens with a bigger children’s room\nBy Dana Whitcombe',
        BODY,
      ),
      message: /List of 4 headlines/,
    },
    {
      name: 'CRLF line breaks',
      text: `${BODY.replace(/\n/g, '\r\n')}\r\n\r\n⟦Recommended for you\r\n${HEADLINES.slice(0, 2).join('\r\n')}⟧\r\n`,
      output: `${BODY.replace(/\n/g, '\r\n')}\r\n`,
    },
  ],
});

testHostileInput('noise/related-links', `Related Articles\n${HEADLINES.slice(0, 3).join('\n')}`);
