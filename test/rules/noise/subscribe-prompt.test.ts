// noise/subscribe-prompt: newsletter, paywall and donation prompts with their buttons; body sentences that mention
// subscribing or newsletters in more than 14 words are left alone.

import { testRule } from '../../helpers/ruleTester';
import { BODY, PARAGRAPHS, blocks, testHostileInput } from './fixtures';

// Terse promotional copy, poor in function words: the layout does not take it for body text.
const TERSE_PROMPT = 'Harbor Ledger Daily Briefing: top local headlines, weather, school sports scores, weekend events and reader deals each morning, free. Subscribe now';
// A sentence of 21 words that reads like body text.
const LONG_PROMPT = 'Get the stories that matter to Harbor County delivered to your inbox every morning: sign up for our daily newsletter today.';

testRule('noise/subscribe-prompt', {
  valid: [
    '',
    BODY,
    {
      name: 'a body sentence about subscribing, longer than 14 words',
      text: blocks(BODY, 'Readers who subscribe to the paper’s print edition will find the full list of winners in Sunday’s magazine.', PARAGRAPHS[3]),
    },
    {
      name: 'a short body sentence about a newsletter without a prompt phrase',
      text: blocks(BODY, 'The newsletter, which the library started in 2019, now goes to 3,000 households.', PARAGRAPHS[3]),
    },
    { name: 'buttons with no prompt next to them', text: blocks('Sign up\nRegister', BODY) },
    { name: 'a 21-word prompt inside the body is taken for reporting', text: blocks(PARAGRAPHS[0], LONG_PROMPT, PARAGRAPHS[1], PARAGRAPHS[2]) },
  ],
  invalid: [
    {
      name: 'a newsletter box with its email field, button and legal line',
      text: blocks(
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        '⟦Sign up for our daily newsletter\nEnter your email address\nSign up\n\nBy signing up, you agree to our Terms of Use and Privacy Policy.⟧',
        PARAGRAPHS[2],
        PARAGRAPHS[3],
      ),
      output: blocks(PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2], PARAGRAPHS[3]),
      message: /Subscription prompt \(4 lines\)/,
      evidence: /contains the prompt "sign up for our daily".*button\/link line\(s\)/,
    },
    {
      name: 'a metered paywall in the middle of the body',
      text: blocks(BODY, '⟦You have reached your limit of free articles this month.\nSubscribe\n\nAlready a subscriber? Log in⟧', PARAGRAPHS[3]),
      output: blocks(BODY, PARAGRAPHS[3]),
    },
    {
      name: 'a donation appeal',
      text: blocks(BODY, '⟦Support independent journalism. Make a contribution today.\nDonate⟧', PARAGRAPHS[3]),
    },
    { name: 'a bare "Subscribe" link above the article', text: blocks('⟦Subscribe⟧', BODY), output: BODY },
    {
      name: 'outside the body a prompt may have up to 30 words',
      text: blocks(BODY, `⟦${TERSE_PROMPT}⟧`),
      output: `${BODY}\n`,
    },
    {
      name: 'two blank lines end the block: the button below them stays',
      text: `${BODY}\n\n⟦Start your free trial⟧\n\n\nGet started\n`,
    },
    {
      name: 'CRLF line breaks',
      text: `⟦Subscribe to our newsletter\r\n\r\nSign up\r\nNewsletter⟧\r\n\r\n${BODY.replace(/\n/g, '\r\n')}`,
      output: BODY.replace(/\n/g, '\r\n'),
    },
  ],
});

testHostileInput('noise/subscribe-prompt', 'Sign up for our newsletter\nSubscribe');
