// Shared machinery of the line-based noise rules: match lines, group matched lines that touch (only blank lines
// between them) into one block, and report one finding per block with a fix that removes the block.

import { Article } from '../../article';
import { removeLinesFix } from '../../fixes';
import { FindingDraft, Rule, RuleContext } from '../../rule';
import { Confidence, Severity, Span } from '../../types';
import { isInsideBody, Layout, LineFeatures, layoutOf } from './layout';

/** Why one line matched: a short phrase quoted in the evidence, e.g. `"Share on Facebook" is a share button`. */
export interface LineMatch {
  readonly reason: string;
  readonly confidence?: Confidence;
  /**
   * The line is one generic word or phrase ("Profile", "Discussion", "Today") that could be a subhead: inside the
   * article body it counts only when another line of the same block matched too.
   */
  readonly needsCompanyInBody?: boolean;
}

export interface LineMatcherInput {
  readonly article: Article;
  readonly layout: Layout;
  readonly lineIndex: number;
  readonly features: LineFeatures;
  readonly context: RuleContext;
}

/** The first non-space to the last non-space character of lines `first..last`. */
export function trimmedLinesSpan(article: Article, first: number, last: number): Span {
  const firstLine = article.lines[first];
  const lastLine = article.lines[last];
  const leading = firstLine.text.length - firstLine.text.trimStart().length;
  return { start: firstLine.span.start + leading, end: lastLine.span.start + lastLine.text.trimEnd().length };
}

/** A finding covering lines `first..last` with a fix that removes them. */
export function linesFinding(
  article: Article,
  first: number,
  last: number,
  message: string,
  evidence: string,
  confidence: Confidence = 'high',
): FindingDraft {
  const lineCount = last - first + 1;
  return {
    span: trimmedLinesSpan(article, first, last),
    message,
    evidence,
    confidence,
    fixes: [removeLinesFix(article, first, last, lineCount === 1 ? 'Remove this line' : `Remove these ${lineCount} lines`)],
  };
}

/** Groups sorted line indices into runs; two matched lines belong to one run when only blank lines separate them. */
export function groupTouchingLines(article: Article, lineIndices: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const index of lineIndices) {
    const previous = runs[runs.length - 1];
    if (previous && onlyBlankLinesBetween(article, previous[1], index)) previous[1] = index;
    else runs.push([index, index]);
  }
  return runs;
}

function onlyBlankLinesBetween(article: Article, before: number, after: number): boolean {
  for (let index = before + 1; index < after; index++) if (!article.lines[index].isBlank) return false;
  return true;
}

export interface LineRuleDefinition {
  readonly id: string;
  readonly summary: string;
  readonly defaultSeverity?: Severity;
  /** Decides whether one non-blank line is this kind of noise, and why. */
  readonly matchLine: (input: LineMatcherInput) => LineMatch | undefined;
  /** The message of a block of `lineCount` matched lines. */
  readonly message: (lineCount: number) => string;
}

/**
 * A noise rule that matches single lines and reports each block of touching matched lines once. The block's
 * confidence is the lowest of its lines'; its evidence quotes up to three of the lines' reasons.
 */
export function defineLineRule(definition: LineRuleDefinition): Rule {
  return {
    id: definition.id,
    category: 'noise',
    defaultSeverity: definition.defaultSeverity ?? 'warning',
    summary: definition.summary,
    check(article, context) {
      const layout = layoutOf(article);
      const matches = matchNonBlankLines(article, layout, context, definition.matchLine);
      const runs = groupTouchingLines(article, [...matches.keys()]).filter(
        ([first, last]) => first !== last || !matches.get(first)?.needsCompanyInBody || !isInsideBody(layout, first),
      );
      return runs.map(([first, last]) => {
        const run = summarizeRun(first, last, matches, 3);
        const more = run.matched > run.reasons.length ? `; and ${run.matched - run.reasons.length} more line(s) like these` : '';
        return linesFinding(article, first, last, definition.message(run.matched), run.reasons.join('; ') + more, run.confidence);
      });
    },
  };
}

/** Quotes a line (or its start) for evidence text. */
export function quote(text: string, maxLength = 60): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return `"${collapsed.length > maxLength ? collapsed.slice(0, maxLength - 1) + '…' : collapsed}"`;
}

