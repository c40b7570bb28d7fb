// metadata/headline: the article's headline — the page title on the first line ("Headline | Site"), a line repeating
// it, or a short title-like line right before the byline or right after a top-of-file dateline.

import { Article } from '../../article';
import { FindingDraft, Rule } from '../../rule';
import { Confidence } from '../../types';
import { ArticleHead, articleHead, countWords, isTitleLike, MAX_TITLE_LENGTH, nextContentLine, previousContentLine } from './articleHead';
import { recognizeByline } from './bylines';
import { recognizeDateline } from './dateline';
import { trimmedLine, spanIn, tagDraft } from './findings';
import { recognizeCaptionLine, recognizeCredit } from './pictures';
import { MetadataVocabulary, metadataVocabulary } from './vocabulary';

/**
 * - `page-title`: the first line, a page title with the site's name ("Headline | VentureBeat"), or repeated later;
 * - `title-repeat`: a line repeating the page title (or its headline part) before the body starts;
 * - `before-byline`: a title-like line right before a byline in the article header;
 * - `after-dateline`: a title-like line right after a dateline at the top of the file.
 */
export type HeadlineKind = 'page-title' | 'title-repeat' | 'before-byline' | 'after-dateline';

export interface HeadlineLine {
  readonly line: number;
  readonly kind: HeadlineKind;
  readonly evidence: string;
  readonly confidence: Confidence;
}

/** Byline kinds that mark the end of a headline block; a bare name is too weak to make the line above a headline. */
const BYLINE_KINDS_AFTER_HEADLINE = new Set(['prefixed', 'agency', 'name-with-date', 'name-with-role']);
/** The top-of-file dateline-then-headline layout is looked for among this many first non-blank lines. */
const TOP_OF_FILE_LINES = 3;

const headlines = new WeakMap<Article, Map<string, readonly HeadlineLine[]>>();

/** The article's headline lines, in order; computed once per Article and language (the standfirst rule reads them). */
export function findHeadlines(article: Article, language: string): readonly HeadlineLine[] {
  let byLanguage = headlines.get(article);
  if (!byLanguage) {
    byLanguage = new Map();
    headlines.set(article, byLanguage);
  }
  let found = byLanguage.get(language);
  if (!found) {
    found = computeHeadlines(article, articleHead(article, language), metadataVocabulary(language));
    byLanguage.set(language, found);
  }
  return found;
}

function computeHeadlines(article: Article, head: ArticleHead, vocabulary: MetadataVocabulary): HeadlineLine[] {
  const found = new Map<number, HeadlineLine>();
  if (head.pageTitle) {
    const { line, site } = head.pageTitle;
    found.set(line, {
      line,
      kind: 'page-title',
      evidence: site ? `the first line is a page title: a headline and the site name “${site}”` : 'the first line is a title the article repeats below',
      confidence: 'high',
    });
  }
  for (const line of head.titleRepeats) {
    found.set(line, { line, kind: 'title-repeat', evidence: 'repeats the page title on the first line', confidence: 'high' });
  }

  let contentLinesSeen = 0;
  let foundAboveByline = false;
  for (const line of article.lines) {
    if (line.isBlank) continue;
    contentLinesSeen++;
    const atTopOfFile = contentLinesSeen >= 2 && contentLinesSeen <= TOP_OF_FILE_LINES;
    if (found.has(line.index) || line.text.length > MAX_TITLE_LENGTH || !(atTopOfFile || head.isInHeader(line.index))) continue;
    const text = line.text.trim();
    if (!isHeadlineShaped(text, vocabulary)) continue;
    const next = nextContentLine(article, line.index);
    const previous = previousContentLine(article, line.index);
    const bylineNext = next >= 0 && !found.has(next) ? recognizeByline(article.lines[next].text.trim(), vocabulary) : undefined;
    // Only an article whose page title is not repeated needs this, and only its first such line: later ones head
    // related-article teasers ("Headline" then "By Jane Doe 2 days ago").
    const lookForHeadlineAboveByline = head.titleRepeats.length === 0 && !foundAboveByline && countWords(text) >= 3;
    if (lookForHeadlineAboveByline && head.isInHeader(line.index) && bylineNext && BYLINE_KINDS_AFTER_HEADLINE.has(bylineNext.kind) && !found.has(previous)) {
      foundAboveByline = true;
      found.set(line.index, { line: line.index, kind: 'before-byline', evidence: 'a short title-like line right before the byline', confidence: 'medium' });
      continue;
    }
    // The layout of the reference article: a dateline, then the headline, at the very top of the file.
    if (atTopOfFile && previous >= 0 && isWholeLineDateline(article.lines[previous].text.trim(), vocabulary)) {
      found.set(line.index, { line: line.index, kind: 'after-dateline', evidence: 'a short title-like line right after the dateline at the top of the article', confidence: 'medium' });
    }
  }
  return [...found.values()].sort((a, b) => a.line - b.line);
}

function isWholeLineDateline(text: string, vocabulary: MetadataVocabulary): boolean {
  return recognizeDateline(text, true, vocabulary)?.end === text.length;
}

/** Title-like, and not a line the other metadata shapes already explain (a date, a byline, a credit, a caption). */
function isHeadlineShaped(text: string, vocabulary: MetadataVocabulary): boolean {
  if (!isTitleLike(text)) return false;
  return !(
    recognizeDateline(text, true, vocabulary) ||
    recognizeByline(text, vocabulary) ||
    recognizeCredit(text, vocabulary) ||
    recognizeCaptionLine(text, vocabulary)
  );
}

export const headlineRule: Rule = {
  id: 'metadata/headline',
  category: 'metadata',
  defaultSeverity: 'info',
  summary: 'The article headline (a page title on the first line, its repeat, or the title line above the byline); tag it as <headline>.',
  check(article, context) {
    const drafts: FindingDraft[] = [];
    for (const headline of findHeadlines(article, context.language)) {
      const line = trimmedLine(article.lines[headline.line]);
      drafts.push(tagDraft(spanIn(line), 'headline', 'Headline: tag it as <headline> so body extraction leaves it out.', headline.evidence, headline.confidence));
    }
    return drafts;
  },
};
