// Builds fix edits (remove a block, repair a run, wrap in a tag) and applies edits to text: the one function that
// changes article text. Edits are applied right to left; an edit that overlaps one already taken is skipped.

import { Article } from './article';
import { Fix, Span, TagName, TextEdit } from './types';

export interface AppliedEdits {
  readonly text: string;
  readonly applied: readonly TextEdit[];
  /** Edits left out because they overlapped an earlier edit or fell outside the text. */
  readonly skipped: readonly TextEdit[];
}

/**
 * Applies non-overlapping edits to `text`. Edits are taken in order of their start offset (ties keep input order);
 * an edit that overlaps one already taken, or lies outside the text, is skipped, never clipped. Two insertions at
 * the same offset are both applied, in input order. Characters outside the applied spans are never touched.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): AppliedEdits {
  const ordered = edits
    .map((edit, order) => ({ edit, order }))
    .sort((a, b) => a.edit.span.start - b.edit.span.start || a.edit.span.end - b.edit.span.end || a.order - b.order);
  const applied: TextEdit[] = [];
  const skipped: TextEdit[] = [];
  let reachedOffset = 0;
  for (const { edit } of ordered) {
    const { start, end } = edit.span;
    const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
    // An edit may start where the previous one ended (adjacent), but not inside it.
    const overlaps = applied.length > 0 && start < reachedOffset;
    if (!valid || overlaps) {
      skipped.push(edit);
      continue;
    }
    applied.push(edit);
    reachedOffset = Math.max(reachedOffset, end);
  }
  const pieces: string[] = [];
  let cursor = 0;
  for (const edit of applied) {
    pieces.push(text.slice(cursor, edit.span.start), edit.newText);
    cursor = edit.span.end;
  }
  pieces.push(text.slice(cursor));
  return { text: pieces.join(''), applied, skipped };
}

/** Applies every edit of the given fixes; a fix whose edits would overlap an applied fix is skipped whole. */
export function applyFixes(text: string, fixes: readonly Fix[]): AppliedEdits & { readonly appliedFixes: number } {
  const taken: TextEdit[] = [];
  const skipped: TextEdit[] = [];
  let appliedFixes = 0;
  const sorted = [...fixes].sort((a, b) => firstStart(a) - firstStart(b));
  for (const fix of sorted) {
    const clashes = fix.edits.some(edit => taken.some(other => overlap(edit.span, other.span)));
    if (clashes) {
      skipped.push(...fix.edits);
      continue;
    }
    taken.push(...fix.edits);
    appliedFixes++;
  }
  const result = applyEdits(text, taken);
  return { ...result, skipped: [...skipped, ...result.skipped], appliedFixes };
}

function firstStart(fix: Fix): number {
  return fix.edits.reduce((min, edit) => Math.min(min, edit.span.start), Number.POSITIVE_INFINITY);
}

/** True when two spans share a character, or are the same insertion point. Touching spans do not overlap. */
export function overlap(a: Span, b: Span): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/**
 * The edit that deletes lines `firstLine..lastLine` without leaving a gap: their text, their line breaks and the
 * blank lines after them, so the surrounding paragraphs keep exactly one blank line between them. At the end of the
 * article it takes the blank lines before the block instead, so the text does not end in a run of empty lines.
 */
export function removeLinesEdit(article: Article, firstLine: number, lastLine: number): TextEdit {
  const { lines } = article;
  let next = lastLine + 1;
  while (next < lines.length && lines[next].isBlank) next++;
  if (next === lines.length) {
    // Last content of the article: also take the blank lines before it, back to the previous line's break.
    let previous = firstLine - 1;
    while (previous >= 0 && lines[previous].isBlank) previous--;
    const start = previous >= 0 ? lines[previous].breakEnd : lines[firstLine].span.start;
    return { span: { start, end: article.text.length }, newText: '' };
  }
  // Take the blank lines after the block only when the block already sits after a blank line (or at the top),
  // so the separator before it survives; a block glued to the previous paragraph leaves the following separator.
  const separatedBefore = firstLine === 0 || lines[firstLine - 1].isBlank;
  const end = separatedBefore ? lines[next].span.start : lines[lastLine].breakEnd;
  return { span: { start: lines[firstLine].span.start, end }, newText: '' };
}

/** A fix that removes a span of whole lines. */
export function removeLinesFix(article: Article, firstLine: number, lastLine: number, title: string): Fix {
  return { title, kind: 'remove', edits: [removeLinesEdit(article, firstLine, lastLine)] };
}

/** A fix that wraps `span` in `<tag>…</tag>` by two insertions, so no character of the passage changes. */
export function tagFix(span: Span, tag: TagName, title = `Tag as <${tag}>`): Fix {
  return {
    title,
    kind: 'tag',
    edits: [
      { span: { start: span.start, end: span.start }, newText: `<${tag}>` },
      { span: { start: span.end, end: span.end }, newText: `</${tag}>` },
    ],
  };
}

/** A fix that replaces `span` with `replacement`. */
export function repairFix(span: Span, replacement: string, title: string): Fix {
  return { title, kind: 'repair', edits: [{ span, newText: replacement }] };
}

/**
 * One edit that turns `before` into `after`: the part between their common start and common end. Used where a change
 * was computed as a new text (fix-all until stable) and an editor needs it as an edit.
 */
export function editsBetween(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Never cut a surrogate pair in two: widen the edit to whole characters.
  if (start > 0 && /[\uD800-\uDBFF]/.test(before[start - 1])) start--;
  if (end > 0 && /[\uDC00-\uDFFF]/.test(before[before.length - end])) end--;
  return [{ span: { start, end: before.length - end }, newText: after.slice(start, after.length - end) }];
}
