// metadata/standfirst: the one-sentence summary (deck) right under the headline, when another metadata line (a
// caption, credit, byline or dateline) follows it, so it cannot be the article's first paragraph. Conservative.

import { Article } from '../../article';
import { FindingDraft, Rule } from '../../rule';
import { ArticleHead, articleHead, countWords, nextContentLine } from './articleHead';
import { recognizeByline } from './bylines';
import { recognizeDateline } from './dateline';
import { spanIn, tagDraft, trimmedLine } from './findings';
import { findHeadlines } from './headline';
import { recognizeCaptionLine, recognizeCreditLine } from './pictures';
import { MetadataVocabulary, metadataVocabulary } from './vocabulary';

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
    const vocabulary = metadataVocabulary(context.language);
    const head = articleHead(article, context.language);
    const headlines = findHeadlines(article, context.language);
    const headlineLines = new Set(headlines.map(headline => headline.line));
    const drafts: FindingDraft[] = [];
    for (const headline of headlines) {
      const candidate = nextContentLine(article, headline.line);
      if (candidate < 0 || headlineLines.has(candidate)) continue;
      const line = trimmedLine(article.lines[candidate]);
      if (!isOneSentenceSummary(line.text, vocabulary)) continue;
      const following = metadataLineAfter(article, candidate, head, vocabulary);
      if (!following) continue;
      drafts.push(
        tagDraft(
          spanIn(line),
          'standfirst',
          'Standfirst: tag it as <standfirst> so body extraction leaves it out.',
          `one sentence without quotations right under the headline, followed by ${following}`,
          'medium',
        ),
      );
    }
    return drafts;
  },
};

function isOneSentenceSummary(text: string, vocabulary: MetadataVocabulary): boolean {
  const words = countWords(text);
  if (words < MIN_STANDFIRST_WORDS || words > MAX_STANDFIRST_WORDS || text.length > MAX_STANDFIRST_LENGTH) return false;
  if (QUOTATION_MARK.test(text) || INNER_SENTENCE_BOUNDARY.test(text.replace(/[.!?]["”’)]*\s*$/, ''))) return false;
  return !(recognizeByline(text, vocabulary) || recognizeDateline(text, true, vocabulary) || recognizeCaptionLine(text, vocabulary) || recognizeCreditLine(text, true, vocabulary));
}

/** The kind of metadata on the next line, if it is metadata: what proves the line above is not the lede. */
function metadataLineAfter(article: Article, index: number, head: ArticleHead, vocabulary: MetadataVocabulary): string | undefined {
  const next = nextContentLine(article, index);
  if (next < 0) return undefined;
  const text = article.lines[next].text.trim();
  if (recognizeCaptionLine(text, vocabulary)) return 'a photo caption';
  if (recognizeCreditLine(text, true, vocabulary)) return 'a photo credit';
  const byline = recognizeByline(text, vocabulary);
  if (byline && byline.kind !== 'role') return 'the byline';
  if (recognizeDateline(text, true, vocabulary)) return 'the dateline';
  // A caption known by the credit under it.
  const afterNext = nextContentLine(article, next, 1);
  if (afterNext >= 0 && recognizeCreditLine(article.lines[afterNext].text.trim(), head.isInHeader(afterNext), vocabulary)) return 'a photo caption';
  return undefined;
}
