// What per-line analyses found for lines of an earlier version of a document, reused for lines whose text is the same.
// After a keystroke in a long document the section it falls in is linted again, and all of its lines but the edited
// one read as before: their features, dates, bylines and credits need not be recognized again.

import { ownCopy } from './text/ownCopy';

/**
 * Lines remembered per kind of analysis and generation. A generation that fills up becomes the old one and the one
 * before is dropped; a line found in the old generation moves to the new. So the lines of the section being edited
 * stay, and the memo never grows past two generations, however long the document or its history.
 */
const LINES_PER_GENERATION = 4096;

/**
 * Results of pure per-line analyses by the text they were computed from. A host keeps one per document and hands it
 * to the lints of later versions (`LintOptions.lineMemo`); results must depend on nothing but the text and the kind
 * (which names the language or vocabulary they were computed with). Only for one document with the same options.
 */
export class LineMemo {
  private readonly tables = new Map<string, MemoTable<unknown>>();

  constructor(private readonly linesPerGeneration = LINES_PER_GENERATION) {}

  /** The table of one kind of analysis, e.g. `byline/en`. */
  table<Result>(kind: string): MemoTable<Result> {
    let table = this.tables.get(kind);
    if (!table) {
      table = new MemoTable<unknown>(this.linesPerGeneration);
      this.tables.set(kind, table);
    }
    return table as MemoTable<Result>;
  }
}

/** A remembered analysis, with its own copy of the text it was made from (a map cannot tell the key it holds). */
interface Remembered<Result> {
  readonly text: string;
  readonly result: Result;
}

export class MemoTable<Result> {
  private current = new Map<string, Remembered<Result>>();
  private previous = new Map<string, Remembered<Result>>();

  constructor(private readonly linesPerGeneration: number) {}

  /**
   * What `analyse` gives for `text`, from memory when the text was analysed before. A new text is analysed as a
   * string of its own, so neither the key nor anything the result cut from it keeps the section it came from alive.
   */
  of(text: string, analyse: (text: string) => Result): Result {
    const known = this.current.get(text);
    if (known) return known.result;
    let remembered = this.previous.get(text);
    if (!remembered) {
      const own = ownCopy(text);
      remembered = { text: own, result: analyse(own) };
    }
    if (this.current.size >= this.linesPerGeneration) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(remembered.text, remembered);
    return remembered.result;
  }
}
