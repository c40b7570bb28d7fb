// Cuts a long document into sections that are linted one by one: a dump of many scraped pages is cut at paragraph
// starts chosen by their content (not by their position), so an edit changes the text of one section, the sections
// after it keep theirs, and a SectionCache reuses their results.

import { TaggedText } from './tags';
import { ownCopy } from './text/ownCopy';
import { Finding, RuleFailure, Span } from './types';

/** Documents longer than this (UTF-16 code units) are linted in sections; shorter ones whole. */
export const SECTIONED_LINT_LENGTH = 256 * 1024;
/** No cut comes sooner than this after a section's start. */
const MIN_SECTION_LENGTH = 32 * 1024;
/** Past this, a section is cut at a line start even without a blank line before it (text with no paragraph breaks). */
const MAX_SECTION_LENGTH = 128 * 1024;
/** Of the candidate cut points, those whose text hashes to 0 modulo this are cuts; sections average MIN + a little. */
const CUT_ONE_IN = 4;
/** A line start this far from the section's start is a cut whatever its hash. */
const FORCED_CUT_LENGTH = 4 * MAX_SECTION_LENGTH;
/** How many characters after a candidate point decide whether it is a cut. */
const HASHED_LENGTH = 32;

// A line break, then blank lines (whitespace and the invisible characters scrapers leave on empty lines): the point
// after it starts a paragraph.
const BLANK_LINES_HERE = /(?:\r\n?|\n)(?:(?:[^\S\r\n]|[\u200B\u200C\u200D\u2060\uFEFF])*(?:\r\n?|\n))+/y;
const LINE_BREAK_CHARACTER = /[\r\n]/g;
const LINE_BREAK = /\r\n?|\n/g;

/**
 * The sections of a document as spans of its source, in order, covering it without gaps. One span for documents up to
 * SECTIONED_LINT_LENGTH. A cut is always at a line start, never inside a tagged passage, and depends only on the text
 * (and passages) from the section's start to the cut or CUT_SEARCH_REACH past the start, whichever is further, so after
 * an edit the cuts downstream fall where they fell before.
 */
export function sectionSpans(tagged: TaggedText): Span[] {
  const { source } = tagged;
  if (source.length <= SECTIONED_LINT_LENGTH) return [{ start: 0, end: source.length }];
  const isInsidePassage = insidePassageTest(tagged.annotations.map(annotation => annotation.source));
  const spans: Span[] = [];
  let start = 0;
  while (source.length - start > MIN_SECTION_LENGTH) {
    const cut = nextCut(source, start, isInsidePassage);
    if (cut === undefined) break;
    spans.push({ start, end: cut });
    start = cut;
  }
  spans.push({ start, end: source.length });
  return spans;
}

/**
 * Where the section that starts at `start` (a cut) ends, or undefined when it runs to the end. Reads the text from
 * `start` up to the cut, the blank lines and CUT_LOOKAHEAD characters after it, and at most CUT_SEARCH_REACH
 * characters past `start` for a paragraph start (`recut` relies on this to know how much text it needs).
 */
function nextCut(source: string, start: number, isInsidePassage: (offset: number) => boolean): number | undefined {
  // Past FORCED_CUT_LENGTH the hash is not asked: text that repeats one line over and over never hashes to a cut.
  const isCut = (offset: number, sectionStart: number) =>
    offset < source.length &&
    (hashAt(source, offset) % CUT_ONE_IN === 0 || offset - sectionStart >= FORCED_CUT_LENGTH) &&
    !isInsidePassage(offset);
  return paragraphCut(source, start, isCut) ?? lineCut(source, start, isCut);
}

const CUT_SEARCH_REACH = MAX_SECTION_LENGTH + 1024;
const CUT_LOOKAHEAD = HASHED_LENGTH;
// Blank characters at a cut, and whatever follows them: a cut is settled once the text after it has more than these.
const BLANKS_AT_CUT = /(?:[^\S\r\n]|[\u200B\u200C\u200D\u2060\uFEFF])*/y;

/**
 * The first of a text's sections (`sectionTexts`, starting at `sectionStarts`) whose end an edit at `editStart` may
 * move. A cut at a line start that is no paragraph start depends on there being no paragraph start within
 * CUT_SEARCH_REACH of its section's start, so a section that starts that far before the edit may end elsewhere.
 */
export function firstSectionToRecut(sectionTexts: readonly string[], sectionStarts: readonly number[], editStart: number): number {
  const reach = Math.max(0, editStart - CUT_SEARCH_REACH);
  let index = 0;
  while (index + 1 < sectionStarts.length && sectionStarts[index + 1] <= reach) index++;
  // The cut a section starts at holds while the blank characters after it are not followed by a line break: an edit
  // in a long run of them moves it.
  while (index > 0 && sectionStarts[index] + leadingBlanks(sectionTexts[index]) + CUT_LOOKAHEAD >= editStart) index--;
  return index;
}

