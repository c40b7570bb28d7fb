// noise/menu-block: navigation menus — runs of short link-like lines ("Business / California / Climate & Environment /
// …") outside the article body, and menus flattened into one line of capitalised names.

import { Article } from '../../article';
import { FindingDraft, Rule } from '../../rule';
import { Layout, layoutOf, stopwordsOf } from './layout';
import { groupTouchingLines, linesFinding } from './lineRuns';

const MAX_ITEM_WORDS = 5;
const MAX_ITEM_LENGTH = 48;
/** Fewer items than this outside the body could be a byline, a dateline and a button; other rules judge those. */
const MIN_ITEMS = 4;
/** Inside the body a list of short lines may be content (a list of countries, product specs): ask for more. */
const MIN_ITEMS_IN_BODY = 8;
const MIN_FLATTENED_WORDS = 15;
const MAX_FLATTENED_STOPWORD_DENSITY = 0.12;
const MIN_LINK_LABEL_SHARE = 0.8;

// Dates, times and bylines are metadata, which is tagged, never removed with a menu.
const METADATA_LIKE = /\b(?:19|20)\d{2}\b|\b\d{1,2}[:.]\d{2}\b|^by\s/iu;

export const menuBlockRule: Rule = {
  id: 'noise/menu-block',
  category: 'noise',
  defaultSeverity: 'warning',
  summary: 'Navigation menus: runs of short link-like lines outside the article body, or a menu flattened into one line.',
  check(article) {
    const layout = layoutOf(article);
    const itemLines: number[] = [];
    const findings: FindingDraft[] = [];
    for (const line of article.lines) {
      if (line.isBlank) continue;
      if (isMenuItem(article, layout, line.index)) itemLines.push(line.index);
      else if (isFlattenedMenu(article, layout, line.index)) {
        findings.push(
          linesFinding(article, line.index, line.index, 'Navigation menu flattened into one line', `${layout.features[line.index].words} words with almost no function words and no sentence structure, outside the article body`),
        );
      }
    }
    for (const [first, last] of groupTouchingLines(article, itemLines)) {
      const items = countNonBlank(article, first, last);
      const insideBody = overlapsBody(layout, first, last);
      if (items < (insideBody ? MIN_ITEMS_IN_BODY : MIN_ITEMS)) continue;
      // A list introduced by a sentence ending in a colon ("The new board members are:") is content.
      if (introducedByColon(article, first)) continue;
      // Menus are made of link labels ("Business", "Climate & Environment", "Got a News Tip?"); a list whose items
      // read as sentence-case phrases ("Bugs fixed", "Swim proof") is content: a changelog, product features.
      const linkLike = countLines(article, first, last, index => isLinkLabel(article.lines[index].text, layout.language));
      if (linkLike / items < MIN_LINK_LABEL_SHARE) continue;
      const where = insideBody ? 'inside the article body' : first < layout.contentFirstLine || layout.contentFirstLine < 0 ? 'before the article body' : 'after the article body';
      findings.push(
        linesFinding(
          article,
          first,
          last,
          `Navigation menu (${items} items)`,
          `${items} consecutive short link-like lines (at most ${MAX_ITEM_WORDS} words, no sentence punctuation) ${where}`,
          insideBody ? 'medium' : 'high',
        ),
      );
    }
    return findings;
  },
};

function isMenuItem(article: Article, layout: Layout, lineIndex: number): boolean {
  const features = layout.features[lineIndex];
  if (features.words === 0 || features.words > MAX_ITEM_WORDS || features.length > MAX_ITEM_LENGTH) return false;
  const text = article.lines[lineIndex].text.trim();
  // Link labels are not sentences and carry no commas ("Automatically on, automatically connected" is content).
  if (/[.!;,:]["'”’)]*$|, /u.test(text) || ((/\d/.test(text) || /^by\s/i.test(text)) && METADATA_LIKE.test(text))) return false;
  // Menu items start with a capital letter or a digit ("12:30 Report" is excluded above as a time).
  return /^[\p{Lu}\p{N}]/u.test(text) || /^[^\p{L}]*\p{Lu}/u.test(text);
}

/**
 * A menu, tag cloud or archive selector flattened into one line ("Archives Select Month October 2019 September 2019
 * …", "Afghanistan Ahmad Heryawan Akhlaq aliran sesat …"): long, almost free of function words, and not sentences.
 */
function isFlattenedMenu(article: Article, layout: Layout, lineIndex: number): boolean {
  if (overlapsBody(layout, lineIndex, lineIndex) || layout.classes[lineIndex] !== 'boilerplate') return false;
  const features = layout.features[lineIndex];
  if (features.words < MIN_FLATTENED_WORDS || features.stopwords / features.words > MAX_FLATTENED_STOPWORD_DENSITY) return false;
  const sample = article.lines[lineIndex].text.slice(0, 2000);
  // Product specs and price lists are terse too, but menus carry no prices or measurements.
  if (/[$£€¥]\s?\d|\d\s?(?:mm|cm|kg|gb|tb|mb|hz|mah|inch|in\.)\b/iu.test(sample)) return false;
  const sentenceBreaks = sample.match(/[.!?]["'”’)]*\s+\p{Lu}/gu)?.length ?? 0;
  return sentenceBreaks <= 1;
}

function overlapsBody(layout: Layout, first: number, last: number): boolean {
  return layout.contentFirstLine >= 0 && first <= layout.contentLastLine && last >= layout.contentFirstLine;
}

function introducedByColon(article: Article, firstLine: number): boolean {
  for (let index = firstLine - 1; index >= 0; index--) {
    if (!article.lines[index].isBlank) return /:\s*$/u.test(article.lines[index].text);
  }
  return false;
}

function countNonBlank(article: Article, from: number, to: number): number {
  return countLines(article, from, to, () => true);
}

function countLines(article: Article, from: number, to: number, predicate: (index: number) => boolean): number {
  let count = 0;
  for (let index = from; index <= to; index++) if (!article.lines[index].isBlank && predicate(index)) count++;
  return count;
}

/**
 * A link label is one word, or Title Case: every word that is not a short function word starts with a capital or a
 * digit ("Climate & Environment", "Place an Ad", "In The Know").
 */
function isLinkLabel(text: string, language: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length === 1) return true;
  const functionWords = stopwordsOf(language);
  return words.every(word => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(word) || functionWords.has(word.toLowerCase()) || !/\p{L}/u.test(word));
}
