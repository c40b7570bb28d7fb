// metadata/standfirst: the one-sentence summary (deck) right under the headline, when another metadata line (a
// caption, credit, byline or dateline) follows it, so it cannot be the article's first paragraph. Conservative.

import { Article } from '../../article';
import { FindingDraft, Rule } from '../../rule';
import { ArticleHead, articleHead, nextContentLine } from './articleHead';
import { datelineAt } from './dateline';
import { spanIn, tagDraft, trimmedLine } from './findings';
import { findHeadlines } from './headline';
import { LineShapes, creditLine, lineShapes } from './lineShapes';
import { countWords } from './words';

const MIN_STANDFIRST_WORDS = 6;
const MAX_STANDFIRST_WORDS = 60;
const MAX_STANDFIRST_LENGTH = 400;
/** Any quotation mark: a standfirst paraphrases; a line that quotes someone is more likely the lede. */
const QUOTATION_MARK = /["“”„«»‘]/;
/** A sentence boundary inside the line: end punctuation, space, then a capital or an opening quote. */
const INNER_SENTENCE_BOUNDARY = /[.!?]["”’)]?\s+["“‘(]?\p{Lu}/u;

export const standfirstRule: Rule = {
  id: 'metadata/standfirst',
  category: 'metadata',
  defaultSeverity: 'info',
  summary: 'The one-sentence summary right under the headline, followed by a caption, byline or dateline; tag it as <standfirst>.',
  check(article, context) {
    const shapes = lineShapes(article, context.language);
    const head = articleHead(article, context.language);
    const headlines = findHeadlines(article, context.language);
    const headlineLines = new Set(headlines.map(headline => headline.line));
    const drafts: FindingDraft[] = [];
    for (const headline of headlines) {
      const candidate = nextContentLine(article, headline.line);
      if (candidate < 0 || headlineLines.has(candidate) || !isOneSentenceSummary(shapes, candidate)) continue;
      const following = metadataLineAfter(article, candidate, head, shapes);
      if (!following) continue;
      const evidence = `one sentence without quotations right under the headline, followed by ${following}`;
      drafts.push(tagDraft(spanIn(trimmedLine(article.lines[candidate])), 'standfirst', 'Standfirst: tag it as <standfirst> so body extraction leaves it out.', evidence, 'medium'));
    }
    return drafts;
  },
};

function isOneSentenceSummary(shapes: LineShapes, index: number): boolean {
  const text = shapes.text(index);
  if (text.length > MAX_STANDFIRST_LENGTH) return false;
  const words = countWords(text);
  if (words < MIN_STANDFIRST_WORDS || words > MAX_STANDFIRST_WORDS) return false;
  // A line ending in a colon introduces what follows (a list, a table): it does not summarize.
  if (text.endsWith(':') || QUOTATION_MARK.test(text) || INNER_SENTENCE_BOUNDARY.test(text.replace(/[.!?]["”’)]*\s*$/, ''))) return false;
  return !(shapes.byline(index) || datelineAt(shapes, index, true) || shapes.caption(index) || shapes.credit(index));
}

/** The kind of metadata on the next line, if it is metadata: what proves the line above is not the lede. */
function metadataLineAfter(article: Article, index: number, head: ArticleHead, shapes: LineShapes): string | undefined {
  const next = nextContentLine(article, index);
  if (next < 0) return undefined;
  if (shapes.caption(next)) return 'a photo caption';
  if (shapes.credit(next)) return 'a photo credit';
  const byline = shapes.byline(next);
  if (byline && byline.kind !== 'role') return 'the byline';
  if (datelineAt(shapes, next, true)) return 'the dateline';
  // A caption known by the credit under it.
  const afterNext = nextContentLine(article, next, 1);
  if (afterNext >= 0 && creditLine(shapes, afterNext, head.isInHeader(afterNext))) return 'a photo caption';
  return undefined;
}
