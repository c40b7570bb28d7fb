// metadata/headline: the page title on the first line, its repeat above the byline, the title line right before a
// byline, and the reference layout (dateline, then headline); never a body sentence or a body subheading.

import { testRule } from '../../helpers/ruleTester';
import { BAD_INPUTS } from './badInputs';

const BODY = 'The council voted on Tuesday to close the old bridge for repairs, and the work should take until spring.';

testRule('metadata/headline', {
  valid: [
    ...BAD_INPUTS,
    { name: 'a clean body starting with its first paragraph', text: `${BODY}\n\n${BODY}` },
    { name: 'a clean body starting with a short question', text: `Remember the quest to find a state slogan?\n\n${BODY}` },
    { name: 'a short first line with no title, repeat or dateline around it', text: `Calendar of events\n\n${BODY}` },
    { name: 'a subheading in the body', text: `${BODY}\n\nWhat is new in version 2.26\n\n${BODY}` },
    { name: 'a menu line of icon words is not a title', text: `${'icon '.repeat(80)}\n6 Jun, 2022 15:41\n\n${BODY}` },
    { name: 'a text of one line is a fragment, not a page with a title', text: 'Campeonatos > III Divisão - Série F > Jornadas' },
    { name: 'a line running on into the next after a top dateline is a paragraph', text: `SPORT - RESULTS\nLONDON 1996-08-30\nAustralia will defend the title in\nEngland next summer after the draw.` },
    { name: 'a headline already tagged', text: `<headline>Storm closes schools</headline>\n\n${BODY}` },
  ],
  invalid: [
    {
      name: 'a page title with the site name',
      text: `⟦Storm closes schools across the valley | Example Times⟧\n\nHome\nNews\n\n${BODY}`,
      output: `<headline>Storm closes schools across the valley | Example Times</headline>\n\nHome\nNews\n\n${BODY}`,
      tag: 'headline',
      evidence: /site name “Example Times”/,
    },
    {
      name: 'the page title and its repeat above the byline',
      text: `⟦Storm closes schools across the valley - Example Times⟧\n\nHome\n\n⟦Storm closes schools across the valley⟧\n\nBy Jane Doe\n\n${BODY}`,
    },
    {
      name: 'the repeat matches across quote and dash styles',
      text: `⟦'The Medium is the Message': a light festival – review | Example⟧\n\n⟦‘The Medium is the Message’: a light festival — review⟧\n\n${BODY}`,
    },
    {
      name: 'a first line without a site name counts when the article repeats it',
      text: `⟦Doctors offer free flu shots to detained migrants⟧\n\nmsn home\n\n⟦Doctors offer free flu shots to detained migrants⟧\n\nJane Doe\n\n${BODY}`,
    },
    {
      name: 'the site name alone under the page title is not a headline',
      text: `⟦Do not hate a whole people too much | Stories About The World⟧\n\nStories About The World\n\n${BODY}`,
    },
    {
      name: 'the reference article: dateline, then the headline',
      text: `home news video icon search icon\n6 Jun, 2022 15:41\n⟦Moscow explains stance on peacekeepers in Ukraine⟧\n\n${BODY}`,
      evidence: /after the dateline/,
    },
    {
      name: 'a title line right before the byline when no page title is repeated',
      text: `⟦Pear Jam Recipe | Home Cooking⟧\n\nHolidays Recipes\n\n⟦Homemade Spiced Pear Jam for the Holidays⟧\n\nby Regan December 6, 2017\n\n${BODY}`,
    },
    {
      name: 'CRLF line ends',
      text: `⟦Storm closes schools | Example Times⟧\r\n\r\n⟦Storm closes schools⟧\r\n\r\n${BODY}\r\n`,
      output: `<headline>Storm closes schools | Example Times</headline>\r\n\r\n<headline>Storm closes schools</headline>\r\n\r\n${BODY}\r\n`,
    },
  ],
});
