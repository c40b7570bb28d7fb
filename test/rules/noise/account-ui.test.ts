// noise/account-ui: lines that are only sign-in interface text ("Sign in | Register"); sentences about signing in are
// left alone.

import { testRule } from '../../helpers/ruleTester';
import { BODY, PARAGRAPHS, blocks, testHostileInput } from './fixtures';

testRule('noise/account-ui', {
  valid: [
    '',
    BODY,
    { name: 'a sentence that tells readers to sign in', text: blocks(BODY, 'Sign in to the library’s website to book the studio.', PARAGRAPHS[3]) },
    { name: 'a registration deadline', text: blocks(BODY, 'Register by Friday for the spring reading challenge.', PARAGRAPHS[3]) },
    { name: 'one account phrase and one other part', text: blocks(BODY, 'Sign in | Renew your card online') },
  ],
  invalid: [
    {
      name: 'sign-in links above the article are one block',
      text: blocks('⟦Sign in | Register\nMy account⟧', BODY),
      output: BODY,
      message: /Account interface \(2 lines\)/,
      evidence: /"Sign in \| Register" is sign-in interface text; "My account" is sign-in interface text/,
    },
    { name: 'slash-separated', text: blocks(BODY, '⟦Log in / Sign up⟧', PARAGRAPHS[3]), output: blocks(BODY, PARAGRAPHS[3]) },
    { name: 'a login form', text: blocks(BODY, '⟦Username\nPassword\nRemember me\nForgot your password?⟧') },
    { name: 'social sign-in buttons', text: blocks('⟦Continue with Google\n\nContinue with Apple⟧', BODY), output: BODY },
    {
      name: 'CRLF line breaks',
      text: `⟦Sign in\r\nCreate an account⟧\r\n\r\n${BODY.replace(/\n/g, '\r\n')}`,
      output: BODY.replace(/\n/g, '\r\n'),
    },
  ],
});

testHostileInput('noise/account-ui', 'Sign in | Register');
