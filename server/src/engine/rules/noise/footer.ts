// noise/footer: copyright and site-footer lines ("© 2019 Example News. All rights reserved.",
// "About / Advertise / Contact", "Terms of Service | Privacy Policy").

import { defineLineRule, quote } from './lineRuns';
import { phraseFinder, phraseSet } from './noiseLexicon';

const footerPhrases = phraseSet('footerAnchors');
const findFooterPhrase = phraseFinder('footerAnchors');
const COPYRIGHT = /©|\(c\)\s*\d{4}|\bcopyright\b/iu;
const YEAR = /\b(?:19|20)\d{2}\b/u;
const MAX_WORDS = 40;

export const footerRule = defineLineRule({
  id: 'noise/footer',
  summary: 'Copyright and site-footer lines: "© 2019 Example News. All rights reserved.", "Terms of Use | Privacy Policy".',
  message: count => (count === 1 ? 'Site footer line' : `Site footer (${count} lines)`),
  matchLine: ({ features, context, article, lineIndex }) => {
    if (features.words > MAX_WORDS) return undefined;
    const text = article.lines[lineIndex].text;
    const phrase = findFooterPhrase(context.language)(features, text);
    // A photo credit ("© Getty Images / Reuters") also carries ©; a footer has a year, a rights notice or links.
    if (COPYRIGHT.test(text) && (YEAR.test(text) || phrase !== undefined)) {
      return { reason: `${quote(text)} is a copyright notice` };
    }
    const segments = features.key.split(/\s*[|/·•]\s*/).filter(Boolean);
    const phrases = footerPhrases(context.language);
    if (segments.length > 0 && segments.every(segment => phrases.has(segment))) {
      return { reason: `${quote(text)} is a list of footer links` };
    }
    return undefined;
  },
});
