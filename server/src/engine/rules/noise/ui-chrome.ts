// noise/ui-chrome: page interface text that is not content: skip links, "Back to top", "Loading…", "Show more",
// "Image 3 of 12", "4 min read", player buttons.

import { defineLineRule, quote } from './lineRuns';
import { patternList, phraseSet } from './noiseLexicon';

const chromePhrases = phraseSet('uiChrome');
const chromePatterns = patternList('uiChromePatterns');

export const uiChromeRule = defineLineRule({
  id: 'noise/ui-chrome',
  summary: 'Interface text such as "Skip to main content", "Back to top", "Loading…", "Show more", "Image 3 of 12", "4 min read".',
  message: count => (count === 1 ? 'Page interface text left by the scraper' : `Page interface text (${count} lines) left by the scraper`),
  matchLine: ({ features, context, article, lineIndex }) => {
    if (features.words > 12) return undefined;
    const text = article.lines[lineIndex].text;
    if (chromePhrases(context).has(features.key)) {
      // A bare symbol such as "×" or "|" has an empty key; those are separators, not interface text.
      // One plain word ("Today", "Archive") may be a subhead inside the body; "Loading…" or "×" is not.
      const plainWord = /^\p{L}+$/u.test(text.trim());
      return features.key === '' ? undefined : { reason: `${quote(text)} is interface text`, needsCompanyInBody: plainWord };
    }
    const pattern = chromePatterns(context).find(candidate => candidate.test(features.key));
    return pattern ? { reason: `${quote(text)} is interface text` } : undefined;
  },
});
