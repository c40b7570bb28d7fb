// noise/ad-label: a line that is only an advertising label ("Advertisement", "Sponsored", "Story continues below").

import { defineLineRule, quote } from './lineRuns';
import { phraseSet } from './noiseLexicon';

const adLabels = phraseSet('adLabels');

export const adLabelRule = defineLineRule({
  id: 'noise/ad-label',
  summary: 'A line that is only an ad label such as "Advertisement", "Sponsored" or "Story continues below advertisement".',
  message: count => (count === 1 ? 'Ad label left by the scraper' : `${count} ad labels left by the scraper`),
  matchLine: ({ features, context, article, lineIndex }) =>
    adLabels(context.language).has(features.key) || adLabels('en').has(features.key)
      ? { reason: `${quote(article.lines[lineIndex].text)} is an ad label` }
      : undefined,
});
