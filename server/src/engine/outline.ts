// The outline and folding of an article, for editors: the headline as the title, each paragraph under it, tagged
// quotations and names inside their paragraphs; folds for paragraphs and tagged passages that span lines.
// Spans are offsets of the text as given (tags included).

import { Article } from './article';
import { Annotation } from './tags';
import { Span, TagName } from './types';

export type OutlineKind = 'headline' | 'paragraph' | 'metadata' | 'quote' | 'entity';

export interface OutlineItem {
  readonly name: string;
  readonly kind: OutlineKind;
  readonly tag?: TagName;
  /** The whole item, and the part to reveal when it is picked (its first line). */
  readonly span: Span;
  readonly selection: Span;
  readonly children: readonly OutlineItem[];
}

const ENTITY_TAG_SET = new Set<TagName>(['person', 'org', 'place', 'misc', 'date']);
const NAME_LENGTH = 60;

/** Paragraphs (blank-line separated blocks) in order, each with the tagged passages inside it. */
export function outlineOf(article: Article): OutlineItem[] {
  const { tagged } = article;
  const toSource = (span: Span): Span => ({ start: tagged.toSource(span.start, 'before'), end: tagged.toSource(span.end, 'after') });
  // Blocks and tags are both in order of start: one pass over each, not every tag for every block (tens of thousands of
  // blocks times thousands of tags in a long tagged document).
  const { tags } = article;
  let firstNotBefore = 0;
  return article.blocks.map(block => {
    while (firstNotBefore < tags.length && tags[firstNotBefore].plain.start < block.span.start) firstNotBefore++;
    const inside: Annotation[] = [];
    for (let index = firstNotBefore; index < tags.length && tags[index].plain.start <= block.span.end; index++) {
      if (tags[index].plain.end <= block.span.end) inside.push(tags[index]);
    }
    const covering = inside.find(annotation => annotation.plain.start === block.span.start && annotation.plain.end === block.span.end && !ENTITY_TAG_SET.has(annotation.tag));
    const children = inside
      .filter(annotation => annotation !== covering)
      .map(
        (annotation): OutlineItem => ({
          name: `${annotation.tag}: ${shorten(article.slice(annotation.plain))}`,
          kind: annotation.tag === 'quote' ? 'quote' : ENTITY_TAG_SET.has(annotation.tag) ? 'entity' : 'metadata',
          tag: annotation.tag,
          span: annotation.source,
          selection: annotation.source,
          children: [],
        }),
      );
    const firstLine = article.lines[block.firstLine].span;
    const kind: OutlineKind = covering?.tag === 'headline' ? 'headline' : covering && covering.tag !== 'quote' ? 'metadata' : covering ? 'quote' : 'paragraph';
    const label = covering ? `${covering.tag}: ${shorten(article.slice(block.span))}` : shorten(article.slice(block.span));
    return { name: label, kind, ...(covering ? { tag: covering.tag } : {}), span: toSource(block.span), selection: toSource(firstLine), children };
  });
}

/**
 * An editor lists this many of an outline's items, then one that stands for the rest. A page dump has tens of
 * thousands of paragraphs: the 5 MiB bench article's outline was 35,214 symbols, 6.3 MB sent after every pause in
 * typing, and an outline that long helps nobody find their way.
 */
export const OUTLINE_MAX_ITEMS = 2000;

/**
 * The outline as an editor shows it: the first `maxItems` items, then one item for the rest of the document whose
 * name says how many paragraphs it stands for and whose children are the headlines and tagged passages among them, so
 * those can still be found. Shorter outlines are returned as they are.
 */
export function outlineForEditor(items: readonly OutlineItem[], maxItems = OUTLINE_MAX_ITEMS): readonly OutlineItem[] {
  if (items.length <= maxItems) return items;
  const rest = items.slice(maxItems);
  const last = rest[rest.length - 1];
  // A tagged paragraph (a headline, a quote) is kept whole; a plain one gives up only what is tagged inside it.
  const kept = rest.flatMap(item => (item.kind === 'paragraph' ? item.children : [item]));
  const summary: OutlineItem = {
    name: `${rest.length.toLocaleString('en-US')} more paragraphs (the outline lists the first ${maxItems.toLocaleString('en-US')}); headlines and tagged passages below`,
    kind: 'paragraph' as const,
    span: { start: rest[0].span.start, end: last.span.end },
    selection: rest[0].selection,
    children: kept,
  };
  return [...items.slice(0, maxItems), summary];
}

export interface FoldingRange {
  /** 0-based first and last line of the fold, in the text as given. */
  readonly startLine: number;
  readonly endLine: number;
  readonly kind: 'paragraph' | 'tag';
}

/** Folds for paragraphs of two lines or more, and for tagged passages that span lines. Line numbers of the source. */
export function foldingRangesOf(article: Article, sourceLineOf: (sourceOffset: number) => number): FoldingRange[] {
  const { tagged } = article;
  const ranges: FoldingRange[] = [];
  for (const block of article.blocks) {
    const startLine = sourceLineOf(tagged.toSource(block.span.start, 'before'));
    const endLine = sourceLineOf(tagged.toSource(block.span.end, 'after'));
    if (endLine > startLine) ranges.push({ startLine, endLine, kind: 'paragraph' });
  }
  for (const annotation of article.tags) {
    const startLine = sourceLineOf(annotation.source.start);
    const endLine = sourceLineOf(annotation.source.end);
    if (endLine > startLine) ranges.push({ startLine, endLine, kind: 'tag' });
  }
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

function shorten(text: string): string {
  // A name needs the first NAME_LENGTH characters after collapsing: collapse a little more than that, and the whole
  // text only when its white space is so long that this is not enough (the blocks of a long document hold megabytes).
  const head = text.length > 4 * NAME_LENGTH ? text.slice(0, 4 * NAME_LENGTH).replace(/\s+/g, ' ').trim() : '';
  const collapsed = head.length > NAME_LENGTH ? head : text.replace(/\s+/g, ' ').trim();
  return collapsed.length > NAME_LENGTH ? `${collapsed.slice(0, NAME_LENGTH - 1)}…` : collapsed || '(empty)';
}
