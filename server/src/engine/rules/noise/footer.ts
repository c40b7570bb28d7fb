// noise/footer: copyright and site-footer lines ("© 2019 Example News. All rights reserved.",
// "About / Advertise / Contact", "Terms of Service | Privacy Policy", "This material may not be published…").

import { defineLineRule, quote } from './lineRuns';
import { phraseFinder, phraseSet } from './noiseLexicon';

const footerLinks = phraseSet('footerAnchors');
const findFooterLink = phraseFinder('footerAnchors');
const findNotice = phraseFinder('footerNotices');
const COPYRIGHT_SIGN = /©|\(c\)\s*\d{4}/iu;
const OPENS_WITH_COPYRIGHT = /^\s*copyright\b/iu;
const YEAR = /\b(?:19|20)\d{2}\b/u;
const MAX_WORDS = 40;
const MAX_NOTICE_WORDS = 60;
/** "Copyright 2019 Example Media" is a notice; "The band sued for copyright infringement in 2019." is a sentence. */
const MAX_BARE_COPYRIGHT_WORDS = 8;

export const footerRule = defineLineRule({
  id: 'noise/footer',
  summary: 'Copyright and site-footer lines: "© 2019 Example News. All rights reserved.", "Terms of Use | Privacy Policy".',
  message: count => (count === 1 ? 'Site footer line' : `Site footer (${count} lines)`),
  matchLine: ({ features, context, article, lineIndex }) => {
    if (features.words > MAX_NOTICE_WORDS) return undefined;
    const text = article.lines[lineIndex].text;
    // A photo credit ("© Getty Images / Reuters") also carries ©; a footer has a year, footer links or a notice.
    const notice = findNotice(context)(features, text);
    if (COPYRIGHT_SIGN.test(text) && (YEAR.test(text) || notice || findFooterLink(context)(features, text) !== undefined)) {
      return { reason: `${quote(text)} is a copyright notice` };
    }
    if (notice) return { reason: `${quote(text)} is a rights or disclosure notice ("${notice}")` };
    if (features.words > MAX_WORDS) return undefined;
    if (OPENS_WITH_COPYRIGHT.test(text) && YEAR.test(text) && features.words <= MAX_BARE_COPYRIGHT_WORDS) {
      return { reason: `${quote(text)} is a copyright notice` };
    }
    const segments = /[|/·•]/.test(features.key) ? features.key.split(/\s*[|/·•]\s*/).filter(Boolean) : [features.key];
    if (segments.length > 0 && segments.every(segment => footerLinks(context).has(segment))) {
      // One link label alone ("Corrections", "Accessibility") may be a subhead inside the body.
      return { reason: `${quote(text)} is a list of footer links`, needsCompanyInBody: segments.length === 1 };
    }
    return undefined;
  },
});
