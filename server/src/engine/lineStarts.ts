// Where the lines of a text start, in UTF-16 offsets, with the line breaks of LSP: \n, \r\n and a lone \r. The hosts'
// offset ⇄ position conversion (positions.ts) is built on a LineIndex: of a string's line starts, or of a long
// document's sections, which keep their own, so that after a keystroke only the sections it changed are scanned again.

import { lastIndexAtOrBefore } from './sortedSearch';

/** The lines of a text: how many, where each starts, and which one an offset is on. */
export interface LineIndex {
  readonly lineCount: number;
  /** The offset where `line` (0-based, less than lineCount) starts. */
  lineStart(line: number): number;
  /** The line an offset (0 … the text's length) is on. */
  lineAt(offset: number): number;
}

/** The LineIndex of a text's line starts (lineStartsOf it). */
export function lineIndexOf(lineStarts: ArrayLike<number>): LineIndex {
  return {
    lineCount: lineStarts.length,
    lineStart: line => lineStarts[line],
    // The first line starts at 0, so some line starts at or before any offset.
    lineAt: offset => Math.max(0, lastIndexAtOrBefore(lineStarts, offset)),
  };
}

/** 0, and every offset just after a line break (so the text's length too, when it ends with one). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  // Scanned for every version of a long document: native searches, not a loop over characters.
  if (!text.includes('\r')) {
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  } else {
    const lineBreak = /\r\n?|\n/g;
    for (let match = lineBreak.exec(text); match !== null; match = lineBreak.exec(text)) starts.push(match.index + match[0].length);
  }
  return starts;
}
