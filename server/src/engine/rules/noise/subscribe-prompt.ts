// noise/subscribe-prompt: subscription, newsletter, paywall and donation prompts ("Subscribe for unlimited access",
// "Sign up for our daily newsletter", "You have reached your limit of free articles", "Support independent journalism").

import { defineAnchoredRule, quote } from './lineRuns';
import { phraseFinder, phraseSet } from './noiseLexicon';

const findSubscribePhrase = phraseFinder('subscribeAnchors');
const subscribeButtons = phraseSet('subscribeButtons');
const MAX_ANCHOR_WORDS = 30;
// Inside the article body a prompt is a short standalone line; a longer sentence may be reporting.
const MAX_ANCHOR_WORDS_IN_BODY = 14;

export const subscribePromptRule = defineAnchoredRule({
  id: 'noise/subscribe-prompt',
  summary: 'Subscription, newsletter, paywall and donation prompts such as "Sign up for our newsletter" or "Subscribe for unlimited access".',
  message: count => (count === 1 ? 'Subscription prompt left by the scraper' : `Subscription prompt (${count} lines) left by the scraper`),
  matchAnchor: ({ features, context, article, lineIndex, layout }) => {
    const inBody = lineIndex >= layout.contentFirstLine && lineIndex <= layout.contentLastLine;
    if (features.words > (inBody ? MAX_ANCHOR_WORDS_IN_BODY : MAX_ANCHOR_WORDS)) return undefined;
    const phrase = findSubscribePhrase(context.language)(features, article.lines[lineIndex].text);
    return phrase ? { reason: `${quote(article.lines[lineIndex].text)} contains the prompt "${phrase}"` } : undefined;
  },
  matchSatellite: ({ features, context }) => subscribeButtons(context.language).has(features.key),
});
