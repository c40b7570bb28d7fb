// Writes annotations back into text as inline tags (the inverse of tags.ts): used by import and by anything that
// rebuilds a tagged article from plain text and spans. Annotations must nest; crossing ones are refused, not guessed.

import { openingTag } from '../tags';
import { Span, TagName } from '../types';

export interface SpanAnnotation {
  readonly tag: TagName;
  /** UTF-16 offsets into the plain text. */
  readonly span: Span;
  readonly attributes?: Readonly<Record<string, string>>;
}

export interface SerializedText {
  readonly text: string;
  /** Annotations left out because they crossed one already placed, or fell outside the text. */
  readonly refused: readonly { readonly annotation: SpanAnnotation; readonly reason: string }[];
}

/**
 * Inserts the tags of `annotations` into `plain`. Outer passages (earlier start, later end) are opened first and closed
 * last; at one offset closing tags come before opening tags, so `<a>x</a><b>y</b>` stays two siblings. Of two
 * annotations with the same span, the one listed first is the outer one.
 */
export function serializeAnnotations(plain: string, annotations: readonly SpanAnnotation[]): SerializedText {
  const refused: { annotation: SpanAnnotation; reason: string }[] = [];
  const ordered = annotations
    .map((annotation, order) => ({ annotation, order }))
    .sort((a, b) => a.annotation.span.start - b.annotation.span.start || b.annotation.span.end - a.annotation.span.end || a.order - b.order);
  const accepted: { annotation: SpanAnnotation; order: number; rank: number }[] = [];
  // A stack of open spans tells whether a new annotation nests inside the ones already accepted.
  const open: Span[] = [];
  for (const entry of ordered) {
    const { span } = entry.annotation;
    if (span.start < 0 || span.end > plain.length || span.start >= span.end) {
      refused.push({ annotation: entry.annotation, reason: `span ${span.start}-${span.end} is empty or outside the text` });
      continue;
    }
    while (open.length > 0 && open[open.length - 1].end <= span.start) open.pop();
    const parent = open[open.length - 1];
    if (parent && span.end > parent.end) {
      refused.push({ annotation: entry.annotation, reason: `<${entry.annotation.tag}> ${span.start}-${span.end} crosses a passage at ${parent.start}-${parent.end}` });
      continue;
    }
    accepted.push({ ...entry, rank: accepted.length });
    open.push(span);
  }
  // Events: at each offset, closings (innermost first = highest rank first), then openings (outermost first).
  const events: { offset: number; closing: boolean; rank: number; text: string }[] = [];
  for (const { annotation, rank } of accepted) {
    events.push({ offset: annotation.span.start, closing: false, rank, text: openingTag(annotation.tag, annotation.attributes ?? {}) });
    events.push({ offset: annotation.span.end, closing: true, rank, text: `</${annotation.tag}>` });
  }
  events.sort((a, b) => a.offset - b.offset || Number(b.closing) - Number(a.closing) || (a.closing ? b.rank - a.rank : a.rank - b.rank));
  const pieces: string[] = [];
  let cursor = 0;
  for (const event of events) {
    pieces.push(plain.slice(cursor, event.offset), event.text);
    cursor = event.offset;
  }
  pieces.push(plain.slice(cursor));
  return { text: pieces.join(''), refused };
}
