// What per-line analyses found for lines of an earlier version of a document, reused for lines whose text is the same.
// After a keystroke in a long document the section it falls in is linted again, and all of its lines but the edited
// one read as before: their features, dates, bylines, credits and mojibake need not be found again.

import { ownCopy } from './text/ownCopy';

/**
 * Lines, and characters of them, remembered per generation. A generation that fills up becomes the old one and the
 * one before is dropped; a line found in the old generation moves to the new. So the lines of the section being
 * edited stay (a section is at most 128 KiB), and the memo never holds more than two generations, however long the
 * document, its lines or its history.
 */
const LINES_PER_GENERATION = 8192;
const CHARACTERS_PER_GENERATION = 1 << 20;

/**
 * The analyses of lines by their text. A host keeps one per document and hands it to the lints of later versions
 * (`LintOptions.lineMemo`). An analysis must depend on nothing but the line's text and its kind (which names the
 * language or vocabulary it was made with). Only for one document with the same options.
 */
export class LineMemo {
  private current = new Map<string, LineAnalyses>();
  private previous = new Map<string, LineAnalyses>();
  private charactersInCurrent = 0;

  constructor(
    private readonly linesPerGeneration = LINES_PER_GENERATION,
    private readonly charactersPerGeneration = CHARACTERS_PER_GENERATION,
  ) {}

  /** What is known of lines with this text: one lookup per line, however many analyses read it. */
  analysesOf(text: string): LineAnalyses {
    const known = this.current.get(text);
    if (known) return known;
    const analyses = this.previous.get(text) ?? new LineAnalyses(ownCopy(text));
    if (this.current.size >= this.linesPerGeneration || this.charactersInCurrent + text.length > this.charactersPerGeneration) {
      this.previous = this.current;
      this.current = new Map();
      this.charactersInCurrent = 0;
    }
    this.current.set(analyses.text, analyses);
    this.charactersInCurrent += text.length;
    return analyses;
  }
}

/** The analyses of one line text, by kind (e.g. `byline/en`). */
export class LineAnalyses {
  private readonly results = new Map<string, unknown>();

  /**
   * `text`: the line's text as a string of its own, which analyses read, so neither this record nor anything a result
   * cut from the text keeps the section it came from alive.
   */
  constructor(readonly text: string) {}

  /** What `analyse` gives for the line's text, analysed once per kind. */
  of<Result>(kind: string, analyse: (text: string) => Result): Result {
    if (this.results.has(kind)) return this.results.get(kind) as Result;
    const result = analyse(this.text);
    this.results.set(kind, result);
    return result;
  }
}
