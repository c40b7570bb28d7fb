// noise/related-links: "Related", "Read more", "Most read", "Trending", "More from …" headers with the headline list
// under them, and inline "Read more: <headline>" lines inside the body.

import { Article } from '../../article';
import { FindingDraft, Rule, RuleContext } from '../../rule';
import { groupTouchingLines, linesFinding, quote } from './lineRuns';
import { isInsideBody, Layout, layoutOf } from './layout';
import { isRelatedHeader, phraseSet } from './noiseLexicon';

const relatedPrefixes = phraseSet('relatedPrefixes');
/** Inside the body a related box is short; after the body the list runs until body-like text returns. */
const MAX_ITEMS_IN_BODY = 8;
const MAX_HEADLINE_WORDS = 22;
/** A teaser is one paragraph of at most a few sentences; longer text after a related header is content. */
const MAX_TEASER_LENGTH = 600;
const MIN_PROSE_WORDS = 4;

export const relatedLinksRule: Rule = {
  id: 'noise/related-links',
  category: 'noise',
  defaultSeverity: 'warning',
  summary: 'Related / read-more / most-read / trending headers with the headline lists under them, and inline "Read more: …" lines.',
  check(article, context) {
    const layout = layoutOf(article);
    const findings: FindingDraft[] = [];
    let index = 0;
    while (index < article.lines.length) {
      const line = article.lines[index];
      if (line.isBlank) {
        index++;
        continue;
      }
      if (isHeaderLine(article, layout, index, context)) {
        const last = lastListItem(article, layout, index, context);
        const items = countNonBlank(article, index + 1, last);
        // A lone one-word header inside the body ("Elsewhere", "Trending") with no list under it is likely a subhead.
        if (items === 0 && isInsideBody(layout, index) && !layout.features[index].key.includes(' ')) {
          index++;
          continue;
        }
        findings.push(
          linesFinding(
            article,
            index,
            last,
            items > 0 ? `Related-links list (${items} item${items === 1 ? '' : 's'}) left by the scraper` : 'Related-links header left by the scraper',
            `${quote(line.text)} is a related-links header${items > 0 ? `, followed by ${items} headline-like line(s)` : ''}`,
          ),
        );
        index = last + 1;
        continue;
      }
      const prefix = inlineRelatedPrefix(line.text, context);
      if (prefix) {
        findings.push(linesFinding(article, index, index, 'Inline related-article link left by the scraper', `${quote(line.text)} starts with "${prefix}" and names another article`));
      }
      index++;
    }
    findings.push(...headerlessHeadlineLists(article, layout, findings));
    return findings;
  },
};

/** Headlines in a row, with no header, this far from the body, are a sidebar ("Trending", "Top stories"). */
const MIN_HEADERLESS_HEADLINES = 4;
const MIN_LINES_FROM_BODY = 8;

/**
 * Runs of headline-like lines (3–22 words, no sentence punctuation at the end) before the body and away from it:
 * the "Trending" sidebars that page dumps put above the article.
 */
