// noise/cookie-banner: consent notices grow over their buttons and cookie paragraphs; cookies that are food, and
// buttons without a notice, are left alone.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintArticle } from '../../../server/src/engine/lint';
import { ruleById } from '../../../server/src/engine/rules/registry';
import { parseMarked } from '../../helpers/marked';
import { testRule } from '../../helpers/ruleTester';
import { BODY, PARAGRAPHS, blocks, testHostileInput } from './fixtures';

const NOTICE_IN_BODY = blocks(
  PARAGRAPHS[0],
  '⟦We and our partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised ads and content, ad and content measurement, and audience insights.⟧',
  PARAGRAPHS[1],
  PARAGRAPHS[2],
);

testRule('noise/cookie-banner', {
  valid: [
    '',
    BODY,
    { name: 'cookies that are food', text: blocks(BODY, 'Bakers in the town sold more than 4,000 cookies at the fair.', PARAGRAPHS[3]) },
    { name: 'a cookie recipe', text: blocks(BODY, 'Her grandmother’s cookie recipe won the county fair in 1987.') },
    { name: 'consent buttons with no notice next to them', text: blocks('Accept all\nReject all', BODY) },
    {
      name: 'a body sentence about privacy without a consent phrase',
      text: blocks(BODY, 'The library does not keep a record of what members borrow once a book is returned, the head librarian said.'),
    },
  ],
  invalid: [
    {
      name: 'a banner above the article, with its buttons across one blank line',
      text: blocks(
        '⟦We use cookies to give you the best experience on our website. By continuing to browse, you agree to our use of cookies.\nAccept all\nReject all\n\nManage preferences⟧',
        BODY,
      ),
      output: BODY,
      message: /Cookie\/consent banner \(4 lines\)/,
      evidence: /contains the consent phrase "we use cookies".*with 2 button\/link line\(s\)/,
    },
    {
      name: 'a long notice after the article: the paragraphs that mention cookies and the button join the block',
      text: blocks(
        BODY,
        '⟦This website uses cookies\n\nNecessary cookies are absolutely essential for the website to function properly. These cookies ensure basic functionalities and security features of the website, anonymously.\n\nAnalytics cookies help us understand how visitors interact with the website.\n\nAccept⟧',
      ),
      output: `${BODY}\n`,
    },
    {
      name: 'a short notice between body paragraphs',
      text: blocks(PARAGRAPHS[0], '⟦This site uses cookies. Learn more\nGot it⟧', PARAGRAPHS[1], PARAGRAPHS[2]),
      output: BODY,
    },
    { name: 'a policy link with its button', text: blocks('⟦Cookie Policy\nOK⟧', BODY), output: BODY },
    { name: 'a US opt-out link on its own', text: blocks(BODY, '⟦Do Not Sell My Personal Information⟧') },
    {
      name: 'two blank lines end the block: the button below them stays',
      text: `⟦Cookie settings⟧\n\n\nAccept all\n\n${BODY}`,
    },
    {
      name: 'a line that is neither a button nor about cookies ends the block',
      text: blocks(BODY, '⟦We use cookies.\nLearn more⟧\nThe library opens at nine on weekdays.'),
    },
    {
      name: 'a long consent notice inside the body (reported with medium confidence)',
      text: NOTICE_IN_BODY,
      output: BODY,
    },
    {
      name: 'CRLF line breaks',
      text: `⟦Your privacy choices\r\nAccept all\r\nReject all⟧\r\n\r\n${BODY.replace(/\n/g, '\r\n')}`,
      output: BODY.replace(/\n/g, '\r\n'),
    },
  ],
});

describe('noise/cookie-banner confidence', () => {
  const rule = ruleById('noise/cookie-banner')!;

  it('reports a notice inside the body only when it opens with a consent phrase', () => {
    const opening = blocks(PARAGRAPHS[0], 'We use cookies to personalise content and ads. Accept all to continue.', PARAGRAPHS[1], PARAGRAPHS[2]);
    assert.equal(lintArticle(opening, { rules: [rule] }).findings.length, 1);
    const reporting = blocks(PARAGRAPHS[0], 'Most sites now say "we use cookies" and ask readers to click accept before they read.', PARAGRAPHS[1], PARAGRAPHS[2]);
    assert.equal(lintArticle(reporting, { rules: [rule] }).findings.length, 0);
  });

  it('is high for a short notice, even between body paragraphs', () => {
    const text = blocks(PARAGRAPHS[0], 'This site uses cookies. Learn more\nGot it', PARAGRAPHS[1], PARAGRAPHS[2]);
    const { findings } = lintArticle(text, { rules: [rule] });
    assert.deepEqual(findings.map(finding => finding.confidence), ['high']);
  });
});

testHostileInput('noise/cookie-banner', 'We use cookies to improve your experience.\nAccept all\nReject all');
