// metadata/byline: who wrote the article — "By Jane Doe", "Reuters November 18, 2019 11:03 PM", "Chris Davies -
// Nov 19, 2019, 10:31 pm CST", "(Reporting by …; Editing by …)"; name-only lines only next to a date or headline.

import { Article } from '../../article';
import { FindingDraft, Rule } from '../../rule';
import { ArticleHead, articleHead, nextContentLine, previousContentLine } from './articleHead';
import { BylineKind, BylineMatch, MAX_BYLINE_LENGTH, SELF_EVIDENT_BYLINE_KINDS, findTrailingReportingCredit, recognizeByline } from './bylines';
import { recognizeDateline } from './dateline';
import { TrimmedLine, shortLines, spanIn, tagDraft, trimmedLine } from './findings';
import { findHeadlines } from './headline';
import { recognizeCredit } from './pictures';
import { MetadataVocabulary, metadataVocabulary } from './vocabulary';

const MESSAGE = 'Byline: tag it as <byline> so body extraction leaves it out.';

/** A reporting credit may close a long final paragraph; longer lines are not searched even for that. */
const MAX_PARAGRAPH_WITH_CREDIT = 5000;

export const bylineRule: Rule = {
  id: 'metadata/byline',
  category: 'metadata',
  defaultSeverity: 'info',
  summary: 'The author or agency line ("By Jane Doe", "Reuters November 18, 2019", "Reporting by …"); tag it as <byline>.',
  check(article, context) {
    const vocabulary = metadataVocabulary(context.language);
    const head = articleHead(article, context.language);
    const headlineLines = new Set(findHeadlines(article, context.language).filter(headline => headline.kind !== 'page-title').map(headline => headline.line));
    const drafts: FindingDraft[] = [];
    const bylines = new Map<number, BylineMatch>();
    const contextual: { line: TrimmedLine; match: BylineMatch }[] = [];

    for (const line of shortLines(article, MAX_BYLINE_LENGTH)) {
      const match = recognizeByline(line.text, vocabulary);
      if (!match || recognizeCredit(line.text, vocabulary)) continue;
      if (SELF_EVIDENT_BYLINE_KINDS.has(match.kind)) bylines.set(line.line.index, match);
      else if (head.isInHeader(line.line.index)) contextual.push({ line, match });
    }
    // Weak shapes need a neighbour: a bare name next to a dateline, a byline or right under the headline.
    for (const { line, match } of contextual) {
      if (match.kind === 'name' || match.kind === 'role') {
        if (!hasBylineNeighbour(article, line.line.index, match.kind, head, headlineLines, vocabulary)) continue;
      }
      bylines.set(line.line.index, match);
    }
    for (const [index, match] of bylines) {
      const line = trimmedLine(article.lines[index]);
      drafts.push(tagDraft(spanIn(line), 'byline', MESSAGE, match.evidence, confidenceOf(match.kind)));
    }
    for (const line of article.lines) {
      if (line.isBlank || bylines.has(line.index) || line.text.length > MAX_PARAGRAPH_WITH_CREDIT) continue;
      const trimmed = trimmedLine(line);
      const credit = findTrailingReportingCredit(trimmed.text, vocabulary);
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
  vocabulary: MetadataVocabulary,
): boolean {
  const previous = previousContentLine(article, index);
  if (kind === 'name' && headlineLines.has(previous)) return true;
  const neighbours = [previous, nextContentLine(article, index)].filter(neighbour => neighbour >= 0);
  return neighbours.some(neighbour => {
    const text = article.lines[neighbour].text.trim();
    const byline = recognizeByline(text, vocabulary);
    // A job title needs a name beside it; a name may stand beside a date, another byline line or a job title.
    if (kind === 'role') return byline?.kind === 'name';
    if (byline && byline.kind !== 'name') return true;
    return recognizeDateline(text, head.isInHeader(neighbour), vocabulary)?.end === text.length;
  });
}
