// A long document held as the texts of its lint sections instead of one string: an edit makes new strings of the
// sections it touched only, not a copy of the whole text (10 MB per keystroke in a 5 MiB article), and a lint reads
// the sections as they are (startLint). Hosts keep one per document version; it is never changed in place.

import { LineIndex, lineStartsOf } from './lineStarts';
import { firstSectionToRecut, insidePassageTest, recut, SECTIONED_LINT_LENGTH, sectionSpans } from './sections';
import { lastIndexAtOrBefore } from './sortedSearch';
import { findMarkups, Markup, mayEndInsideMarkup, parseTaggedText, passagesOf } from './tags';
import { ownCopy } from './text/ownCopy';
import { Span } from './types';

/** One piece of the text, with its own line starts (lineStartsOf it). */
export interface SourcePiece {
  readonly text: string;
  readonly lineStarts: readonly number[];
}

export class SectionedSource implements LineIndex {
  /** Where each piece starts in the text. */
  private readonly starts: number[];
  /** The line each piece starts on. */
  private readonly firstLines: number[];
  readonly length: number;
  private joined?: string;

  /**
   * The pieces are the sections `sectionSpans` cuts the text into when it is long; otherwise there is one piece, the
   * whole text. `markups`: each piece's tag markup in its own offsets; `passages`: the text's tagged passages (source
   * spans, in order of start), which decide where sections may be cut.
   */
  private constructor(
    readonly pieces: readonly SourcePiece[],
    private readonly markups: readonly (readonly Markup[])[] = [],
    private readonly passages: readonly Span[] = [],
  ) {
    this.starts = [];
    this.firstLines = [];
    let length = 0;
    let line = 0;
    for (const piece of pieces) {
      this.starts.push(length);
      this.firstLines.push(line);
      length += piece.text.length;
      // A piece that ends after a line break (every one but the last does) shares its last start with the next.
      const { lineStarts } = piece;
      line += lineStarts[lineStarts.length - 1] === piece.text.length ? lineStarts.length - 1 : lineStarts.length;
    }
    this.length = length;
  }

  static of(text: string): SectionedSource {
    if (text.length <= SECTIONED_LINT_LENGTH) return new SectionedSource([pieceOf(text)]);
    const spans = sectionSpans(parseTaggedText(text));
    const texts = spans.map(span => text.slice(span.start, span.end));
    // Markup that runs past a piece's end (a line break between attributes) is found only in the whole text.
    if (texts.length === 1 || texts.slice(0, -1).some(mayEndInsideMarkup)) return new SectionedSource([pieceOf(text)]);
    const markups = texts.map(piece => findMarkups(piece));
    const source = new SectionedSource(texts.map(pieceOf), markups, sortedByStart(passagesOf(markups.flatMap((own, index) => shifted(own, spans[index].start)))));
    source.joined = text;
    return source;
  }

  /** Whether the text holds tag markup (then its TaggedText is not the identity; see lazyTaggedText). */
  get hasMarkup(): boolean {
    return this.pieces.length === 1 ? this.pieces[0].text.includes('<') : this.markups.some(own => own.length > 0);
  }

  /** Whether the pieces are a long document's sections, which a lint takes as they are. */
  get isSectioned(): boolean {
    return this.pieces.length > 1;
  }

  /** The whole text as one string: made when first asked (a copy of every piece), then kept. */
  text(): string {
    return (this.joined ??= this.pieces.length === 1 ? this.pieces[0].text : this.pieces.map(piece => piece.text).join(''));
  }

  charCodeAt(offset: number): number {
    if (offset < 0 || offset >= this.length) return NaN;
    const index = this.pieceIndexAt(offset);
    return this.pieces[index].text.charCodeAt(offset - this.starts[index]);
  }

  slice(start: number, end: number): string {
    start = Math.max(0, Math.min(start, this.length));
    end = Math.max(start, Math.min(end, this.length));
    const first = this.pieceIndexAt(start);
    const last = this.pieceIndexAt(Math.max(start, end - 1));
    if (first === last) return this.pieces[first].text.slice(start - this.starts[first], end - this.starts[first]);
    const parts: string[] = [];
    for (let index = first; index <= last; index++) {
      parts.push(this.pieces[index].text.slice(Math.max(0, start - this.starts[index]), end - this.starts[index]));
    }
    return parts.join('');
  }

  get lineCount(): number {
    return this.firstLines[this.firstLines.length - 1] + this.pieces[this.pieces.length - 1].lineStarts.length;
  }

  /** Where `line` starts (LineIndex), from the line starts of the piece it is in: no index of the whole text is made. */
  lineStart(line: number): number {
    const index = Math.max(0, lastIndexAtOrBefore(this.firstLines, line));
    return this.starts[index] + this.pieces[index].lineStarts[line - this.firstLines[index]];
  }

  lineAt(offset: number): number {
    const index = this.pieceIndexAt(offset);
    return this.firstLines[index] + Math.max(0, lastIndexAtOrBefore(this.pieces[index].lineStarts, offset - this.starts[index]));
  }

