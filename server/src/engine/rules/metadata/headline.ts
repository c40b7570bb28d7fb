// metadata/headline: the article's headline — the page title on the first line ("Headline | Site"), a line repeating
// it, or a short title-like line right before the byline or right after a top-of-file dateline.

import { Article } from '../../article';
import { FindingDraft, Rule } from '../../rule';
import { Confidence } from '../../types';
import { ArticleHead, articleHead, isTitleLike, MAX_TITLE_LENGTH, nextContentLine, previousContentLine } from './articleHead';
import { BylineKind } from './bylines';
import { datelineAt } from './dateline';
import { spanIn, tagDraft, trimmedLine } from './findings';
import { LineShapes, lineShapes } from './lineShapes';
import { countWords } from './words';

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
const BYLINE_KINDS_AFTER_HEADLINE: ReadonlySet<BylineKind> = new Set(['prefixed', 'agency', 'name-with-date', 'name-with-role']);
/** The top-of-file dateline-then-headline layout is looked for among this many first non-blank lines. */
const TOP_OF_FILE_LINES = 3;
/** A headline found only by the byline under it has a few words at least ("Share permalink" is not one). */
const MIN_WORDS_ABOVE_BYLINE = 3;

const headlines = new WeakMap<Article, Map<string, readonly HeadlineLine[]>>();

/** The article's headline lines, in order; computed once per Article and language (other rules read them). */
export function findHeadlines(article: Article, language: string): readonly HeadlineLine[] {
  let byLanguage = headlines.get(article);
  if (!byLanguage) {
    byLanguage = new Map();
    headlines.set(article, byLanguage);
  }
  let found = byLanguage.get(language);
  if (!found) {
    found = computeHeadlines(article, articleHead(article, language), lineShapes(article, language));
    byLanguage.set(language, found);
  }
  return found;
}

function computeHeadlines(article: Article, head: ArticleHead, shapes: LineShapes): HeadlineLine[] {
  const found = new Map<number, HeadlineLine>();
  if (head.pageTitle) {
    const { line, site } = head.pageTitle;
    const evidence = site ? `the first line is a page title: a headline and the site name “${site}”` : 'the first line is a title the article repeats below';
    found.set(line, { line, kind: 'page-title', evidence, confidence: 'high' });
  }
  for (const line of head.titleRepeats) {
    found.set(line, { line, kind: 'title-repeat', evidence: 'repeats the page title on the first line', confidence: 'high' });
  }

  let contentLinesSeen = 0;
  // Only an article whose page title is not repeated needs the line above the byline, and only its first one: later
  // ones head related-article teasers ("Headline" then "By Jane Doe 2 days ago").
  let lookAboveBylines = head.titleRepeats.size === 0;
  for (const line of article.lines) {
    if (line.isBlank) continue;
    contentLinesSeen++;
    const atTopOfFile = contentLinesSeen >= 2 && contentLinesSeen <= TOP_OF_FILE_LINES;
    const inHeader = head.isInHeader(line.index);
    if (found.has(line.index) || line.text.length > MAX_TITLE_LENGTH || !(atTopOfFile || (inHeader && lookAboveBylines))) continue;
    if (!isHeadlineShaped(shapes, line.index)) continue;
    const previous = previousContentLine(article, line.index);
    const next = nextContentLine(article, line.index);
    const bylineBelow = next >= 0 ? shapes.byline(next) : undefined;
    if (inHeader && lookAboveBylines && bylineBelow && BYLINE_KINDS_AFTER_HEADLINE.has(bylineBelow.kind) && countWords(shapes.text(line.index)) >= MIN_WORDS_ABOVE_BYLINE) {
      found.set(line.index, { line: line.index, kind: 'before-byline', evidence: 'a short title-like line right before the byline', confidence: 'medium' });
      lookAboveBylines = false;
      continue;
    }
    // The layout of the reference article: a dateline, then the headline closing its block, at the top of the file.
    // A line running on into the next one is the start of a paragraph, not a headline.
    const closesBlock = line.index + 1 >= article.lines.length || article.lines[line.index + 1].isBlank;
    if (atTopOfFile && closesBlock && previous >= 0 && datelineAt(shapes, previous, true)?.wholeLine) {
      const evidence = 'a short title-like line right after the dateline at the top of the article';
      found.set(line.index, { line: line.index, kind: 'after-dateline', evidence, confidence: 'medium' });
    }
  }
  return [...found.values()].sort((a, b) => a.line - b.line);
}

/** Title-like, and not a line the other metadata shapes already explain (a date, a byline, a credit, a caption). */
function isHeadlineShaped(shapes: LineShapes, index: number): boolean {
  if (!isTitleLike(shapes.text(index))) return false;
  return !(shapes.dateOnly(index) || datelineAt(shapes, index, true) || shapes.byline(index) || shapes.credit(index) || shapes.caption(index));
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
