// Body text that looked like noise to earlier versions of the rules (found in review): every case here must stay,
// because a cleaner that deletes real article text is worse than none. P = body paragraphs around the case.

import { testRule } from '../../helpers/ruleTester';
import { blocks, BODY, PARAGRAPHS } from './fixtures';

const [P0, P1, P2, P3] = PARAGRAPHS;

testRule('noise/related-links', {
  valid: [
    { name: '"More" and a lower-case phrase is a subhead', text: blocks(P0, 'More rain expected', P1, P2) },
    { name: 'a one-word header word inside the body is a subhead', text: blocks(P0, P1, 'Elsewhere', P2, P3) },
  ],
  invalid: [
    {
      name: 'an inline box near the end takes only the box, not the closing paragraphs',
      text: blocks(BODY, '⟦Related\nLibrary opens new wing\nCouncil votes on budget⟧', 'Sunday hours go to a vote in March.', '"We are ready," the head librarian said.', '"Come and see it."'),
    },
    {
      name: 'a box before the body ends at its blank line, sparing the headline and byline under it',
      text: blocks('⟦More from the Ledger\nLocal\nSports\nOpinion⟧', 'Library reopens after renovation', 'By Dana Whitcombe', BODY),
    },
  ],
});

testRule('noise/menu-block', {
  valid: [
    { name: 'a list of names introduced by a colon', text: blocks(BODY, 'The new board members are:\nDana Whitcombe\nMarco Ruiz\nPriya Nandakumar\nGary Ostrowski') },
  ],
  invalid: [],
});

testRule('noise/cookie-banner', {
  valid: [
    { name: 'an article about cookie notices', text: blocks(P0, 'The regulator said that by continuing to browse, users do not give valid consent.', 'Sites must now ask before they set cookies, the ruling says, and explain what each cookie does.', P1, P2) },
    { name: 'a quoted consent phrase', text: blocks(P0, 'Most sites now say "we use cookies" and ask you to click accept.', P1, P2) },
  ],
  invalid: [],
});

testRule('noise/footer', {
  valid: [
    { name: 'copyright and a year in a sentence', text: blocks(P0, 'The band sued for copyright infringement in 2019.', P1, P2) },
    { name: 'a one-word subhead that is also a footer link', text: blocks(P0, P1, 'Corrections', P2, P3) },
  ],
  invalid: [],
});

testRule('noise/subscribe-prompt', {
  valid: [
    { name: '"subscribe" in a short sentence', text: blocks(P0, 'Residents can subscribe to text alerts from the county.', P1, P2) },
    { name: '"email address" in a short sentence', text: blocks(P0, 'The flyer listed her email address and a phone number.', P1, P2) },
    { name: '"to continue reading" opening a sentence', text: blocks(P0, 'To continue reading, the library asks visitors to renew their cards in person.', P1, P2) },
  ],
  invalid: [],
});

testRule('noise/follow-prompt', {
  valid: [
    { name: 'directions that start like a prompt', text: blocks(P0, 'Find us on the second floor, next to the new studio.', P1, P2) },
    { name: 'a quotation', text: blocks(P0, '“Follow us,” the officer told the crowd.', P1, P2) },
    { name: 'a subhead', text: blocks(P0, 'Follow the money', P1, P2) },
    { name: '"Social" alone inside the body', text: blocks(P0, P1, 'Social', P2, P3) },
  ],
  invalid: [],
});

testRule('noise/ui-chrome', {
  valid: [
    { name: 'subheads that start with open or close', text: blocks(P0, 'Open late on Thursdays', P1, 'Close the gap', P2) },
    { name: 'a one-word subhead', text: blocks(P0, P1, 'Today', P2, P3) },
  ],
  invalid: [],
});

testRule('noise/duplicate', {
  valid: [{ name: 'a short sentence an article repeats on purpose', text: blocks(P0, 'No injuries were reported.', P1, 'No injuries were reported.', P2) }],
  invalid: [],
});

testRule('noise/share-buttons', {
  valid: [
    { name: 'a sentence built from share words', text: blocks(P0, 'Copy the link and share it on WhatsApp.', P1, P2) },
    { name: 'a platform name as a subhead', text: blocks(P0, P1, 'Threads', P2, P3) },
  ],
  invalid: [],
});

testRule('noise/breadcrumb', {
  valid: [{ name: 'slashes between names inside the body', text: blocks(P0, 'AC/DC / Iron Maiden / Metallica', P1, P2) }],
  invalid: [],
});

testRule('noise/icon-font-run', {
  valid: [{ name: 'words that contain "icon"', text: blocks('Icons of Silicon Valley: the iconic silicon chip turns 60 with lexicon entries', BODY) }],
  invalid: [],
});

testRule('noise/comments', {
  valid: [{ name: 'a one-word subhead inside the body', text: blocks(P0, P1, 'Discussion', P2, P3) }],
  invalid: [],
});

testRule('noise/account-ui', {
  valid: [{ name: 'a one-word subhead inside the body', text: blocks(P0, P1, 'Profile', P2, P3) }],
  invalid: [],
});
