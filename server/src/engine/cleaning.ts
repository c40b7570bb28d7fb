// Turns many findings into one consistent set of edits: "fix all" in the editor, `check --fix` and
// `extract --body` in the CLI. Whole-line removals that touch (only blank lines between them) are merged into one
// removal so the result keeps exactly one blank line between the surviving paragraphs.

import { Article } from './article';
import { applyEdits, overlap, removeLinesEdit } from './fixes';
import { lintArticle, LintOptions, LintResult } from './lint';
import { editToSource } from './tags';
import { Finding, METADATA_TAGS, RuleFailure, Span, TextEdit } from './types';

/** Which findings "fix all" applies. Character repairs are lossless; noise removal deletes text. */
export const FIX_ALL_SCOPES = ['characters', 'characters+high-confidence-noise', 'characters+noise'] as const;
export type FixAllScope = (typeof FIX_ALL_SCOPES)[number];

/**
 * True when "fix all" with `scope` applies this finding's first fix. Character repairs are applied when their rule
 * is sure (a guessed hyphenation join waits for a person); metadata and text findings only ever tag, so never here.
 */
export function isInFixAllScope(finding: Finding, scope: FixAllScope): boolean {
  if (finding.fixes.length === 0) return false;
  if (finding.category === 'characters') return finding.fixes[0].kind === 'repair' && finding.confidence === 'high';
  if (finding.category !== 'noise' || scope === 'characters') return false;
  return scope === 'characters+noise' || finding.confidence === 'high';
}

/**
 * Edits that apply the first fix of each finding, with whole-line noise removals merged. Repairs that fall inside
 * removed text are dropped (the text is going away), so the edits never overlap.
 */
export function fixAllEdits(article: Article, findings: readonly Finding[]): TextEdit[] {
  const removals: Span[] = [];
  const others: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes[0];
    if (!fix) continue;
    // Findings are in source offsets; whole-line removals are worked out on the untagged lines, then carried back.
    if (fix.kind === 'remove') removals.push(toPlainSpan(article, finding.span));
    else others.push(...fix.edits);
  }
  const removalEdits = removalEditsFor(article, removals).flatMap(edit => editToSource(article.tagged, edit));
  return combine(removalEdits, others);
}

/**
 * `extract --body`: the untagged article text with every noise block and every metadata passage (found or already
 * tagged) removed and characters repaired. Tags never reach the output; quotations and names stay as plain text.
 */
export function extractBody(article: Article, findings: readonly Finding[]): string {
  const removals: Span[] = [];
  const others: TextEdit[] = [];
  for (const finding of findings) {
    if (finding.category === 'noise' || finding.category === 'metadata') removals.push(toPlainSpan(article, finding.span));
    else if (finding.category === 'characters' && finding.fixes[0]?.kind === 'repair') {
      others.push(...finding.fixes[0].edits.map(edit => ({ span: toPlainSpan(article, edit.span), newText: edit.newText })));
    }
  }
  for (const passage of article.tags) if (METADATA_TAGS.has(passage.tag)) removals.push(passage.plain);
  return applyEdits(article.text, combine(removalEditsFor(article, removals), others)).text;
}

function toPlainSpan(article: Article, span: Span): Span {
  return article.tagged.isIdentity ? span : { start: article.tagged.toPlain(span.start), end: article.tagged.toPlain(span.end) };
}

/** Removal edits plus the other edits that do not touch removed text (those would be edits to text going away). */
function combine(removalEdits: readonly TextEdit[], others: readonly TextEdit[]): TextEdit[] {
  const removed = removalEdits.map(edit => edit.span).sort((a, b) => a.start - b.start);
  return [...removalEdits, ...others.filter(edit => !touchesAny(removed, edit.span))];
}

/** True when `span` overlaps or sits inside one of `sorted` (disjoint spans sorted by start); binary search. */
function touchesAny(sorted: readonly Span[], span: Span): boolean {
  let low = 0;
  let high = sorted.length - 1;
  // Find the last span starting at or before span.end; only it and its predecessor can touch `span`.
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (sorted[middle].start <= span.end) low = middle;
    else high = middle - 1;
  }
  for (const candidate of [sorted[low], sorted[low - 1]]) {
    if (!candidate) continue;
    if (overlap(candidate, span) || (span.start >= candidate.start && span.end <= candidate.end && span.start < candidate.end)) return true;
  }
  return false;
}

/**
 * Spans that cover whole lines become line-range removals, merged when only blank lines separate them; a span
 * inside a line (an ad label glued to a sentence) is removed as it is. Overlapping spans are merged first.
 */
