// Counts Article Lint diagnostics per category and per rule, and words them for the status bar.
// Pure (no vscode import), so it is unit-tested directly; statusBar.ts feeds it the diagnostics VS Code holds.

/** The `source` the language server sets on every diagnostic it publishes. */
export const DIAGNOSTIC_SOURCE = 'article-lint';

/** The parts of a diagnostic the counts read; `vscode.Diagnostic` has this shape. */
export interface CountableDiagnostic {
  readonly source?: string;
  /** The rule id `category/name`, bare or wrapped with a documentation link as `{ value, target }`. */
  readonly code?: string | number | { readonly value: string | number };
}

export interface DiagnosticCounts {
  readonly total: number;
  /** Category (the part of the rule id before the slash) → number of diagnostics. */
  readonly byCategory: ReadonlyMap<string, number>;
  /** Rule id → number of diagnostics. */
  readonly byRule: ReadonlyMap<string, number>;
}

/** Short status-bar words for the known categories, in display order; other categories follow by full name. */
const CATEGORY_LABELS: ReadonlyMap<string, string> = new Map([
  ['noise', 'noise'],
  ['characters', 'chars'],
  ['metadata', 'meta'],
  ['text', 'text'],
]);

/** A diagnostic whose code is not a `category/name` rule id is still counted, under this category. */
const UNKNOWN_CATEGORY = 'other';

/** Counts the diagnostics whose source is Article Lint's; diagnostics from other extensions are ignored. */
export function countDiagnostics(diagnostics: readonly CountableDiagnostic[]): DiagnosticCounts {
  const byCategory = new Map<string, number>();
  const byRule = new Map<string, number>();
  let total = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    const ruleId = ruleIdOf(diagnostic);
    const slash = ruleId.indexOf('/');
    const category = slash > 0 ? ruleId.slice(0, slash) : UNKNOWN_CATEGORY;
    byCategory.set(category, (byCategory.get(category) ?? 0) + 1);
    byRule.set(ruleId, (byRule.get(ruleId) ?? 0) + 1);
    total++;
  }
  return { total, byCategory, byRule };
}

function ruleIdOf(diagnostic: CountableDiagnostic): string {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return code === undefined ? UNKNOWN_CATEGORY : String(code);
}

/** Status-bar text such as `$(checklist) 3 noise · 2 chars · 4 meta`; categories without findings are left out. */
export function formatStatusText(counts: DiagnosticCounts): string {
  if (counts.total === 0) return '$(checklist) clean';
  const parts = orderedCategories(counts).map(category => `${counts.byCategory.get(category)} ${CATEGORY_LABELS.get(category) ?? category}`);
  return `$(checklist) ${parts.join(' · ')}`;
}

/** Tooltip text: the total, then one line per rule, most frequent first. */
export function formatStatusTooltip(counts: DiagnosticCounts): string {
  if (counts.total === 0) return 'Article Lint: no findings in this file';
  const rules = [...counts.byRule].sort(([idA, countA], [idB, countB]) => countB - countA || idA.localeCompare(idB));
  const lines = rules.map(([id, count]) => `${id}: ${count}`);
  const heading = `Article Lint: ${counts.total} finding${counts.total === 1 ? '' : 's'}`;
  return [heading, '', ...lines, '', 'Click to open the Problems panel'].join('\n');
}

function orderedCategories(counts: DiagnosticCounts): string[] {
  const known = [...CATEGORY_LABELS.keys()].filter(category => counts.byCategory.has(category));
  const others = [...counts.byCategory.keys()].filter(category => !CATEGORY_LABELS.has(category)).sort();
  return [...known, ...others];
}
