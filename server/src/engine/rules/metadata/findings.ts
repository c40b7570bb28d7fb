// Builds the finding drafts the metadata rules report (a span, a message, evidence and the one fix that wraps the
// span in the rule's tag — never a removal) and gives the span of a line without its surrounding whitespace.

import { Line } from '../../article';
import { tagFix } from '../../fixes';
import { FindingDraft } from '../../rule';
import { Confidence, Span, TagName } from '../../types';

export function tagDraft(span: Span, tag: TagName, message: string, evidence: string, confidence: Confidence = 'high'): FindingDraft {
  return { span, message, evidence, fixes: [tagFix(span, tag)], confidence, tag };
}

/** A non-blank line as the rules read it: trimmed, with the offset where the trimmed text starts. */
export interface TrimmedLine {
  readonly line: Line;
  readonly text: string;
  /** Offset of `text` in the article. */
  readonly start: number;
}

export function trimmedLine(line: Line): TrimmedLine {
  const leading = line.text.length - line.text.trimStart().length;
  return { line, text: line.text.trim(), start: line.span.start + leading };
}

/** The span of `text.slice(from, to)` for a trimmed line. */
export function spanIn(line: TrimmedLine, from = 0, to = line.text.length): Span {
  return { start: line.start + from, end: line.start + to };
}
