// noise/menu-block: runs of link labels (4+ outside the body, 8+ inside it at medium confidence) and menus flattened
// into one line; short runs, sentence-case lists, bylines and product specs are left alone.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintArticle } from '../../../server/src/engine/lint';
import { ruleById } from '../../../server/src/engine/rules/registry';
import { parseMarked } from '../../helpers/marked';
import { testRule } from '../../helpers/ruleTester';
import { BODY, PARAGRAPHS, blocks, testHostileInput } from './fixtures';

const LIST_IN_BODY = blocks(
  PARAGRAPHS[0],
  '⟦Laptops\nHotspots\nTelescopes\nSewing Machines\nBoard Games\nCake Pans\nUkuleles\nFishing Rods⟧',
  PARAGRAPHS[1],
  PARAGRAPHS[2],
);

testRule('noise/menu-block', {
  valid: [
    '',
    BODY,
    { name: 'three items are not a menu', text: blocks('News\nLocal\nPolitics', BODY) },
    {
      name: 'a list of short items inside the body, in sentence case',
      text: blocks(PARAGRAPHS[0], 'The branch now lends:\nLaptops\nHotspots\nTelescopes\nSewing machines\nBoard games\nCake pans', PARAGRAPHS[1], PARAGRAPHS[2]),
    },
    { name: 'seven Title Case items inside the body', text: blocks(PARAGRAPHS[0], 'Laptops\nHotspots\nTelescopes\nSewing Machines\nBoard Games\nCake Pans\nUkuleles', PARAGRAPHS[1], PARAGRAPHS[2]) },
    { name: 'a changelog in sentence case after the body', text: blocks(BODY, 'Bugs fixed\nSwim proof\nLonger battery life\nFaster charging') },
    { name: 'byline, dates and times are metadata, not menu items', text: blocks('By Dana Whitcombe\nMarch 4, 2024\n9:15 AM\nStaff Writer', BODY) },
    { name: 'items with commas or full stops are sentences', text: blocks('Open daily.\nFree entry.\nBring a card, please\nNo food, no drinks', BODY) },
    {
      name: 'a terse spec line with measurements is not a flattened menu',
      text: blocks(BODY, 'Specifications: 6.1-inch display 128GB storage 3,200mAh battery 12MP camera Face ID 5G Wi-Fi 6 Bluetooth 5.3 USB-C'),
    },
    { name: 'a title-case sentence on its own line', text: blocks(BODY, 'Tools Go Back Where You Found Them.', PARAGRAPHS[3]) },
  ],
  invalid: [
    {
      name: 'four section links above the article',
      text: blocks('⟦News\nLocal\nPolitics\nBusiness⟧', BODY),
      output: BODY,
      message: /Navigation menu \(4 items\)/,
      evidence: /4 consecutive short link-like lines .* before the article body/,
    },
    {
      name: 'blank lines do not break the run; the site name and labels with function words and "&" are link labels',
      text: blocks('⟦The Harbor Ledger', 'News\nLocal\n\nPolitics\nBusiness\nClimate & Environment\nPlace an Ad⟧', BODY),
      output: BODY,
      message: /\(7 items\)/,
    },
    {
      name: 'a menu repeated after the body',
      text: blocks(BODY, '⟦About the Ledger\nContact the Newsroom\nPlace an Ad\nGot a News Tip?\nArchives⟧'),
      evidence: /after the article body/,
    },
    {
      name: 'eight Title Case items inside the body (medium confidence)',
      text: LIST_IN_BODY,
      evidence: /8 consecutive short link-like lines .* inside the article body/,
    },
    {
      name: 'an archive selector flattened into one line',
      text: blocks('⟦Archives Select Month October 2019 September 2019 August 2019 July 2019 June 2019 May 2019 April 2019 March 2019⟧', BODY),
      output: BODY,
      message: /flattened into one line/,
    },
    {
      name: 'section names flattened into one line after the body',
      text: blocks(BODY, '⟦Home World Europe Politics Business Technology Science Health Sports Culture Travel Style Food Opinion Video Podcasts⟧'),
      evidence: /16 words with almost no function words/,
    },
    {
      name: 'CRLF line breaks',
      text: `⟦News\r\nLocal\r\nPolitics\r\nBusiness⟧\r\n\r\n${BODY.replace(/\n/g, '\r\n')}`,
      output: BODY.replace(/\n/g, '\r\n'),
    },
  ],
});

describe('noise/menu-block confidence', () => {
  const rule = ruleById('noise/menu-block')!;

  it('is medium inside the body and high outside it', () => {
    const inside = lintArticle(parseMarked(LIST_IN_BODY).text, { rules: [rule] }).findings;
    const outside = lintArticle(blocks('News\nLocal\nPolitics\nBusiness', BODY), { rules: [rule] }).findings;
    assert.deepEqual([...inside, ...outside].map(finding => finding.confidence), ['medium', 'high']);
  });
});

testHostileInput('noise/menu-block', 'News\nLocal\nPolitics\nBusiness\nSports');