export interface AnchoredRuleDefinition {
  readonly id: string;
  readonly summary: string;
  readonly defaultSeverity?: Severity;
  /** A line that is certainly this kind of noise (a cookie notice sentence, "Subscribe for unlimited access"). */
  readonly matchAnchor: (input: LineMatcherInput) => LineMatch | undefined;
  /** A line that belongs to the prompt only when it sits next to an anchor (buttons such as "Accept", "Sign up"). */
  readonly matchSatellite: (input: LineMatcherInput) => boolean;
  /** What the evidence calls satellite lines (default "button/link line"). */
  readonly satelliteNoun?: string;
  readonly message: (lineCount: number) => string;
}

/**
 * A noise rule for prompts and banners: anchor lines are found first, then the block grows over neighbouring
 * satellite lines (buttons, links) so "We use cookies… / Accept / Manage options" is one finding, not three.
 */
export function defineAnchoredRule(definition: AnchoredRuleDefinition): Rule {
  return {
    id: definition.id,
    category: 'noise',
    defaultSeverity: definition.defaultSeverity ?? 'warning',
    summary: definition.summary,
    check(article, context) {
      const layout = layoutOf(article);
      const input = (lineIndex: number): LineMatcherInput => ({ article, layout, lineIndex, features: layout.features[lineIndex], context });
      const anchors = matchNonBlankLines(article, layout, context, definition.matchAnchor);
      const members = new Set(anchors.keys());
      for (const anchor of anchors.keys()) {
        for (const step of [-1, 1]) {
          let index = nextNonBlank(article, anchor, step);
          while (index >= 0 && index < article.lines.length && !members.has(index) && definition.matchSatellite(input(index))) {
            members.add(index);
            index = nextNonBlank(article, index, step);
          }
        }
      }
      return groupTouchingLines(article, [...members].sort((a, b) => a - b)).map(([first, last]) => {
        const run = summarizeRun(first, last, anchors, 2);
        // Blank lines never join a run, so the lines of the run that are not anchors are its satellites.
        const satellites = countNonBlankLines(article, first, last) - run.matched;
        const extra = satellites > 0 ? `; with ${satellites} ${definition.satelliteNoun ?? 'button/link line'}(s) next to it` : '';
        return linesFinding(article, first, last, definition.message(run.matched + satellites), run.reasons.join('; ') + extra, run.confidence);
      });
    },
  };
}

/** Runs `match` on every non-blank line; the lines that matched, in line order, with why. */
function matchNonBlankLines(
  article: Article,
  layout: Layout,
  context: RuleContext,
  match: (input: LineMatcherInput) => LineMatch | undefined,
): Map<number, LineMatch> {
  const matches = new Map<number, LineMatch>();
  for (const line of article.lines) {
    if (line.isBlank) continue;
    const found = match({ article, layout, lineIndex: line.index, features: layout.features[line.index], context });
    if (found) matches.set(line.index, found);
  }
  return matches;
}

/** The reasons (up to `maxReasons`), the lowest confidence and the number of matched lines of a run. */
function summarizeRun(first: number, last: number, matches: ReadonlyMap<number, LineMatch>, maxReasons: number) {
  const reasons: string[] = [];
  let confidence: Confidence = 'high';
  let matched = 0;
  for (let index = first; index <= last; index++) {
    const match = matches.get(index);
    if (!match) continue;
    matched++;
    if (reasons.length < maxReasons) reasons.push(match.reason);
    if (match.confidence === 'medium') confidence = 'medium';
  }
  return { reasons, confidence, matched };
}

function countNonBlankLines(article: Article, first: number, last: number): number {
  let count = 0;
  for (let index = first; index <= last; index++) if (!article.lines[index].isBlank) count++;
  return count;
}

/** The next non-blank line from `index` in direction `step` (±1), at most one blank line away; -1 if none. */
function nextNonBlank(article: Article, index: number, step: number): number {
  let next = index + step;
  let blanks = 0;
  while (next >= 0 && next < article.lines.length && article.lines[next].isBlank) {
    if (++blanks > 1) return -1;
    next += step;
  }
  return next >= 0 && next < article.lines.length ? next : -1;
}
