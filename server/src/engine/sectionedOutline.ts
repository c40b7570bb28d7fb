// The outline and folds of a long document, made section by section from each section's own parse and kept with the
// section (by the identity of the lint's section, as sectionedEntities.ts keeps entities): after an edit only the
// sections it changed are parsed again, and the others' items are moved. An editor asks for both after every pause in
// typing; the whole parse of a 5 MiB article alone took about 100 ms of that. A document linted whole gets the
// outline and folds of its whole parse.

import { Article, parseArticle } from './article';
import type { LintedSection } from './lint';
import { lineStartsOf } from './lineStarts';
import { FoldingRange, foldingRangesOf, OutlineItem, outlineOf } from './outline';
import { detachedSectionText } from './sections';
import { lastIndexAtOrBefore } from './sortedSearch';
import { sharedCopy } from './text/ownCopy';
import { Span } from './types';

/** A linted document (a LintResult): its whole parse, read only when it was linted whole, and its sections. */
export interface DocumentToOutline {
  readonly article: Article;
  readonly sections?: readonly LintedSection[];
}

/** A section's outline where the section last stood, and its folds in lines of its own text (its first line is 0). */
interface PlacedOutline {
  readonly start: number;
  readonly items: readonly OutlineItem[];
  readonly folds: readonly FoldingRange[];
}

// Keyed by the section's identity, which lives as long as the host's section cache keeps the section.
const placedOutlines = new WeakMap<object, PlacedOutline>();

/** Paragraphs in order with the tagged passages inside them, as `outlineOf` gives them for the whole parse. */
export function outlineInSections(document: DocumentToOutline): OutlineItem[] {
  if (!document.sections) return outlineOf(document.article);
  const items: OutlineItem[] = [];
  for (const [index, section] of document.sections.entries()) for (const item of placedOutline(section, index).items) items.push(item);
  return items;
}

/** Folds for paragraphs and tagged passages that span lines, as `foldingRangesOf` gives them for the whole parse. */
export function foldingRangesInSections(document: DocumentToOutline, sourceLineOf: (sourceOffset: number) => number): FoldingRange[] {
  if (!document.sections) return foldingRangesOf(document.article, sourceLineOf);
  const ranges: FoldingRange[] = [];
  for (const [index, section] of document.sections.entries()) {
    const firstLine = sourceLineOf(section.start);
    for (const fold of placedOutline(section, index).folds) ranges.push({ ...fold, startLine: fold.startLine + firstLine, endLine: fold.endLine + firstLine });
  }
  return ranges;
}

function placedOutline(section: LintedSection, index: number): PlacedOutline {
  let placed = placedOutlines.get(section.identity);
  if (!placed) {
    const article = parseArticle(detachedSectionText(section.text), { startsDocument: index === 0 });
    const lineStarts = lineStartsOf(article.tagged.source);
    placed = {
      start: section.start,
      // Names own their strings: a slice of the section's text would keep all of it alive with the cached outline.
      items: outlineOf(article).map(item => movedItem(item, section.start, true)),
      folds: foldingRangesOf(article, offset => Math.max(0, lastIndexAtOrBefore(lineStarts, offset))),
    };
    placedOutlines.set(section.identity, placed);
  } else if (placed.start !== section.start) {
    const shift = section.start - placed.start;
    placed = { ...placed, start: section.start, items: placed.items.map(item => movedItem(item, shift, false)) };
    placedOutlines.set(section.identity, placed);
  }
  return placed;
}

function movedItem(item: OutlineItem, shift: number, ownName: boolean): OutlineItem {
  const move = (span: Span): Span => ({ start: span.start + shift, end: span.end + shift });
  return {
    ...item,
    name: ownName ? sharedCopy(item.name) : item.name,
    span: move(item.span),
    selection: move(item.selection),
    children: item.children.map(child => movedItem(child, shift, ownName)),
  };
}
