// noise/account-ui: sign-in and account interface text ("Sign in", "Log in / Register", "My account").

import { defineLineRule, quote } from './lineRuns';
import { matchesAny, patternList, phraseSet } from './noiseLexicon';

const accountPhrases = phraseSet('accountPhrases');
const accountPatterns = patternList('accountPatterns');

export const accountUiRule = defineLineRule({
  id: 'noise/account-ui',
  summary: 'Sign-in and account interface text such as "Sign in", "Log in / Register", "My account", "Forgot password?".',
  message: count => (count === 1 ? 'Sign-in interface text left by the scraper' : `Account interface (${count} lines) left by the scraper`),
  matchLine: ({ features, context, article, lineIndex }) => {
    if (features.words > 10) return undefined;
    if (matchesAny(accountPatterns(context), features.key)) {
      return { reason: `${quote(article.lines[lineIndex].text)} asks the reader to sign in` };
    }
    const phrases = accountPhrases(context);
    // "Sign in | Register" and "Log in / Sign up" are one phrase per segment.
    const segments = /[|/·•]/.test(features.key) ? features.key.split(/\s*[|/·•]\s*/).filter(Boolean) : [features.key];
    const isAccountText = segments.length > 0 && segments.every(segment => phrases.has(segment));
    // "Profile" or "Account" alone may be a subhead inside the body.
    return isAccountText
      ? { reason: `${quote(article.lines[lineIndex].text)} is sign-in interface text`, needsCompanyInBody: segments.length === 1 && !segments[0].includes(' ') }
      : undefined;
  },
});
