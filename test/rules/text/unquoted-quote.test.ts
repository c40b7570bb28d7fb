// text/unquoted-quote: a first-person paragraph without quotation marks after a speech attribution (or holding an
// editorial insertion) is a block quote that lost its marks; first-person narrative and quoted speech are not.

import { testRule } from '../../helpers/ruleTester';
import { BAD_INPUTS } from '../metadata/badInputs';

const NARRATIVE = 'The bloc is a regional security organization that brings together six countries in the region.';

testRule('text/unquoted-quote', {
  valid: [
    ...BAD_INPUTS,
    {
      name: 'first-person narrative: the author writes "I" before and after',
      text: `I spent the weekend testing the new phone, and I liked it more than I expected,” my brother said.\n\nI think the battery is the best part, and I would buy it again tomorrow for my family.`,
    },
    {
      name: 'a quoted first-person paragraph keeps its marks',
      text: `“We will not accept it,” the minister said.\n\n“We will defend our waters and our fishermen, and I will say so in Brussels,” he added.`,
    },
    {
      name: 'a generic "us" once in a narrative paragraph after an attribution',
      text: `“It is a rare condition,” the doctor told reporters by email.\n\nIt is not clear why some people develop it, since many of us carry the same antibodies without any symptoms at all.`,
    },
    {
      name: 'a roman numeral "I" is not a speaker',
      text: `“The archive is open again,” the curator said.\n\nThe collection covers the period from World War I to the present day and holds letters from many families.`,
    },
    {
      name: 'no attribution and no editorial insertion',
      text: `${NARRATIVE}\n\nToday, I do not see the need, and the situation itself would not allow that, the official wrote in a long post.`,
    },
    { name: 'a quotation already tagged', text: `“It is early,” Kartapolov continued.\n\n<quote>Today, I do not see the need, and the situation itself would not allow that.</quote>` },
  ],
  invalid: [
    {
      name: 'the reference article: after “… Kartapolov continued.”, first person, an editorial insertion',
      text: `${NARRATIVE}\n\nStill, it is too early to talk about a mission, but “different variants may be possible later,” Kartapolov continued.\n\n⟦It is impossible to rule out events that would require [ the bloc’s] services. Today, I do not see the need, and the situation itself would not allow that.⟧\n\n${NARRATIVE}`,
      output: `${NARRATIVE}\n\nStill, it is too early to talk about a mission, but “different variants may be possible later,” Kartapolov continued.\n\n<quote speaker="Kartapolov">It is impossible to rule out events that would require [ the bloc’s] services. Today, I do not see the need, and the situation itself would not allow that.</quote>\n\n${NARRATIVE}`,
      tag: 'quote',
      evidence: /first person.*attributes speech.*editorial insertion/,
    },
    {
      name: 'after a colon that introduces speech',
      text: `${NARRATIVE}\n\nThe minister told reporters on Monday:\n\n⟦We will not accept attempts to change the border, and we will defend our partners whatever it costs.⟧`,
      evidence: /told reporters on Monday:/,
    },
    {
      name: 'an editorial insertion alone is enough',
      text: `${NARRATIVE}\n\n⟦The decision [to close the plant] was not easy for me, but I believe it protects the workers in the long run.⟧`,
    },
    {
      name: 'a quotation running on over several paragraphs, its next paragraph without marks',
      text: `“I changed my plan against him today and had him rattled,” he added.\n\n⟦He is not as quick as he used to be but was too good for me in the end.⟧`,
    },
    {
      name: 'CRLF line ends',
      text: `“It is early,” Kartapolov said.\r\n\r\n⟦Today, I do not see the need, and the situation itself would not allow that at all.⟧\r\n`,
      output: `“It is early,” Kartapolov said.\r\n\r\n<quote speaker="Kartapolov">Today, I do not see the need, and the situation itself would not allow that at all.</quote>\r\n`,
    },
  ],
});
