// noise/follow-prompt: calls to follow the site on social networks ("Follow us on Twitter", "Like us on Facebook").

import { defineLineRule, quote } from './lineRuns';
import { patternList } from './noiseLexicon';

const followPatterns = patternList('followPatterns');
const MAX_WORDS = 12;

export const followPromptRule = defineLineRule({
  id: 'noise/follow-prompt',
  summary: 'Calls to follow the site or author on social networks ("Follow us on Twitter", "Follow VentureBeat on Facebook").',
  message: count => (count === 1 ? 'Follow-us prompt left by the scraper' : `${count} follow-us prompts left by the scraper`),
  matchLine: ({ features, context, article, lineIndex }) => {
    if (features.words > MAX_WORDS) return undefined;
    const pattern = followPatterns(context.language).find(candidate => candidate.test(features.key));
    return pattern ? { reason: `${quote(article.lines[lineIndex].text)} asks readers to follow the site` } : undefined;
  },
});