function headerlessHeadlineLists(article: Article, layout: Layout, claimed: readonly FindingDraft[]): FindingDraft[] {
  const claimedLines = new Set<number>();
  for (const finding of claimed) {
    for (let index = article.lineAt(finding.span.start).index; index <= article.lineAt(finding.span.end).index; index++) claimedLines.add(index);
  }
  const headlineLines: number[] = [];
  for (const line of article.lines) {
    if (line.isBlank || claimedLines.has(line.index) || layout.contentFirstLine < 0 || isInsideBody(layout, line.index)) continue;
    const words = layout.features[line.index].words;
    if (words >= 3 && words <= MAX_HEADLINE_WORDS && !/[.!:;,]["'”’)]*$/u.test(line.text.trim())) headlineLines.push(line.index);
  }
  return groupTouchingLines(article, headlineLines)
    .filter(([first, last]) => countNonBlank(article, first, last) >= MIN_HEADERLESS_HEADLINES && farFromBody(article, layout, first, last))
    .map(([first, last]) => {
      const count = countNonBlank(article, first, last);
      return linesFinding(
        article,
        first,
        last,
        `List of ${count} headlines left by the scraper`,
        `${count} headline-like lines in a row (3–${MAX_HEADLINE_WORDS} words, no sentence punctuation), well before the article body`,
      );
    });
}

/**
 * True when the run `first..last` lies before the body with more than MIN_LINES_FROM_BODY lines between them. After
 * the body a list without a header may be the article going on in short lines (tour dates, product features), so
 * lists there need a header.
 */
function farFromBody(article: Article, layout: Layout, first: number, last: number): boolean {
  if (last < layout.contentFirstLine) return countNonBlank(article, last, layout.contentFirstLine - 1) > MIN_LINES_FROM_BODY;
  return false;
}

function isHeaderLine(article: Article, layout: Layout, lineIndex: number, context: RuleContext): boolean {
  return isRelatedHeader(layout.features[lineIndex], article.lines[lineIndex].text, context);
}

/** The last line of the list under the header at `headerIndex` (the header itself when no item follows). */
function lastListItem(article: Article, layout: Layout, headerIndex: number, context: RuleContext): number {
  // "READ MORE:" with a colon introduces a link or two inside the text, even when the body detection ended above it.
  const introducesInlineLinks = /:\s*$/u.test(article.lines[headerIndex].text);
  const afterBody = !introducesInlineLinks && (layout.contentLastLine < 0 || headerIndex > layout.contentLastLine);
  let last = headerIndex;
  let items = 0;
  for (let index = headerIndex + 1; index < article.lines.length; index++) {
    if (article.lines[index].isBlank) {
      // Inside the body a box ends at the first blank line after its items (a blank line right under the header
      // is allowed): what follows is the article again, or another block for other rules to judge.
      if (!afterBody && items > 0) break;
      continue;
    }
    const features = layout.features[index];
    if (afterBody) {
      // After the body, headlines, bylines and one-paragraph teasers continue the list; two lines of running text in
      // a row, or one very long paragraph, are the article again and end it.
      if (layout.classes[index] === 'body' && features.length >= MAX_TEASER_LENGTH) break;
      if (isProse(article, layout, index) && isProse(article, layout, nextNonBlankLine(article, index))) break;
    } else {
      if (items >= MAX_ITEMS_IN_BODY || isHeaderLine(article, layout, index, context)) break;
      const headlineLike = features.words <= MAX_HEADLINE_WORDS && !/[.!:;]["'”’)]*$/u.test(article.lines[index].text.trim());
      if (!headlineLike || layout.classes[index] === 'body') break;
    }
    last = index;
    items++;
  }
  return last;
}

/**
 * A line of running text: four words or more, ending as a sentence ends (a teaser cut off with "…" does not).
 * Teaser lists alternate headlines and one teaser; two such lines in a row are the article again.
 */
function isProse(article: Article, layout: Layout, lineIndex: number): boolean {
  if (lineIndex < 0) return false;
  const text = article.lines[lineIndex].text.trimEnd();
  if (layout.features[lineIndex].words < MIN_PROSE_WORDS || /(?:\.\.\.|…)$/u.test(text)) return false;
  // A short line ending in "?" is usually a headline ("What made Joker so popular?"), not running text.
  const endsSentence = layout.classes[lineIndex] === 'short' ? /[.!]["'”’)]*$/u : /[.!?]["'”’)]*$/u;
  return endsSentence.test(text);
}

function nextNonBlankLine(article: Article, lineIndex: number): number {
  for (let index = lineIndex + 1; index < article.lines.length; index++) if (!article.lines[index].isBlank) return index;
  return -1;
}

function countNonBlank(article: Article, from: number, to: number): number {
  let count = 0;
  for (let index = from; index <= to; index++) if (!article.lines[index].isBlank) count++;
  return count;
}

const INLINE_PREFIX = /^\s*([\p{L}' ]{2,30}?)\s*(?::|\||–|—|-|»|>>)\s*(\S.*)$/u;

/** "READ MORE: Why the Fed…" → "read more"; undefined for ordinary sentences. */
function inlineRelatedPrefix(text: string, context: RuleContext): string | undefined {
  // The prefix is at most 30 characters, so its separator must appear early in the line.
  if (text.length > 300 || !/[:|–—»>-]/.test(text.slice(0, 36))) return undefined;
  const match = INLINE_PREFIX.exec(text);
  if (!match) return undefined;
  const prefix = match[1].trim().toLowerCase();
  if (!relatedPrefixes(context).has(prefix)) return undefined;
  const rest = match[2].trim().split(/\s+/);
  return rest.length >= 2 && rest.length <= 30 ? prefix : undefined;
}
