// noise/cookie-banner: cookie and consent banners ("We use cookies to…", "Accept all", "Manage preferences").

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
    const phrase = findCookiePhrase(context.language)(features, article.lines[lineIndex].text);
    if (!phrase) return undefined;
    // Inside the article body a single mention could be reporting about cookies; ask for a short line there.
    const inBody = lineIndex >= layout.contentFirstLine && lineIndex <= layout.contentLastLine;
    const confidence = inBody && features.words > 25 ? 'medium' : 'high';
    return { reason: `${quote(article.lines[lineIndex].text)} contains the consent phrase "${phrase}"`, confidence };
  },
  // Buttons, and the further paragraphs of a long notice ("Necessary cookies are absolutely essential…").
  matchSatellite: ({ features, context, article, lineIndex }) =>
    consentButtons(context.language).has(features.key) ||
    (features.words <= MAX_ANCHOR_WORDS && MENTIONS_COOKIES.test(article.lines[lineIndex].text)),
});
