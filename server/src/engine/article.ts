// Parses article text once into inline tags, lines and blocks (blank-line separated paragraphs), with UTF-16 offsets.
// Rules read the *untagged* text (tags.ts strips the vocabulary markup and keeps the offset maps), so a tagged file
// is analysed exactly like the same file without tags. Nothing here looks at words or languages.

import type { LineAnalyses, LineMemo } from './lineMemo';
import { Annotation, parseTaggedText, TaggedText } from './tags';
import { Span } from './types';

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
  /**
   * True when the line holds only printable ASCII and tabs. Most lines of most articles do, and no rule about
   * invisible, unusual or mis-decoded characters can find anything in them: those rules skip them on this one test
   * instead of each scanning every line with its own pattern.
   */
  readonly isPlainAscii: boolean;
}

/** A run of non-blank lines between blank lines: a paragraph in blank-line separated text, a list in a page dump. */
export interface Block {
  readonly index: number;
  readonly firstLine: number;
  readonly lastLine: number;
  /** From the first character of the first line to the last character of the last line (no trailing break). */
  readonly span: Span;
}

export interface Article {
  /** The article without its vocabulary tags: what rules read. Every span of the Article is into this text. */
  readonly text: string;
  /** The text as given (with its tags), its annotations, tag problems, and the offset maps to and from `text`. */
  readonly tagged: TaggedText;
  readonly lines: readonly Line[];
  readonly blocks: readonly Block[];
  /** The tagged passages, with spans into `text` (`plain`) and into the source. */
  readonly tags: readonly Annotation[];
  /**
   * False for a section that continues a longer document (see sections.ts): its first line is somewhere in the middle
   * of a page, so it is no page title and opens no header.
   */
  readonly startsDocument: boolean;
  /**
   * With a line memo (see lineMemo.ts): what is known of a line's text from this and earlier versions of the document.
   * Undefined without one: analyses are then kept per parse by the code that makes them.
   */
  readonly lineAnalyses?: (line: Line) => LineAnalyses;
  /** The line containing `offset` (a line break belongs to the line it ends). */
  lineAt(offset: number): Line;
  /** The text of a span. */
  slice(span: Span): string;
}

// Whitespace plus the invisible characters scrapers leave on otherwise empty lines.
const BLANK_LINE = /^[\s\u200B\u200C\u200D\u2060\uFEFF]*$/;
// Anything but a tab or printable ASCII: a control character, DEL, or any character from U+0080 up.
const NOT_PLAIN_ASCII = /[^\t\x20-\x7E]/;

export interface ParseOptions {
  /** Defaults to true; false for the second and later sections of a document linted in sections. */
  readonly startsDocument?: boolean;
  /** Gives the parse `lineAnalyses`: what is known of its lines' texts from earlier versions (see lineMemo.ts). */
  readonly lineMemo?: LineMemo;
}

export function parseArticle(source: string, options: ParseOptions = {}): Article {
  return articleOf(parseTaggedText(source), options);
}

/** The Article of text whose tags are already parsed. */
export function articleOf(tagged: TaggedText, options: ParseOptions = {}): Article {
  const text = tagged.plain;
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
    lines.push({
      index,
      span: { start: offset, end },
      breakEnd,
      text: lineText,
      isBlank,
      blockIndex: isBlank ? -1 : blocks.length,
      isPlainAscii: !NOT_PLAIN_ASCII.test(lineText),
    });
    offset = breakEnd;
  }
  closeBlock(lines.length - 1);
  const { lineMemo } = options;
  const analysesByLine: LineAnalyses[] = [];

  return {
    text,
    tagged,
    lines,
    blocks,
    tags: tagged.annotations,
    startsDocument: options.startsDocument ?? true,
    ...(lineMemo ? { lineAnalyses: (line: Line) => (analysesByLine[line.index] ??= lineMemo.analysesOf(line.text)) } : {}),
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
