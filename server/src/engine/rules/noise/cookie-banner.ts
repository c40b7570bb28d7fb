// noise/cookie-banner: cookie and consent banners ("We use cookies to…", "Accept all", "Manage preferences").

import { isInsideBody } from './layout';
import { defineAnchoredRule, quote } from './lineRuns';
import { phraseFinder, phraseSet } from './noiseLexicon';

const findCookiePhrase = phraseFinder('cookieAnchors');
const consentButtons = phraseSet('consentButtons');
// A consent notice is a few sentences at most; a longer paragraph that mentions cookies is an article about them.
const MAX_ANCHOR_WORDS = 160;
const MENTIONS_COOKIES = /\bcookies?\b/iu;

export const cookieBannerRule = defineAnchoredRule({
  id: 'noise/cookie-banner',
  summary: 'Cookie and consent banners: "We use cookies…", "Accept all cookies", "Manage preferences", with their buttons.',
  message: count => (count === 1 ? 'Cookie/consent banner left by the scraper' : `Cookie/consent banner (${count} lines) left by the scraper`),
  matchAnchor: ({ features, context, article, lineIndex, layout }) => {
    if (features.words > MAX_ANCHOR_WORDS) return undefined;
    const text = article.lines[lineIndex].text;
    const phrase = findCookiePhrase(context)(features, text);
    if (!phrase) return undefined;
    // Inside the article body a mention may be reporting about cookies ("Most sites now say 'we use cookies'"):
    // there the notice must open with the phrase, outside quotation marks.
    if (isInsideBody(layout, lineIndex) && (!features.key.startsWith(phrase) || /^\s*["'“‘«]/u.test(text))) return undefined;
    return { reason: `${quote(text)} contains the consent phrase "${phrase}"` };
  },
  // Buttons, and the further paragraphs of a long notice ("Necessary cookies are absolutely essential…"). They join
  // only next to an anchor, which inside the body must itself open with a consent phrase.
  matchSatellite: ({ features, context, article, lineIndex }) =>
    consentButtons(context).has(features.key) ||
    (features.words <= MAX_ANCHOR_WORDS && MENTIONS_COOKIES.test(article.lines[lineIndex].text) && !/^\s*["'“‘«]/u.test(article.lines[lineIndex].text)),
});
