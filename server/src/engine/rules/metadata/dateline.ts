// metadata/dateline: a publication date or time standing as its own line (or leading one) in the article's header,
// "6 Jun, 2022 15:41", "Nov. 19, 2019", "5:50 PM", "Updated 3 hours ago"; a labelled date ("Published …") anywhere.

import { Rule } from '../../rule';
import { FindingDraft } from '../../rule';
import { articleHead } from './articleHead';
import { leadingDateEnd, recognizeDateOnlyText } from './dates';
import { shortLines, spanIn, tagDraft } from './findings';
import { MetadataVocabulary, metadataVocabulary } from './vocabulary';

/** Dateline lines are short; "Published … | Updated …" pairs stay well under this. */
export const MAX_DATELINE_LENGTH = 160;

export interface DatelineMatch {
  /** Where the date ends in the trimmed line (the whole line, or a leading date element). */
  readonly end: number;
  readonly evidence: string;
}

/**
 * A dateline in a trimmed line: the whole line is a date ("Updated Nov 19, 9:41 AM"), or a date leads it and a
 * separator sets it off ("21/06/2014 | News"). Outside a header only a labelled whole-line date counts, because a
 * bare date there is more often a related article's date or a schedule entry than this article's dateline.
 */
export function recognizeDateline(text: string, inHeader: boolean, vocabulary: MetadataVocabulary): DatelineMatch | undefined {
  if (text.length === 0 || text.length > MAX_DATELINE_LENGTH) return undefined;
  const whole = recognizeDateOnlyText(text, vocabulary);
  if (whole && (whole.labelled || inHeader)) {
    return { end: text.length, evidence: whole.labelled ? 'the line is a labelled date (“Published”, “Updated”…)' : 'the line holds nothing but a date or time, in the article header' };
  }
  if (!inHeader) return undefined;
  const leadingEnd = leadingDateEnd(text, vocabulary);
  if (leadingEnd === undefined) return undefined;
  return { end: leadingEnd, evidence: 'a date leads the line, set off by a separator, in the article header' };
}

export const datelineRule: Rule = {
  id: 'metadata/dateline',
  category: 'metadata',
  defaultSeverity: 'info',
  summary: 'A publication date or time on its own line near the headline or byline; tag it as <dateline>.',
  check(article, context) {
    const vocabulary = metadataVocabulary(context.language);
    const head = articleHead(article, context.language);
    const drafts: FindingDraft[] = [];
    for (const line of shortLines(article, MAX_DATELINE_LENGTH)) {
      const match = recognizeDateline(line.text, head.isInHeader(line.line.index), vocabulary);
      if (!match) continue;
      drafts.push(tagDraft(spanIn(line, 0, match.end), 'dateline', 'Dateline: tag it as <dateline> so body extraction leaves it out.', match.evidence));
    }
    return drafts;
  },
};
