// Where the lines of a text start, in UTF-16 offsets, with the line breaks of LSP: \n, \r\n and a lone \r. The hosts'
// offset ⇄ position conversion (positions.ts) is built on it, and a long document's sections keep their own, so that
// after a keystroke only the sections it changed are scanned again (LintJob.lineStarts).

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
