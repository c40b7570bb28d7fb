// metadata/caption: caption labels, captions ending in a credit (the caption part only), a "©" credit glued to the
// front of a caption, and lines standing right above a credit line; credits and ordinary paragraphs are left alone.

import { testRule } from '../../helpers/ruleTester';
import { BAD_INPUTS } from './badInputs';

const BODY = 'The council voted on Tuesday to close the old bridge for repairs, and the work should take until spring.';

testRule('metadata/caption', {
  valid: [
    ...BAD_INPUTS,
    { name: 'a credit line is not a caption', text: `Photo: Jane Roe/Reuters\n\n${BODY}` },
    { name: 'a paragraph with no credit near it', text: `${BODY}\n\n${BODY}` },
    { name: '"Above all" is not a caption label', text: `Above all, the council wants lower taxes and a new bridge.\n\n${BODY}` },
    { name: 'a gallery counter above a credit', text: `${BODY}\n\n1 of 6\nJane Roe Submitted photo\n\n${BODY}` },
    { name: 'a paragraph ending in an agency name without a photographer', text: `${BODY} (Reuters)\n\n${BODY}` },
    { name: 'a copyright footer starting with ©', text: `${BODY}\n\n© Example Media, Inc. 11 West 42nd Street, 15th Floor, New York, NY 10036.` },
    { name: 'a sentence with mojibake "Ã©" is not a caption with a credit', text: `${BODY}\n\nMarc Leblanc has run the cafÃ© on the square for 31 years, and he took the cafÃ© from his uncle.` },
    { name: 'a caption already tagged', text: `<caption>Above: The new bridge at dusk.</caption>\n\n${BODY}` },
  ],
  invalid: [
    {
      name: 'the reference article: "FILE PHOTO." and a © credit on one line; the caption is the part before the credit',
      text: `⟦FILE PHOTO. Peacekeepers stand guard in the main square.⟧ © Example Images / Anadolu Agency / Jane Roe\n\n${BODY}`,
      output: `<caption>FILE PHOTO. Peacekeepers stand guard in the main square.</caption> © Example Images / Anadolu Agency / Jane Roe\n\n${BODY}`,
      tag: 'caption',
      evidence: /caption label “FILE PHOTO\.”/,
    },
    { name: '"Above:" above an image credit line', text: `⟦Above: A coworking space in Berlin.⟧\n\nImage Credit: Example Co\n\n${BODY}` },
    { name: '"Pictured:" and AP style "FILE -"', text: `⟦Pictured: The new bridge at dusk on Friday⟧\n\n⟦FILE - In this photo the old bridge is seen from the river.⟧\n\n${BODY}` },
    { name: '"Photo:" followed by a sentence is a caption', text: `⟦Photo: A view of the harbour at dawn, with fishing boats returning.⟧\n\n${BODY}` },
    {
      name: 'a sentence right above a credit line',
      text: `${BODY}\n\n⟦The mayor speaks to reporters outside city hall on Monday.⟧\n(Jane Roe / Associated Press)\n\n${BODY}`,
      evidence: /right below it is a photo credit/,
    },
    { name: 'a sentence ending in a bracketed credit', text: `⟦A doctor prepares a flu shot at a clinic in Washington.⟧ (AP Photo/Jane Roe, File)\n\n${BODY}` },
    { name: 'a short caption ending in "(Image: AGENCY)"', text: `${BODY}\n\n⟦A medieval plague doctor⟧ (Image: EXAMPLE)\n\n${BODY}` },
    { name: 'a caption ending in a slash credit after the last sentence', text: `⟦Traders work on the floor of the exchange in New York, U.S., November 18, 2019.⟧ REUTERS/Jane Roe\n\n${BODY}` },
    { name: 'a "©" name glued to the front of a caption', text: `${BODY}\n\n⟦© Jane Roe Nurses prepare vaccines at a clinic in the capital city on Monday morning.⟧\n\n${BODY}` },
    {
      name: 'a gallery repeats the caption on the line above',
      text: `${BODY}\n\n⟦The defense ministers shake hands in Hanoi on Wednesday.⟧\n⟦The defense ministers shake hands in Hanoi on Wednesday.⟧\nPhoto: Jane Roe, AP\n\n${BODY}`,
    },
    {
      name: 'a credit above and the byline below, in the header',
      text: `Storm closes schools | Example Times\n\nStorm closes schools\n\nAlex Roe | Getty Images\n\n⟦The governor, pictured at the capitol in 2018, when she was a lawmaker.⟧\n\nBy Amy Roe\n\n${BODY}`,
    },
    {
      name: 'CRLF line ends',
      text: `⟦Above: A coworking space in Berlin.⟧\r\nImage Credit: Example Co\r\n\r\n${BODY}\r\n`,
      output: `<caption>Above: A coworking space in Berlin.</caption>\r\nImage Credit: Example Co\r\n\r\n${BODY}\r\n`,
    },
  ],
});
