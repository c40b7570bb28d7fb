// noise/subscribe-prompt: subscription, newsletter, paywall and donation prompts ("Subscribe for unlimited access",
// "Sign up for our daily newsletter", "You have reached your limit of free articles", "Support independent journalism").

import { Article } from '../../article';
import { isInsideBody, Layout } from './layout';
import { defineAnchoredRule, quote } from './lineRuns';
import { LexiconScope, matchesAny, patternList, phraseFinder, phraseSet } from './noiseLexicon';

const findStrongPhrase = phraseFinder('subscribeAnchors');
// Phrases common in ordinary sentences too ("subscribe", "email address", "to continue reading"): inside the body
// they count only when they are the whole line or open a very short one.
const findWeakPhrase = phraseFinder('subscribeWeakAnchors');
const subscribeButtons = phraseSet('subscribeButtons');
const subscribePatterns = patternList('subscribePatterns');
const MAX_ANCHOR_WORDS = 30;
// Inside the article body a prompt is a short standalone line; a longer sentence may be reporting.
const MAX_ANCHOR_WORDS_IN_BODY = 14;
const MAX_WEAK_ANCHOR_WORDS_IN_BODY = 6;
/** A one-line blurb between a prompt and its button ("Get the week's news every Friday.") belongs to the prompt. */
const MAX_BLURB_WORDS = 40;

export const subscribePromptRule = defineAnchoredRule({
  id: 'noise/subscribe-prompt',
  summary: 'Subscription, newsletter, paywall and donation prompts such as "Sign up for our newsletter" or "Subscribe for unlimited access".',
  message: count => (count === 1 ? 'Subscription prompt left by the scraper' : `Subscription prompt (${count} lines) left by the scraper`),
  matchAnchor: ({ features, context, article, lineIndex, layout }) => {
    const inBody = isInsideBody(layout, lineIndex);
    if (features.words > (inBody ? MAX_ANCHOR_WORDS_IN_BODY : MAX_ANCHOR_WORDS)) return undefined;
    const text = article.lines[lineIndex].text;
    const strong = findStrongPhrase(context)(features, text);
    if (strong) return { reason: `${quote(text)} contains the prompt "${strong}"` };
    if (matchesAny(subscribePatterns(context), features.key)) return { reason: `${quote(text)} is a newsletter sign-up prompt` };
    const weak = findWeakPhrase(context)(features, text);
    if (!weak) return undefined;
    if (inBody && features.key !== weak && !(features.key.startsWith(weak) && features.words <= MAX_WEAK_ANCHOR_WORDS_IN_BODY)) return undefined;
    return { reason: `${quote(text)} contains the prompt "${weak}"` };
  },
  // Buttons, legal lines ("By signing up, you agree…") and a one-line blurb just above a button.
  matchSatellite: ({ features, context, article, lineIndex, layout }) =>
    subscribeButtons(context).has(features.key) ||
    (features.words <= MAX_ANCHOR_WORDS && findWeakPhrase(context)(features, article.lines[lineIndex].text) !== undefined) ||
    (features.words <= MAX_BLURB_WORDS && isButtonLine(article, layout, nextNonBlank(article, lineIndex), context)),
});

function isButtonLine(article: Article, layout: Layout, lineIndex: number, scope: LexiconScope): boolean {
  return lineIndex >= 0 && subscribeButtons(scope).has(layout.features[lineIndex].key);
}

function nextNonBlank(article: Article, lineIndex: number): number {
  for (let index = lineIndex + 1; index < article.lines.length; index++) if (!article.lines[index].isBlank) return index;
  return -1;
}
