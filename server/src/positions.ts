// The one place that converts engine offsets (UTF-16 code units into the text) to LSP/CLI positions
// ({line, character}, 0-based, UTF-16 characters) and back. Line breaks are \n, \r\n and a lone \r, as in LSP.

import { lastIndexAtOrBefore, lineStartsOf, SectionedSource, Span } from './engine/index';

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** Precomputed line starts of one text; build once per document version, then convert in O(log lines). */
export class PositionMap {
  private readonly lineStarts: ArrayLike<number>;

  /**
   * `text`: a string, or a long document held in sections, whose line starts are pieced from the sections' own.
   * `lineStarts`: the text's line starts (see lineStartsOf) when they are known already (LintJob.lineStarts).
   */
  constructor(
    private readonly text: string | SectionedSource,
    lineStarts?: ArrayLike<number>,
  ) {
    this.lineStarts = lineStarts ?? (typeof text === 'string' ? lineStartsOf(text) : text.lineStarts());
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    // The first line starts at 0, so some line starts at or before any offset.
    const line = lastIndexAtOrBefore(this.lineStarts, clamped);
    return { line, character: clamped - this.lineStarts[line] };
  }

  /** The offset of a position; characters past the end of a line clamp to the line's end (before its break). */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const lineStart = this.lineStarts[position.line];
    const nextLineStart = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.text.length;
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