function leadingBlanks(text: string): number {
  BLANKS_AT_CUT.lastIndex = 0;
  BLANKS_AT_CUT.exec(text);
  return BLANKS_AT_CUT.lastIndex;
}

/**
 * The sections of a text from a cut onwards, read from pieces that are not all sections any more: the text of
 * `pieces[0 .. firstUnchanged)` was edited, the pieces from `firstUnchanged` on are sections of the text before the
 * edit. `isInsidePassage` tells the tagged passages of the edited text, in offsets from the start of `pieces[0]`.
 * Cuts are looked for in a window of the pieces that grows only while a cut needs more text, and the search stops as
 * soon as a cut falls where an unchanged piece starts: cuts depend only on the text after the section's start (and
 * the passages there, which are as they were: see SectionedSource.edit), so from there on the sections are those pieces
 * (`resumeAt`). The texts are what `sectionSpans` of the whole text cuts (test/properties/sectionedSource.test.ts).
 */
export function recut(
  pieces: readonly string[],
  firstUnchanged: number,
  isInsidePassage: (offset: number) => boolean = () => false,
): { readonly texts: string[]; readonly resumeAt: number } {
  const texts: string[] = [];
  let window = pieces.slice(0, firstUnchanged).join('');
  // Where the window starts in the text of the pieces (passages are in those offsets).
  let windowOrigin = 0;
  const isInsidePassageOfWindow = (offset: number) => isInsidePassage(windowOrigin + offset);
  let next = firstUnchanged;
  // Where the unchanged pieces in the window start in it (a cut there resumes the pieces), and their indexes.
  let unchangedStarts: number[] = [];
  let unchangedIndexes: number[] = [];
  let start = 0;
  const extend = () => {
    windowOrigin += start;
    window = window.slice(start) + pieces[next];
    unchangedStarts = unchangedStarts.map(offset => offset - start);
    unchangedStarts.push(window.length - pieces[next].length);
    unchangedIndexes.push(next);
    next++;
    start = 0;
  };
  for (;;) {
    const isWholeRest = next === pieces.length;
    if (!isWholeRest && window.length - start < CUT_SEARCH_REACH) {
      extend();
      continue;
    }
    const cut = window.length - start > MIN_SECTION_LENGTH ? nextCut(window, start, isInsidePassageOfWindow) : undefined;
    if (!isWholeRest && (cut === undefined || !isSettled(window, cut))) {
      extend();
      continue;
    }
    if (cut === undefined) {
      texts.push(window.slice(start));
      return { texts, resumeAt: pieces.length };
    }
    texts.push(window.slice(start, cut));
    const resumed = unchangedStarts.indexOf(cut);
    if (resumed >= 0) return { texts, resumeAt: unchangedIndexes[resumed] };
    start = cut;
  }
}

/** Whether a cut found in `window` is one in any text that continues it: the window holds all it depends on. */
function isSettled(window: string, cut: number): boolean {
  BLANKS_AT_CUT.lastIndex = cut;
  BLANKS_AT_CUT.exec(window);
  return cut + CUT_LOOKAHEAD < window.length && BLANKS_AT_CUT.lastIndex < window.length;
}

/** The first paragraph start that is a cut between MIN and MAX_SECTION_LENGTH after `start`. */
function paragraphCut(source: string, start: number, isCut: (offset: number, sectionStart: number) => boolean): number | undefined {
  const earliest = start + MIN_SECTION_LENGTH;
  const latest = start + MAX_SECTION_LENGTH;
  // Begin a little early so a run of blank lines that straddles `earliest` is found whole. A run starts at a line
  // break: the line breaks up to `latest` are tried one by one, as a global search would try them, but the search
  // never reads past `latest` (a global search for a run that is not there reads to the end of the text, once for
  // every section of a text without paragraphs).
  LINE_BREAK_CHARACTER.lastIndex = Math.max(start, earliest - 256);
  for (let lineBreak = LINE_BREAK_CHARACTER.exec(source); lineBreak !== null && lineBreak.index <= latest; lineBreak = LINE_BREAK_CHARACTER.exec(source)) {
    BLANK_LINES_HERE.lastIndex = lineBreak.index;
    const match = BLANK_LINES_HERE.exec(source);
    if (!match) continue;
    const candidate = match.index + match[0].length;
    if (candidate >= earliest && candidate <= latest && isCut(candidate, start)) return candidate;
    LINE_BREAK_CHARACTER.lastIndex = candidate;
  }
  return undefined;
}

