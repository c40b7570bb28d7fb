// The one place that converts engine offsets (UTF-16 code units into the text) to LSP/CLI positions
// ({line, character}, 0-based, UTF-16 characters) and back. Line breaks are \n, \r\n and a lone \r, as in LSP.

import { LineIndex, lineIndexOf, lineStartsOf, SectionedSource, Span } from './engine/index';

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** The lines of one text; build once per document version, then convert in O(log lines). */
export class PositionMap {
  private readonly lines: LineIndex;

  /**
   * `text`: a string, or a long document held in sections, whose lines are found from the sections' own.
   * `lineStarts`: the text's line starts (see lineStartsOf) when they are known already (LintJob.lineStarts).
   */
  constructor(
    private readonly text: string | SectionedSource,
    lineStarts?: ArrayLike<number>,
  ) {
    this.lines = lineStarts ? lineIndexOf(lineStarts) : typeof text === 'string' ? lineIndexOf(lineStartsOf(text)) : text;
  }

  get lineCount(): number {
    return this.lines.lineCount;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lines.lineAt(clamped);
    return { line, character: clamped - this.lines.lineStart(line) };
  }

  /** The offset of a position; characters past the end of a line clamp to the line's end (before its break). */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lines.lineCount) return this.text.length;
    const lineStart = this.lines.lineStart(position.line);
    const nextLineStart = position.line + 1 < this.lines.lineCount ? this.lines.lineStart(position.line + 1) : this.text.length;
    let lineEnd = nextLineStart;
    if (lineEnd > lineStart && this.text.charCodeAt(lineEnd - 1) === 10) lineEnd--;
    if (lineEnd > lineStart && this.text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    return lineStart + Math.max(0, Math.min(position.character, lineEnd - lineStart));
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  spanOf(range: Range): Span {
    return { start: this.offsetAt(range.start), end: this.offsetAt(range.end) };
  }
}
