// Helpers the characters rules share: a line's mojibake repairs (found once), which offsets they claim, and
// turning many small edits on one line into a few findings (one per run, or one per line when runs pile up).

import { Article, Line } from '../../article';
import { FindingDraft } from '../../rule';
import { findMojibake, MojibakeEdit } from '../../text/mojibake';
import { Span, TextEdit } from '../../types';

/** More separate runs than this on one line are reported as one finding for the line. */
export const MAX_FINDINGS_PER_LINE = 3;

// Mojibake repairs per line of a parse: characters/mojibake and three other characters rules ask for the same lines,
// and the detector is the costliest part of the characters rules. Keyed by the Line object, so a new parse starts
// afresh and a dropped one is forgotten. With a host's line memo they are kept in it instead, for later versions too.
const mojibakeByLine = new WeakMap<Line, readonly MojibakeEdit[]>();
const NO_MOJIBAKE: readonly MojibakeEdit[] = [];

/** The mojibake repairs of `line` of `article` (offsets into the line's text), found once per parsed line. */
export function mojibakeEditsOf(article: Article, line: Line): readonly MojibakeEdit[] {
  // Mojibake is made of characters from U+0080 up: a plain ASCII line has none, and needs no entry in the map.
  if (line.isPlainAscii) return NO_MOJIBAKE;
  if (article.lineAnalyses) return article.lineAnalyses(line).of('mojibake', findMojibake);
  let edits = mojibakeByLine.get(line);
  if (!edits) {
    edits = findMojibake(line.text);
    mojibakeByLine.set(line, edits);
  }
  return edits;
}

/**
 * Spans (absolute offsets) of `line` that characters/mojibake repairs. C1 controls, no-break spaces, soft hyphens
 * and "�" there are part of broken UTF-8 ("Ã\u00A0" is "à"), so other rules leave them to that repair instead of
 * deleting a byte the repair needs.
 */
export function mojibakeSpansOf(article: Article, line: Line): Span[] {
  return mojibakeEditsOf(article, line).map(edit => ({ start: edit.span.start + line.span.start, end: edit.span.end + line.span.start }));
}

/** True when `offset` lies inside one of `spans` (sorted, disjoint); a binary search, as a long line has many. */
export function isInsideAny(spans: readonly Span[], offset: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (offset < spans[middle].start) high = middle - 1;
    else if (offset >= spans[middle].end) low = middle + 1;
    else return true;
  }
  return false;
}

/** One run of characters a rule wants to change on a line, with the words for its finding. */
export interface RunOnLine {
  readonly edit: TextEdit;
  readonly message: string;
  readonly evidence: string;
  readonly fixTitle: string;
}

/**
 * One finding per run, unless a line has more than MAX_FINDINGS_PER_LINE runs: then one finding for the line whose
 * fix holds every run's edit, so a paragraph of double spaces is one problem, not fifty.
 */
export function findingsForRuns(article: Article, runs: readonly RunOnLine[], lineSummary: (count: number) => { message: string; evidence: string; fixTitle: string }): FindingDraft[] {
  const findings: FindingDraft[] = [];
  let index = 0;
  while (index < runs.length) {
    const line = article.lineAt(runs[index].edit.span.start);
    let end = index;
    while (end < runs.length && runs[end].edit.span.start < line.breakEnd) end++;
    const onLine = runs.slice(index, end);
    if (onLine.length > MAX_FINDINGS_PER_LINE) {
      const words = lineSummary(onLine.length);
      findings.push({
        span: { start: onLine[0].edit.span.start, end: onLine[onLine.length - 1].edit.span.end },
        message: words.message,
        evidence: words.evidence,
        fixes: [{ title: words.fixTitle, kind: 'repair', edits: onLine.map(run => run.edit) }],
      });
    } else {
      for (const run of onLine) {
        findings.push({ span: run.edit.span, message: run.message, evidence: run.evidence, fixes: [{ title: run.fixTitle, kind: 'repair', edits: [run.edit] }] });
      }
    }
    index = end;
  }
  return findings;
}

/** The line break a line ends with (`\n` for the last line or when it has none). */
export function lineBreakOf(article: Article, line: Line): string {
  return line.breakEnd > line.span.end ? article.text.slice(line.span.end, line.breakEnd) : '\n';
}