/** The first line start that is a cut at least MIN_SECTION_LENGTH after `start`, blank line before it or not. */
function lineCut(source: string, start: number, isCut: (offset: number, sectionStart: number) => boolean): number | undefined {
  LINE_BREAK.lastIndex = start + MIN_SECTION_LENGTH - 1;
  for (let match = LINE_BREAK.exec(source); match !== null; match = LINE_BREAK.exec(source)) {
    const candidate = match.index + match[0].length;
    // "\r\n" found from its "\n" half would cut between the two characters.
    if (match[0] === '\n' && source.charCodeAt(match.index - 1) === 13) continue;
    if (candidate >= start + MIN_SECTION_LENGTH && isCut(candidate, start)) return candidate;
  }
  return undefined;
}

/** FNV-1a over the characters that follow `offset`: the same text gives the same answer wherever it stands. */
function hashAt(source: string, offset: number): number {
  let hash = 0x811c9dc5;
  const end = Math.min(source.length, offset + HASHED_LENGTH);
  for (let index = offset; index < end; index++) hash = Math.imul(hash ^ source.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

/**
 * The text of a section about to be analysed, as a string that shares no memory with the document (see ownCopy):
 * what its results slice from it must not keep that version of the document alive while they are cached. Typing in
 * eight places of an untagged 5 MiB article held nine versions of it (90 MiB). Made once per section analysed.
 */
export function detachedSectionText(sectionText: string): string {
  return ownCopy(sectionText);
}

/** Whether an offset is inside one of the tagged passages `passages` (source spans): no cut falls there. */
export function insidePassageTest(passages: readonly Span[]): (offset: number) => boolean {
  // Overlapping and nested passages merged, in order.
  const merged: Span[] = [];
  for (const span of [...passages].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else merged.push(span);
  }
  return offset => {
    // The last passage starting before `offset` (binary search), and whether it reaches past it.
    let low = 0;
    let high = merged.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (merged[middle].start < offset) low = middle + 1;
      else high = middle;
    }
    return low > 0 && merged[low - 1].end > offset;
  };
}

/** What linting one section produced; its findings are read through the cache that holds it (`findingsAt`). */
export interface SectionResult {
  readonly failures: readonly RuleFailure[];
  /** The section's line starts (lineStartsOf its text): a host's positions for the document are made of them. */
  readonly lineStarts: readonly number[];
}

/**
 * Results of sections by their text, kept by a host between versions of one document so an edit re-lints only the
 * sections it changed. Results depend on the lint options: use one cache per document and set of options.
 */
export class SectionCache {
  /** Index 0: sections that start a document; 1: sections that continue one (linted differently, see Article). */
  private readonly byText: [Map<string, SectionResult>, Map<string, SectionResult>] = [new Map(), new Map()];
  /**
   * Each section's findings where the section last stood in the document. One copy only: when an edit above moves
   * the section, its findings are moved from there, and tens of thousands of findings are not kept twice.
   */
  private readonly placed = new WeakMap<SectionResult, { readonly offset: number; readonly findings: readonly Finding[] }>();

  get(text: string, startsDocument: boolean): SectionResult | undefined {
    return this.byText[startsDocument ? 0 : 1].get(text);
  }

  /** Keeps a section just linted, whose findings are in offsets of its own text. */
  add(text: string, startsDocument: boolean, findings: readonly Finding[], result: SectionResult): void {
    this.byText[startsDocument ? 0 : 1].set(text, result);
    this.placed.set(result, { offset: 0, findings });
  }

  /** Keeps only the sections of the latest complete lint, so memory follows the document, not its history. */
  keepOnly(sections: readonly { readonly text: string; readonly startsDocument: boolean; readonly result: SectionResult }[]): void {
    for (const map of this.byText) map.clear();
    for (const { text, startsDocument, result } of sections) this.byText[startsDocument ? 0 : 1].set(text, result);
  }

  /**
   * The section's findings moved to the document offset where the section starts: the same objects as last time when
   * the section has not moved (an edit further down), so hosts can keep what they built from them.
   */
  findingsAt(result: SectionResult, offset: number): readonly Finding[] {
    const placed = this.placed.get(result);
    // Only `add` makes the results this cache hands out.
    if (!placed) throw new Error('findingsAt: a section result this cache did not make');
    if (placed.offset === offset) return placed.findings;
    const findings = placed.findings.map(finding => shiftFinding(finding, offset - placed.offset));
    this.placed.set(result, { offset, findings });
    return findings;
  }

  get size(): number {
    return this.byText[0].size + this.byText[1].size;
  }
}

/** A finding moved by `offset` (from a section's offsets to the document's, or from where a section stood before). */
export function shiftFinding(finding: Finding, offset: number): Finding {
  if (offset === 0) return finding;
  return {
    ...finding,
    span: shiftSpan(finding.span, offset),
    fixes: finding.fixes.map(fix => ({ ...fix, edits: fix.edits.map(edit => ({ ...edit, span: shiftSpan(edit.span, offset) })) })),
  };
}

function shiftSpan(span: Span, offset: number): Span {
  return { start: span.start + offset, end: span.end + offset };
}
