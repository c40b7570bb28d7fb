// noise/icon-font-run: lines of glued icon-font names are flagged wherever they are; sentences about icons are not.

import { testRule } from '../../helpers/ruleTester';
import { BODY, PARAGRAPHS, blocks, testHostileInput } from './fixtures';

testRule('noise/icon-font-run', {
  valid: [
    '',
    BODY,
    {
      name: 'a body sentence that names several icons, each standing apart',
      text: blocks(BODY, 'The museum’s collection of Russian icons includes an icon from Novgorod, an icon of Saint Nicholas and two icons on loan from a monastery in Greece.'),
    },
    {
      name: 'icon words with punctuation attached do not count',
      text: blocks(BODY, 'The designers replaced the share icon, the search icon, the trash icon, and the compose icon in version 7.'),
    },
    { name: 'three icon names are not enough', text: blocks('menuicon searchicon closeicon', BODY) },
    {
      name: 'an icon run split over short lines, none with four names',
      text: blocks('menuicon searchicon\ncloseicon\nusericon facebookicon twittericon', BODY),
    },
    {
      name: 'four icon names lost among many other words (under a quarter)',
      text: blocks(BODY, 'Download the app icon and the tablet icon and the phone icon and the watch icon from the press page of the company website before the end of Friday.'),
    },
  ],
  invalid: [
    {
      name: 'a flattened icon sprite at the top of the page',
      text: blocks('⟦bookmarkicon cameraicon checkicon chevron downicon chevron upicon closeicon searchicon⟧', BODY),
      output: BODY,
      evidence: /7 of 9 words are icon names \(bookmarkicon, cameraicon, checkicon, downicon, …\)/,
      message: /Icon-font names/,
    },
    {
      name: 'a date and the bare word "icon" mixed in, as in the reference scrape',
      text: blocks('⟦date 2022-06-06 icon bookmark-bicon bookmarkicon cameraicon checkicon⟧', BODY),
      output: BODY,
    },
    {
      name: 'hyphenated class names that start with "icon"',
      text: blocks('⟦icon-search icon-menu icon-close icon-user⟧', BODY),
    },
    {
      name: 'after the body too: the rule does not depend on the content region',
      text: blocks(BODY, '⟦cameraicon checkicon closeicon searchicon shareicon⟧'),
      output: `${BODY}\n`,
    },
    {
      name: 'two runs with a blank line between them are one block',
      text: blocks(PARAGRAPHS[0], '⟦fbicon twicon vkicon yticon\n\nmailicon moveicon okicon tagicon⟧', PARAGRAPHS[1], PARAGRAPHS[2]),
      output: BODY,
      evidence: /4 of 4 words.*; .*4 of 4 words/,
    },
    {
      name: 'CRLF line breaks',
      text: `⟦sign inicon sign upicon stepbackicon stepforicon swipe downicon⟧\r\n\r\n${BODY.replace(/\n/g, '\r\n')}`,
      output: BODY.replace(/\n/g, '\r\n'),
    },
  ],
});

testHostileInput('noise/icon-font-run', 'bookmarkicon cameraicon checkicon closeicon searchicon');
