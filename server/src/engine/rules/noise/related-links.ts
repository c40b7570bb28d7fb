// noise/related-links: "Related", "Read more", "Most read", "Trending", "More from …" headers with the headline list
// under them, and inline "Read more: <headline>" lines inside the body.

import { Article } from '../../article';
import { FindingDraft, Rule, RuleContext } from '../../rule';
import { Layout, layoutOf } from './layout';
import { linesFinding, quote } from './lineRuns';
import { patternList, phraseSet } from './noiseLexicon';

const relatedHeaders = phraseSet('relatedHeaders');
const relatedHeaderPatterns = patternList('relatedHeaderPatterns');
const relatedPrefixes = phraseSet('relatedPrefixes');
const MAX_HEADER_WORDS = 8;
/** Inside the body a related box is short; after the body the list runs until body-like text returns. */
const MAX_ITEMS_IN_BODY = 8;
const MAX_HEADLINE_WORDS = 22;

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
      if (isRelatedHeader(layout, index, context)) {
        const last = lastListItem(article, layout, index, context);
        const items = countNonBlank(article, index + 1, last);
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
    return findings;
  },
};

function isRelatedHeader(layout: Layout, lineIndex: number, context: RuleContext): boolean {
  const features = layout.features[lineIndex];
  if (features.words === 0 || features.words > MAX_HEADER_WORDS) return false;
  if (relatedHeaders(context.language).has(features.key) || relatedHeaders('en').has(features.key)) return true;
  return [...relatedHeaderPatterns(context.language), ...relatedHeaderPatterns('en')].some(pattern => pattern.test(features.key));
}

/** The last line of the list under the header at `headerIndex` (the header itself when no item follows). */
function lastListItem(article: Article, layout: Layout, headerIndex: number, context: RuleContext): number {
  const afterBody = layout.contentLastLine < 0 || headerIndex > layout.contentLastLine;
  let last = headerIndex;
  let items = 0;
  for (let index = headerIndex + 1; index < article.lines.length; index++) {
    if (article.lines[index].isBlank) continue;
    const features = layout.features[index];
    if (afterBody) {
      // After the body, teasers and section names continue the list; a body-like paragraph ends it.
      if (layout.classes[index] === 'body') break;
    } else {
      if (items >= MAX_ITEMS_IN_BODY || isRelatedHeader(layout, index, context)) break;
      const headlineLike = features.words <= MAX_HEADLINE_WORDS && !/[.!:;]["'”’)]*$/u.test(article.lines[index].text.trim());
      if (!headlineLike || layout.classes[index] === 'body') break;
    }
    last = index;
    items++;
  }
  return last;
}

function countNonBlank(article: Article, from: number, to: number): number {
  let count = 0;
  for (let index = from; index <= to; index++) if (!article.lines[index].isBlank) count++;
  return count;
}

const INLINE_PREFIX = /^\s*([\p{L}' ]{2,30}?)\s*(?::|\||–|—|-|»|>>)\s*(\S.*)$/u;

/** "READ MORE: Why the Fed…" → "read more"; undefined for ordinary sentences. */
function inlineRelatedPrefix(text: string, context: RuleContext): string | undefined {
  if (text.length > 300) return undefined;
  const match = INLINE_PREFIX.exec(text);
  if (!match) return undefined;
  const prefix = match[1].trim().toLowerCase();
  if (!relatedPrefixes(context.language).has(prefix) && !relatedPrefixes('en').has(prefix)) return undefined;
  const rest = match[2].trim().split(/\s+/);
  return rest.length >= 2 && rest.length <= 30 ? prefix : undefined;
}
