// metadata/credit: credit lines and credits closing a caption; copyright footers, schedules, agencies alone,
// "Source:" notes and a lone "© Name" in the body are left alone.

import { testRule } from '../../helpers/ruleTester';
import { BAD_INPUTS } from './badInputs';

const BODY = 'The council voted on Tuesday to close the old bridge for repairs, and the work should take until spring.';

testRule('metadata/credit', {
  valid: [
    ...BAD_INPUTS,
    { name: 'a copyright footer', text: `${BODY}\n\n© 2019 Example News. All rights reserved.` },
    { name: 'a copyright notice with a year range', text: `${BODY}\n\n©Example Kitchen 2011-2019` },
    { name: 'a schedule line naming a state abbreviation', text: `${BODY}\n\nJune 26 -- Arena Center, Allentown, PA` },
    { name: 'an agency alone is a byline, not a credit', text: `Storm closes schools\n\nReuters\n\nAssociated Press\n\n${BODY}` },
    { name: 'a claim source', text: `${BODY}\n\nSource: Ministry of Defence, October 25, 2019` },
    { name: 'a graphic link kept in the body', text: `${BODY}\n\n(Graphic: Global assets in 2019 - here)` },
    { name: 'a lone "© Name" closing a recipe in the body', text: `${BODY}\n\n${BODY}\n\n© Regan\n\nYou may also like:` },
    { name: '"Photo:" followed by a sentence is a caption', text: `Photo: A view of the harbour at dawn, with fishing boats returning.\n\n${BODY}` },
    { name: 'a related link with a bracketed publication', text: `${BODY}\n\nThe ultimate guide to the valley's best wineries (The Press)` },
    { name: 'the "©" of mojibake ("cafÃ©s") is not a copyright sign', text: `Lyon's oldest cafÃ©s fight rising rents with shorter menus\n\nHe doesnâ€™t plan to stop: he took the cafÃ© from his uncle.` },
    { name: 'a credit already tagged', text: `<credit>Image Credit: Example Co</credit>\n\n${BODY}` },
  ],
  invalid: [
    {
      name: 'the reference article: the © credit closing the caption line',
      text: `FILE PHOTO. Peacekeepers stand guard in the main square. ⟦© Example Images / Anadolu Agency / Jane Roe⟧\n\n${BODY}`,
      output: `FILE PHOTO. Peacekeepers stand guard in the main square. <credit>© Example Images / Anadolu Agency / Jane Roe</credit>\n\n${BODY}`,
      tag: 'credit',
      evidence: /closes a caption/,
    },
    { name: 'a labelled credit line', text: `Above: A coworking space in Berlin.\n\n⟦Image Credit: Example Co⟧\n\n${BODY}`, evidence: /labelled “Image Credit:”/ },
    { name: 'a photographer and an agency in parentheses', text: `The mayor speaks to reporters.\n⟦(Jane Roe / Associated Press)⟧\n\n${BODY}` },
    { name: '"Photo:" with a photographer and agency', text: `${BODY}\n\n⟦Photo: Jane Roe/Reuters⟧\n\n⟦Photo: Getty Images⟧` },
    { name: '"Credit:" and "Courtesy of"', text: `${BODY}\n\n⟦Credit: NASA⟧\n\n⟦Courtesy of Andrew Roe⟧` },
    { name: 'a photographer and a picture agency joined by a bar', text: `⟦Alex Roe | Getty Images⟧\n\n${BODY}` },
    { name: 'a photographer and an agency in capitals joined by a slash', text: `⟦Amy K. Roe/EXAMPLEMEDIA⟧\n\n${BODY}` },
    { name: 'a submitted photo', text: `${BODY}\n\n⟦Christopher Roe Submitted photo⟧` },
    { name: 'a bracketed "via" source closing a caption', text: `This illustration shows a lunar lander on the Moon ⟦[SpaceX via NASA]⟧\n\n${BODY}` },
    { name: 'a slash credit after the last sentence of a caption', text: `Traders work on the floor of the exchange in New York. ⟦REUTERS/Jane Roe⟧\n\n${BODY}` },
    { name: 'a "©" credit in parentheses', text: `⟦(Image: © Example Collaboration)⟧\n\n${BODY}` },
    { name: 'a "© Name" line in the header', text: `Storm closes schools\n\n⟦© Jane Roe⟧\n\n${BODY}` },
    {
      name: 'CRLF line ends',
      text: `Above: A coworking space in Berlin.\r\n⟦Image Credit: Example Co⟧\r\n\r\n${BODY}\r\n`,
      output: `Above: A coworking space in Berlin.\r\n<credit>Image Credit: Example Co</credit>\r\n\r\n${BODY}\r\n`,
    },
  ],
});
