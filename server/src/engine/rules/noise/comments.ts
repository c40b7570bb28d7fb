// noise/comments: reader-comment sections after the article ("2 comments", "Leave a Reply", the comments and the
// comment form under them). Inside the article body only the header line itself is flagged.

import { Article } from '../../article';
import { FindingDraft, Rule, RuleContext } from '../../rule';
import { Layout, layoutOf } from './layout';
import { linesFinding, quote } from './lineRuns';
import { isRelatedHeader, matchesAny, patternList, phraseSet } from './noiseLexicon';

const commentHeaders = phraseSet('commentHeaders');
const commentHeaderPatterns = patternList('commentHeaderPatterns');
const commentUiWords = phraseSet('commentUiWords');
const MAX_HEADER_WORDS = 12;

export const commentsRule: Rule = {
  id: 'noise/comments',
  category: 'noise',
  defaultSeverity: 'warning',
  summary: 'Reader-comment sections after the article: "2 comments", "Leave a Reply", the comments and the comment form.',
  check(article, context) {
    const layout = layoutOf(article);
    const findings: FindingDraft[] = [];
    for (let index = 0; index < article.lines.length; index++) {
      if (article.lines[index].isBlank || !isCommentHeader(layout, index, context)) continue;
      const afterBody = layout.contentLastLine < 0 || index > layout.contentLastLine;
      // Inside the body a one-word header ("Discussion", "Responses") is more likely a subhead; "Comments" is not.
      const key = layout.features[index].key;
      if (!afterBody && !key.includes(' ') && !commentUiWords(context).has(key)) continue;
      const last = afterBody ? lastLineOfSection(article, layout, index, context) : index;
      const lines = last - index;
      findings.push(
        linesFinding(
          article,
          index,
          last,
          lines > 0 ? 'Reader-comment section left by the scraper' : 'Comment-section header left by the scraper',
          `${quote(article.lines[index].text)} opens a comment section${lines > 0 ? ' after the article body; it runs until the next section header or the end' : ''}`,
        ),
      );
      index = last;
    }
    return findings;
  },
};

function isCommentHeader(layout: Layout, lineIndex: number, context: RuleContext): boolean {
  const { key, words } = layout.features[lineIndex];
  if (words === 0 || words > MAX_HEADER_WORDS) return false;
  if (commentHeaders(context).has(key)) return true;
  return matchesAny(commentHeaderPatterns(context), key);
}

/** Comments run until another section starts (a related-links header) or the article ends. */
function lastLineOfSection(article: Article, layout: Layout, headerIndex: number, context: RuleContext): number {
  let last = headerIndex;
  for (let index = headerIndex + 1; index < article.lines.length; index++) {
    if (article.lines[index].isBlank) continue;
    if (isRelatedHeader(layout.features[index], article.lines[index].text, context)) break;
    last = index;
  }
  return last;
}
