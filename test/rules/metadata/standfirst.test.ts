// metadata/standfirst: one sentence without quotations right under the headline, followed by another metadata line;
// a lede followed by more body text, a quoting deck or a two-sentence paragraph is left alone.

import { testRule } from '../../helpers/ruleTester';
import { BAD_INPUTS } from './badInputs';

const BODY = 'The council voted on Tuesday to close the old bridge for repairs, and the work should take until spring.';
const TITLE = 'Storm closes schools | Example Times\n\nHome\n\nStorm closes schools';

testRule('metadata/standfirst', {
  valid: [
    ...BAD_INPUTS,
    {
      name: 'the lede right under the headline, followed by more body text',
      text: `${TITLE}\n\nThe senate president and two senators have taken the police chief to court over a summons.\n\nThe move followed their invitation by the police last week.`,
    },
    {
      name: 'a deck that quotes someone',
      text: `${TITLE}\n\n‘We had some issues,’ an executive says about the launch of the new service\n\nBy Jane Doe\n\n${BODY}`,
    },
    {
      name: 'two sentences are a paragraph, not a deck',
      text: `${TITLE}\n\nOfficials say the risk is low. Many are worried all the same about the lack of news.\n\nBy Jane Doe\n\n${BODY}`,
    },
    {
      name: 'a deck that is not directly under the headline',
      text: `${TITLE}\n\nBy Jane Doe\n\nEven if its parts are owed to other games, this one finds a reason for each of them.\n\n${BODY}`,
    },
    { name: 'a line ending in a colon introduces a table', text: `${TITLE}\n\nBaseball games played on Thursday, home team first:\n\nBy Jane Doe\n\n${BODY}` },
    { name: 'too short to be a summary', text: `${TITLE}\n\nA short note here\n\nBy Jane Doe\n\n${BODY}` },
  ],
  invalid: [
    {
      name: 'the reference article: a deck under the headline, then a caption',
      text: `home news video icon search icon\n6 Jun, 2022 15:41\nMoscow explains stance on peacekeepers\n\n⟦A peacekeeping mission could be possible once the fighting is over, a senior lawmaker has said⟧\nFILE PHOTO. Peacekeepers on patrol in the capital. © Example Images / Jane Roe\n\n${BODY}`,
      output: `home news video icon search icon\n6 Jun, 2022 15:41\nMoscow explains stance on peacekeepers\n\n<standfirst>A peacekeeping mission could be possible once the fighting is over, a senior lawmaker has said</standfirst>\nFILE PHOTO. Peacekeepers on patrol in the capital. © Example Images / Jane Roe\n\n${BODY}`,
      tag: 'standfirst',
      evidence: /followed by a photo caption/,
    },
    {
      name: 'a deck with a full stop, followed by the byline',
      text: `${TITLE}\n\n⟦The government's move aims to keep the building from becoming a shrine.⟧\n\nBy Jane Doe\n\n${BODY}`,
      evidence: /followed by the byline/,
    },
    {
      name: 'a deck followed by a caption known by the credit under it',
      text: `${TITLE}\n\n⟦Officials say the risk of an outbreak is low, but many worry about the lack of news⟧\n\nA doctor checks a patient at the clinic in the capital on Monday.\n(Jane Roe / Associated Press)\n\n${BODY}`,
    },
    {
      name: 'CRLF line ends',
      text: `${TITLE}\r\n\r\n⟦The home-improvement retailer earned $2.8 billion in the third quarter.⟧\r\n\r\nBy Jane Doe\r\n\r\n${BODY}\r\n`,
    },
  ],
});
