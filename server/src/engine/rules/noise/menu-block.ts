// noise/menu-block: navigation menus — runs of short link-like lines ("Business / California / Climate & Environment /
// …") outside the article body, and menus flattened into one line of capitalised names.

import { Article } from '../../article';
import { FindingDraft, Rule } from '../../rule';
import { Layout, layoutOf } from './layout';
import { groupTouchingLines, linesFinding } from './lineRuns';

const MAX_ITEM_WORDS = 5;
const MAX_ITEM_LENGTH = 48;
/** Fewer items than this outside the body could be a dateline and a byline; they are left to other rules. */
const MIN_ITEMS = 3;
/** Inside the body a list of short lines may be content (a list of countries, product specs): ask for more. */
const MIN_ITEMS_IN_BODY = 8;
const MIN_FLATTENED_WORDS = 6;

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
          linesFinding(article, line.index, line.index, 'Navigation menu flattened into one line', `${layout.features[line.index].words} capitalised names with no sentence structure, outside the article body`),
        );
      }
    }
    for (const [first, last] of groupTouchingLines(article, itemLines)) {
      const items = countNonBlank(article, first, last);
      const insideBody = overlapsBody(layout, first, last);
      if (items < (insideBody ? MIN_ITEMS_IN_BODY : MIN_ITEMS)) continue;
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
  if (/[.!;,]["'”’)]*$/u.test(text) || METADATA_LIKE.test(text)) return false;
  // Menu items start with a capital letter or a digit ("12:30 Report" is excluded above as a time).
  return /^[\p{Lu}\p{N}]/u.test(text) || /^[^\p{L}]*\p{Lu}/u.test(text);
}

function isFlattenedMenu(article: Article, layout: Layout, lineIndex: number): boolean {
  if (overlapsBody(layout, lineIndex, lineIndex) || layout.classes[lineIndex] !== 'boilerplate') return false;
  const features = layout.features[lineIndex];
  if (features.words < MIN_FLATTENED_WORDS || features.endsLikeSentence) return false;
  const words = article.lines[lineIndex].text.slice(0, 2000).match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  const capitalised = words.filter(word => /^\p{Lu}/u.test(word)).length;
  return words.length >= MIN_FLATTENED_WORDS && capitalised / words.length >= 0.7;
}

function overlapsBody(layout: Layout, first: number, last: number): boolean {
  return layout.contentFirstLine >= 0 && first <= layout.contentLastLine && last >= layout.contentFirstLine;
}

function countNonBlank(article: Article, from: number, to: number): number {
  let count = 0;
  for (let index = from; index <= to; index++) if (!article.lines[index].isBlank) count++;
  return count;
}
