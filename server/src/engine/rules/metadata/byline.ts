// metadata/byline: who wrote the article — "By Jane Doe", "Reuters November 18, 2019 11:03 PM", "Chris Davies -
// Nov 19, 2019, 10:31 pm CST", "(Reporting by …; Editing by …)"; name-only lines only next to a date or headline.

import { Article } from '../../article';
import { FindingDraft, Rule } from '../../rule';
import { ArticleHead, articleHead, nextContentLine, previousContentLine } from './articleHead';
import { BylineKind, BylineMatch, SELF_EVIDENT_BYLINE_KINDS, findTrailingReportingCredit } from './bylines';
import { datelineAt } from './dateline';
import { spanIn, tagDraft, trimmedLine } from './findings';
import { findHeadlines } from './headline';
import { LineShapes, lineShapes } from './lineShapes';

const MESSAGE = 'Byline: tag it as <byline> so body extraction leaves it out.';

/** A reporting credit may close a long final paragraph; longer lines are not searched even for that. */
const MAX_PARAGRAPH_WITH_CREDIT = 5000;

export const bylineRule: Rule = {
  id: 'metadata/byline',
  category: 'metadata',
  defaultSeverity: 'info',
  summary: 'The author or agency line ("By Jane Doe", "Reuters November 18, 2019", "Reporting by …"); tag it as <byline>.',
  check(article, context) {
    const shapes = lineShapes(article, context.language);
    const head = articleHead(article, context.language);
    const headlineLines = new Set(findHeadlines(article, context.language).filter(headline => headline.kind !== 'page-title').map(headline => headline.line));
    const bylines = new Map<number, BylineMatch>();
    const contextual: { index: number; match: BylineMatch }[] = [];

    for (const line of article.lines) {
      if (line.isBlank) continue;
      // Outside the header only the self-evident shapes count, so only they are looked for there.
      const inHeader = head.isInHeader(line.index);
      const match = inHeader ? shapes.byline(line.index) : shapes.selfEvidentByline(line.index);
      // "Photo: Jane Roe, AP" names people and an agency too, but it is a credit.
      if (!match || shapes.credit(line.index)) continue;
      if (SELF_EVIDENT_BYLINE_KINDS.has(match.kind)) bylines.set(line.index, match);
      else if (inHeader) contextual.push({ index: line.index, match });
    }
    // Weak shapes need a neighbour: a bare name next to a dateline, a byline or right under the headline.
    for (const { index, match } of contextual) {
      if ((match.kind === 'name' || match.kind === 'role') && !hasBylineNeighbour(article, index, match.kind, head, headlineLines, shapes)) continue;
      bylines.set(index, match);
    }

    const drafts: FindingDraft[] = [];
    for (const [index, match] of bylines) {
      drafts.push(tagDraft(spanIn(trimmedLine(article.lines[index])), 'byline', MESSAGE, match.evidence, confidenceOf(match.kind)));
    }
    for (const line of article.lines) {
      if (line.isBlank || bylines.has(line.index) || line.text.length > MAX_PARAGRAPH_WITH_CREDIT || !line.text.includes('(')) continue;
      const trimmed = trimmedLine(line);
      const credit = findTrailingReportingCredit(trimmed.text, shapes.vocabulary);
      if (credit) drafts.push(tagDraft(spanIn(trimmed, credit.start, credit.end), 'byline', MESSAGE, 'a wire service’s reporting credit in parentheses closes the paragraph'));
    }
    return drafts.sort((a, b) => a.span.start - b.span.start);
  },
};

function confidenceOf(kind: BylineKind) {
  return SELF_EVIDENT_BYLINE_KINDS.has(kind) || kind === 'agency' || kind === 'name-with-date' ? 'high' : 'medium';
}

function hasBylineNeighbour(
  article: Article,
  index: number,
  kind: 'name' | 'role',
  head: ArticleHead,
  headlineLines: ReadonlySet<number>,
  shapes: LineShapes,
): boolean {
  const previous = previousContentLine(article, index);
  if (kind === 'name' && headlineLines.has(previous)) return true;
  const neighbours = [previous, nextContentLine(article, index)].filter(neighbour => neighbour >= 0);
  return neighbours.some(neighbour => {
    const byline = shapes.byline(neighbour);
    // A job title needs a name beside it; a name may stand beside a date, another byline line or a job title.
    if (kind === 'role') return byline?.kind === 'name';
    if (byline && byline.kind !== 'name') return true;
    return datelineAt(shapes, neighbour, head.isInHeader(neighbour))?.wholeLine === true;
  });
}
