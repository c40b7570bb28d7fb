// `check --fix`: applies the fix-all edits of one scope, re-lints and repeats until nothing in scope changes the
// text (a removal can expose a new noise line next to it), keeping the file's line-ending style.

import { applyEdits, fixAllEdits, FixAllScope, isInFixAllScope, lintArticle, LintOptions, LintResult, RuleFailure } from '../engine/index';

/** Enough for cascades (a share bar revealed after a menu goes); more passes would mean two fixes undoing each other. */
export const MAX_FIX_PASSES = 10;

export interface FixOutcome {
  /** The lint of the final text: what remains to report. */
  readonly result: LintResult;
  /** Passes that changed the text. */
  readonly passes: number;
  readonly appliedEdits: number;
  /** False when the text still changed on the last allowed pass. */
  readonly stable: boolean;
  /** Rules that threw on any pass, once each. */
  readonly failures: readonly RuleFailure[];
}

export function fixUntilStable(text: string, options: LintOptions, scope: FixAllScope): FixOutcome {
  const crlfOnly = usesCrlfOnly(text);
  let result = lintArticle(text, options);
  const failures = new Map(result.failures.map(failure => [failure.rule, failure]));
  let passes = 0;
  let appliedEdits = 0;
  while (passes < MAX_FIX_PASSES) {
    const inScope = result.findings.filter(finding => isInFixAllScope(finding, scope));
    if (inScope.length === 0) return { result, passes, appliedEdits, stable: true, failures: [...failures.values()] };
    const applied = applyEdits(result.article.tagged.source, fixAllEdits(result.article, inScope));
    const next = crlfOnly ? withCrlf(applied.text) : applied.text;
    if (next === result.article.tagged.source) return { result, passes, appliedEdits, stable: true, failures: [...failures.values()] };
    passes++;
    appliedEdits += applied.applied.length;
    result = lintArticle(next, options);
    for (const failure of result.failures) if (!failures.has(failure.rule)) failures.set(failure.rule, failure);
  }
  const pending = result.findings.some(finding => isInFixAllScope(finding, scope));
  return { result, passes, appliedEdits, stable: !pending, failures: [...failures.values()] };
}

/** True when the text has CRLF line ends and no bare LF, so any LF a fix introduces must become CRLF too. */
function usesCrlfOnly(text: string): boolean {
  return text.includes('\r\n') && !/(?:^|[^\r])\n/.test(text);
}

function withCrlf(text: string): string {
  return text.replace(/(?<!\r)\n/g, '\r\n');
}