function removalEditsFor(article: Article, spans: readonly Span[]): TextEdit[] {
  const { lines } = article;
  const wholeLineRuns: [number, number][] = [];
  const partial: TextEdit[] = [];
  for (const span of mergeSpansOnOneLine(article.text, spans)) {
    const first = article.lineAt(span.start);
    const last = article.lineAt(Math.max(span.start, span.end - 1));
    const coversLines = span.start <= firstNonSpace(first.text) + first.span.start && span.end >= lastNonSpace(last.text) + last.span.start;
    if (!coversLines) {
      partial.push({ span, newText: '' });
      continue;
    }
    const previous = wholeLineRuns[wholeLineRuns.length - 1];
    if (previous && onlyBlankBetween(lines, previous[1], first.index)) previous[1] = Math.max(previous[1], last.index);
    else wholeLineRuns.push([first.index, last.index]);
  }
  const lineEdits = wholeLineRuns.map(([first, last]) => removeLinesEdit(article, first, last));
  const removedLines = lineEdits.map(edit => edit.span);
  return [...lineEdits, ...partial.filter(edit => !touchesAny(removedLines, edit.span))];
}

/**
 * Sorts spans and joins those that overlap or are separated only by spaces or tabs on one line, so a caption and
 * its credit found as two findings on one line are removed as the whole line, not as two pieces around a space.
 */
function mergeSpansOnOneLine(text: string, spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const previous = merged[merged.length - 1];
    if (previous && (span.start <= previous.end || /^[ \t\u00A0]*$/.test(text.slice(previous.end, span.start)))) {
      merged[merged.length - 1] = { start: previous.start, end: Math.max(previous.end, span.end) };
    } else {
      merged.push(span);
    }
  }
  return merged;
}

function onlyBlankBetween(lines: Article['lines'], lastOfPrevious: number, firstOfNext: number): boolean {
  for (let index = lastOfPrevious + 1; index < firstOfNext; index++) if (!lines[index].isBlank) return false;
  return true;
}

function firstNonSpace(text: string): number {
  const match = /\S/.exec(text);
  return match ? match.index : text.length;
}

function lastNonSpace(text: string): number {
  return text.trimEnd().length;
}

/** Enough for cascades (a share bar revealed after a menu goes); more passes would mean two fixes undoing each other. */
export const MAX_FIX_PASSES = 10;

export interface FixOutcome {
  /** The fixed text, and the lint of it: what remains to report. */
  readonly text: string;
  readonly result: LintResult;
  /** Passes that changed the text. */
  readonly passes: number;
  readonly appliedEdits: number;
  /** False when the text still changed on the last allowed pass. */
  readonly stable: boolean;
  /** Rules that threw on any pass, once each. */
  readonly failures: readonly RuleFailure[];
}

/**
 * Fix-all until nothing in scope changes the text: removing a block can change what its neighbours are (a line that
 * sat between two copies of a paragraph stands outside the body once the copy goes), so one pass is not always
 * final. Keeps a CRLF-only text CRLF-only. Applying this twice gives what applying it once gave.
 */
export function fixUntilStable(text: string, options: LintOptions, scope: FixAllScope, firstLint?: LintResult): FixOutcome {
  const crlfOnly = usesCrlfOnly(text);
  let current = text;
  let result = firstLint ?? lintArticle(text, options);
  const failures = new Map(result.failures.map(failure => [failure.rule, failure]));
  let passes = 0;
  let appliedEdits = 0;
  while (passes < MAX_FIX_PASSES) {
    const inScope = result.findings.filter(finding => isInFixAllScope(finding, scope));
    if (inScope.length === 0) return { text: current, result, passes, appliedEdits, stable: true, failures: [...failures.values()] };
    const applied = applyEdits(current, fixAllEdits(result.article, inScope));
    const next = crlfOnly ? withCrlf(applied.text) : applied.text;
    if (next === current) return { text: current, result, passes, appliedEdits, stable: true, failures: [...failures.values()] };
    passes++;
    appliedEdits += applied.applied.length;
    current = next;
    result = lintArticle(current, options);
    for (const failure of result.failures) if (!failures.has(failure.rule)) failures.set(failure.rule, failure);
  }
  const pending = result.findings.some(finding => isInFixAllScope(finding, scope));
  return { text: current, result, passes, appliedEdits, stable: !pending, failures: [...failures.values()] };
}

/** True when the text has CRLF line ends and no bare LF, so any LF a fix introduces must become CRLF too. */
function usesCrlfOnly(text: string): boolean {
  return text.includes('\r\n') && !/(?:^|[^\r])\n/.test(text);
}

function withCrlf(text: string): string {
  return text.replace(/(?<!\r)\n/g, '\r\n');
}
