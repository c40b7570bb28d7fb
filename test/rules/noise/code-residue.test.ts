// noise/code-residue: lines with three or more marks of script/style code and few function words, grown over the
// closing lines; prose with semicolons, braces or operators is left alone.

import { testRule } from '../../helpers/ruleTester';
import { BODY, PARAGRAPHS, blocks, testHostileInput } from './fixtures';

testRule('noise/code-residue', {
  valid: [
    '',
    BODY,
    {
      name: 'prose with semicolons, a colon and braces',
      text: blocks(BODY, 'The council’s budget; the mayor’s plan; the board’s vote: all three were on the agenda {again} this week.', PARAGRAPHS[3]),
    },
    { name: 'a quoted line of code inside a sentence', text: blocks(BODY, 'He wrote: if (a === b) { return; } and laughed.', PARAGRAPHS[3]) },
    { name: 'a formula in a sentence', text: blocks(BODY, 'x = y + 2; the formula (see figure 3) is simple.') },
    { name: 'a match report with semicolons', text: blocks(BODY, 'Score: 3–1; Attendance: 12,000; Referee: Dana Lee;') },
  ],
  invalid: [
    {
      name: 'an analytics snippet above the article',
      text: blocks('⟦window.dataLayer = window.dataLayer || [];\nfunction gtag(){dataLayer.push(arguments);}⟧', BODY),
      output: BODY,
      message: /Script or style code \(2 lines\)/,
      evidence: /has 3 marks of script\/style code/,
    },
    {
      name: 'CSS rules after the body',
      text: blocks(BODY, '⟦.ad-slot { display: none; }\n.share-bar { margin: 0 auto; }⟧'),
      output: `${BODY}\n`,
    },
    {
      name: 'an ad snippet grows over its inner call and closing line',
      text: blocks(BODY, "⟦googletag.cmd.push(function() {\n  googletag.display('div-gpt-ad-1');\n});⟧", PARAGRAPHS[3]),
      output: blocks(BODY, PARAGRAPHS[3]),
      evidence: /with 2 further code line\(s\)/,
    },
    {
      name: 'a jQuery handler between paragraphs',
      text: blocks(PARAGRAPHS[0], "⟦$(document).ready(function() { $('.menu').hide(); });⟧", PARAGRAPHS[1], PARAGRAPHS[2]),
      output: BODY,
    },
    {
      name: 'CRLF line breaks',
      text: `⟦var ads = window.ads || [];\r\n}⟧\r\n\r\n${BODY.replace(/\n/g, '\r\n')}`,
      output: BODY.replace(/\n/g, '\r\n'),
    },
  ],
});

testHostileInput('noise/code-residue', 'window.dataLayer = window.dataLayer || [];\nfunction gtag(){dataLayer.push(arguments);}');
