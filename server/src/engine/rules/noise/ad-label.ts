// noise/ad-label: a line that is only an advertising label ("Advertisement", "Sponsored", "Story continues below"),
// and, under labels that introduce promoted lists ("Sponsored Content", "Around the web"), the promoted headlines.

import { defineAnchoredRule, quote } from './lineRuns';
import { LexiconScope, phraseSet } from './noiseLexicon';

const adLabels = phraseSet('adLabels');
const promotedListLabels = phraseSet('promotedListLabels');
/** Promoted headlines are short teasers without sentence punctuation ("Doctors hate this new sleep gadget"). */
const MAX_PROMOTED_HEADLINE_WORDS = 14;
const MAX_PROMOTED_HEADLINES = 6;

export const adLabelRule = defineAnchoredRule({
  id: 'noise/ad-label',
  summary: 'Ad labels such as "Advertisement", "Sponsored" or "Story continues below advertisement", and the promoted headlines under "Sponsored Content".',
  message: count => (count === 1 ? 'Ad label left by the scraper' : `Ad block (${count} lines) left by the scraper`),
  matchAnchor: ({ features, context, article, lineIndex }) =>
    adLabels(context).has(features.key) || isPromotedListLabel(features.key, context)
      ? { reason: `${quote(article.lines[lineIndex].text)} is an ad label` }
      : undefined,
  matchSatellite: ({ article, lineIndex, layout, context }) => {
    // Only the lines right under a promoted-list label, and only headline-shaped ones.
    let label = lineIndex - 1;
    let headlines = 0;
    while (label >= 0 && headlines <= MAX_PROMOTED_HEADLINES) {
      const line = article.lines[label];
      if (!line.isBlank) {
        if (isPromotedListLabel(layout.features[label].key, context)) break;
        if (!isPromotedHeadline(line.text, layout.features[label].words)) return false;
        headlines++;
      }
      label--;
    }
    return label >= 0 && headlines < MAX_PROMOTED_HEADLINES && isPromotedHeadline(article.lines[lineIndex].text, layout.features[lineIndex].words);
  },
});

function isPromotedListLabel(key: string, scope: LexiconScope): boolean {
  return promotedListLabels(scope).has(key);
}

function isPromotedHeadline(text: string, words: number): boolean {
  return words >= 2 && words <= MAX_PROMOTED_HEADLINE_WORDS && !/[.!:;,]["'”’)]*$/u.test(text.trim());
}
