// noise/follow-prompt: calls to follow the site on social networks ("Follow us on Twitter", "Like us on Facebook",
// "Follow @example") and bare "Follow us" / "Social" labels.

import { defineLineRule, quote } from './lineRuns';
import { matchesAny, patternList, phraseSet } from './noiseLexicon';

const followPatterns = patternList('followPatterns');
const followLabels = phraseSet('followShortLabels');
const MAX_WORDS = 12;
// A quotation ("“Follow us,” the officer told the crowd.") is reported speech, not a prompt.
const OPENS_WITH_QUOTE = /^\s*["'“‘«„]/u;

export const followPromptRule = defineLineRule({
  id: 'noise/follow-prompt',
  summary: 'Calls to follow the site or author on social networks ("Follow us on Twitter", "Follow VentureBeat on Facebook").',
  message: count => (count === 1 ? 'Follow-us prompt left by the scraper' : `${count} follow-us prompts left by the scraper`),
  matchLine: ({ features, context, article, lineIndex }) => {
    const text = article.lines[lineIndex].text;
    if (features.words > MAX_WORDS || OPENS_WITH_QUOTE.test(text)) return undefined;
    if (matchesAny(followPatterns(context), features.key)) return { reason: `${quote(text)} asks readers to follow the site` };
    // "Social" or "Follow us" alone could be a subhead inside the body.
    if (followLabels(context).has(features.key)) return { reason: `${quote(text)} labels the site's social links`, needsCompanyInBody: true };
    return undefined;
  },
});
