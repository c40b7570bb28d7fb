// Parses article text once into lines, blocks (blank-line separated paragraphs) and inline tags, with UTF-16 offsets.
// Every rule, the hover and body extraction read this one parse; nothing here looks at words or languages.

import { Span, TAG_NAMES, TagName } from './types';

/** One line of the article. `span` excludes the line break; `breakEnd` is where the next line starts. */
export interface Line {
  readonly index: number;
  readonly span: Span;
  readonly breakEnd: number;
  readonly text: string;
  /** True when the line holds nothing but whitespace (spaces, tabs, NBSP, zero-width characters). */
  readonly isBlank: boolean;
  /** Index of the block this line belongs to, or -1 for blank lines. */
  readonly blockIndex: number;
}

/** A run of non-blank lines between blank lines: a paragraph in blank-line separated text, a list in a page dump. */
export interface Block {
  readonly index: number;
  readonly firstLine: number;
  readonly lastLine: number;
  /** From the first character of the first line to the last character of the last line (no trailing break). */
  readonly span: Span;
}

/** A passage wrapped in one of the vocabulary's inline tags, e.g. `<headline>…</headline>`. */
export interface TaggedPassage {
  readonly tag: TagName;
  /** The whole passage including the opening and closing tags. */
  readonly span: Span;
  /** The text between the tags. */
  readonly inner: Span;
}

export interface Article {
  readonly text: string;
  readonly lines: readonly Line[];
  readonly blocks: readonly Block[];
  readonly tags: readonly TaggedPassage[];
  /** The line containing `offset` (a line break belongs to the line it ends). */
  lineAt(offset: number): Line;
  /** The text of a span. */
  slice(span: Span): string;
}

// Whitespace plus the invisible characters scrapers leave on otherwise empty lines.
const BLANK_LINE = /^[\s\u200B\u200C\u200D\u2060\uFEFF]*$/;

export function parseArticle(text: string): Article {
  const lines: Line[] = [];
  const blocks: Block[] = [];
  let offset = 0;
  let openBlockFirstLine = -1;
  const closeBlock = (lastLine: number) => {
    if (openBlockFirstLine < 0) return;
    blocks.push({
      index: blocks.length,
      firstLine: openBlockFirstLine,
      lastLine,
      span: { start: lines[openBlockFirstLine].span.start, end: lines[lastLine].span.end },
    });
    openBlockFirstLine = -1;
  };
  // A final line break does not start another line, so "a\n" has one line and "" has none. The native regex scan
  // finds line ends much faster than a charCodeAt loop on multi-megabyte text.
  const lineEnd = /\r\n?|\n/g;
  while (offset < text.length) {
    lineEnd.lastIndex = offset;
    const match = lineEnd.exec(text);
    const end = match ? match.index : text.length;
    const breakEnd = match ? end + match[0].length : text.length;
    const lineText = text.slice(offset, end);
    const isBlank = BLANK_LINE.test(lineText);
    const index = lines.length;
    if (isBlank) closeBlock(index - 1);
    else if (openBlockFirstLine < 0) openBlockFirstLine = index;
    lines.push({ index, span: { start: offset, end }, breakEnd, text: lineText, isBlank, blockIndex: isBlank ? -1 : blocks.length });
    offset = breakEnd;
  }
  closeBlock(lines.length - 1);

  const tags = findTaggedPassages(text);
  return {
    text,
    lines,
    blocks,
    tags,
    lineAt: (position: number) => lines[lineIndexAt(lines, position)],
    slice: (span: Span) => text.slice(span.start, span.end),
  };
}

function lineIndexAt(lines: readonly Line[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lines[middle].span.start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

const TAG_PATTERN = new RegExp(`<(/?)(${TAG_NAMES.join('|')})>`, 'g');

/** Pairs opening and closing vocabulary tags; unpaired tags are ignored rather than guessed at. */
export function findTaggedPassages(text: string): TaggedPassage[] {
  const passages: TaggedPassage[] = [];
  const open: { tag: TagName; start: number; innerStart: number }[] = [];
  for (const match of text.matchAll(TAG_PATTERN)) {
    const tag = match[2] as TagName;
    const start = match.index ?? 0;
    if (match[1] === '') {
      open.push({ tag, start, innerStart: start + match[0].length });
      continue;
    }
    const openIndex = open.map(entry => entry.tag).lastIndexOf(tag);
    if (openIndex < 0) continue;
    const opening = open[openIndex];
    open.length = openIndex;
    passages.push({ tag, span: { start: opening.start, end: start + match[0].length }, inner: { start: opening.innerStart, end: start } });
  }
  return passages.sort((a, b) => a.span.start - b.span.start);
}
