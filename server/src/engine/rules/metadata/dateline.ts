// metadata/dateline: a date or time standing as its own line (or leading one) in the article's header ("6 Jun, 2022
// 15:41", "5:50 PM", "LONDON 1996-08-30"); a labelled date ("Published …", "Updated 3 hours ago") anywhere.

import { FindingDraft, Rule } from '../../rule';
import { articleHead } from './articleHead';
import { leadingDateEnd, recognizePlaceDateText } from './dates';
import { spanIn, tagDraft, trimmedLine } from './findings';
import { LineShapes, MAX_DATE_LINE_LENGTH, lineShapes } from './lineShapes';

export interface DatelineMatch {
  /** Where the date ends in the trimmed line: the whole line, or a leading date element. */
  readonly end: number;
  /** The whole line is the date. */
  readonly wholeLine: boolean;
  readonly evidence: string;
}

/**
 * A dateline on a line: the whole line is a date ("Updated Nov 19, 9:41 AM"), or a date leads it and a separator
 * sets it off ("21/06/2014 | News"). Outside a header only a labelled whole-line date counts, because a bare date
 * there is more often a related article's date or a schedule entry than this article's dateline.
 */
export function datelineAt(shapes: LineShapes, index: number, inHeader: boolean): DatelineMatch | undefined {
  const whole = shapes.dateOnly(index);
  const text = shapes.text(index);
  if (whole && (whole.labelled || inHeader)) {
    const evidence = whole.labelled ? 'the line is a labelled date (“Published”, “Updated”…)' : 'the line holds nothing but a date or time, in the article header';
    return { end: text.length, wholeLine: true, evidence };
  }
  if (!inHeader || text.length > MAX_DATE_LINE_LENGTH) return undefined;
  if (recognizePlaceDateText(text, shapes.vocabulary)) {
    return { end: text.length, wholeLine: true, evidence: 'a place in capitals and a date (a wire dateline), in the article header' };
  }
  const leadingEnd = leadingDateEnd(text, shapes.vocabulary);
  if (leadingEnd === undefined) return undefined;
  return { end: leadingEnd, wholeLine: false, evidence: 'a date leads the line, set off by a separator, in the article header' };
}

export const datelineRule: Rule = {
  id: 'metadata/dateline',
  category: 'metadata',
  defaultSeverity: 'info',
  summary: 'A publication date or time on its own line near the headline or byline; tag it as <dateline>.',
  check(article, context) {
    const shapes = lineShapes(article, context.language);
    const head = articleHead(article, context.language);
    const drafts: FindingDraft[] = [];
    for (const line of article.lines) {
      if (line.isBlank || line.text.length > MAX_DATE_LINE_LENGTH * 2) continue;
      const match = datelineAt(shapes, line.index, head.isInHeader(line.index));
      if (!match) continue;
      drafts.push(tagDraft(spanIn(trimmedLine(line), 0, match.end), 'dateline', 'Dateline: tag it as <dateline> so body extraction leaves it out.', match.evidence));
    }
    return drafts;
  },
};