  /**
   * The text with `span` replaced. The sections from a little before the edit (see firstSectionToRecut) are cut again
   * until a cut falls where it fell before; the pieces outside them are shared with this version.
   */
  edit(span: Span, replacement: string): SectionedSource {
    const start = Math.max(0, Math.min(span.start, this.length));
    const end = Math.max(start, Math.min(span.end, this.length));
    const delta = replacement.length - (end - start);
    const whole = () => SectionedSource.of(this.slice(0, start) + replacement + this.slice(end, this.length));
    if (!this.isSectioned || this.length + delta <= SECTIONED_LINT_LENGTH) return whole();
    const from = firstSectionToRecut(this.pieces.map(piece => piece.text), this.starts, start);
    const last = this.pieceIndexAt(end);
    const editedStart = this.starts[from];
    const edited = this.slice(editedStart, start) + replacement + this.slice(end, this.starts[last] + this.pieces[last].text.length);
    if (last < this.pieces.length - 1 && mayEndInsideMarkup(edited)) return whole();

    const passages = this.passagesAfter(from, last, edited, delta);
    if (!passages) return whole();
    const isInsidePassage = insidePassageTest(passages);
    const { texts, resumeAt } = recut([edited, ...this.pieces.slice(last + 1).map(piece => piece.text)], 1, offset => isInsidePassage(editedStart + offset));
    const resumedAt = last + resumeAt;
    if (texts.slice(0, -1).some(mayEndInsideMarkup) || (resumedAt < this.pieces.length && mayEndInsideMarkup(texts[texts.length - 1]))) return whole();

    // Sections before the edit that were cut where they were are the pieces they were (same start, same length).
    const pieces = [...this.pieces.slice(0, from)];
    const markups = [...this.markups.slice(0, from)];
    let pieceStart = editedStart;
    for (const [index, text] of texts.entries()) {
      const old = from + index;
      const unchanged = pieceStart + text.length <= start && this.starts[old] === pieceStart && this.pieces[old].text.length === text.length;
      // A new piece owns its text: a slice of the recut window would keep the whole window alive.
      pieces.push(unchanged ? this.pieces[old] : pieceOf(ownCopy(text)));
      markups.push(unchanged ? this.markups[old] : findMarkups(text));
      pieceStart += text.length;
    }
    return new SectionedSource([...pieces, ...this.pieces.slice(resumedAt)], [...markups, ...this.markups.slice(resumedAt)], passages);
  }

  /**
   * The tagged passages of the text after an edit that replaced pieces `from` … `last` by `edited`; undefined when
   * the edit changed passages that start before `edited` (see below), which the pieces kept there were cut by.
   */
  private passagesAfter(from: number, last: number, edited: string, delta: number): readonly Span[] | undefined {
    const editedStart = this.starts[from];
    const editedEnd = this.starts[last] + this.pieces[last].text.length;
    const editedMarkups = findMarkups(edited, editedStart);
    // Typing where there are no tags, the usual edit: the passages are those before it, moved (one may span it).
    if (editedMarkups.length === 0 && this.markups.slice(from, last + 1).every(own => own.length === 0)) {
      if (delta === 0) return this.passages;
      return this.passages.map(passage => ({ start: passage.start >= editedEnd ? passage.start + delta : passage.start, end: passage.end >= editedEnd ? passage.end + delta : passage.end }));
    }
    // Otherwise paired again, from the markup of the pieces kept and of the edited text.
    const markupsBefore = this.markups.slice(0, from).flatMap((own, index) => shifted(own, this.starts[index]));
    const markupsAfter = this.markups.slice(last + 1).flatMap((own, index) => shifted(own, this.starts[last + 1 + index] + delta));
    const passages = sortedByStart(passagesOf([...markupsBefore, ...editedMarkups, ...markupsAfter]));
    // The pieces before the recut were cut by the passages that start in them: a tag typed after them can pair with
    // one in them (a passage across their cuts). The pieces after the point where recut resumes need no such check: no
    // passage crosses that cut, so the tags open there (which the edit may change) pair with none after it.
    const startsBefore = (passage: Span) => passage.start < editedStart;
    return samePassages(this.passages.filter(startsBefore), passages.filter(startsBefore)) ? passages : undefined;
  }

  /** The piece that holds `offset` (the last one for the end of the text). */
  private pieceIndexAt(offset: number): number {
    return Math.max(0, lastIndexAtOrBefore(this.starts, offset));
  }
}

/** `markups` with their spans moved by `offset`. */
function shifted(markups: readonly Markup[], offset: number): Markup[] {
  return markups.map(markup => ({ ...markup, span: { start: markup.span.start + offset, end: markup.span.end + offset } }));
}

function sortedByStart(spans: Span[]): Span[] {
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

function samePassages(before: readonly Span[], after: readonly Span[]): boolean {
  return before.length === after.length && before.every((span, index) => span.start === after[index].start && span.end === after[index].end);
}

function pieceOf(text: string): SourcePiece {
  return { text, lineStarts: lineStartsOf(text) };
}
