// Hover on a finding: what rule fired (linked to its doc), why (the evidence), how sure it is, and what its fix does;
// followed by the entity section (entities.ts) when the cursor is also on a name.

import { Hover, MarkupKind, Position, Range } from 'vscode-languageserver/node';
import { Finding, Fix } from './engine/index';
import { ruleDocumentationUri } from './diagnostics';
import { LintedDocument } from './documents';

/**
 * Findings come first: they ask the user to act (a name inside a noise block is about to be deleted with it), while the
 * entity section only informs. The range is the innermost finding's, or the mention's when there is no finding.
 */
export function hoverAt(linted: LintedDocument, position: Position, entity?: { readonly markdown: string; readonly range: Range }): Hover | null {
  const findings = findingsAt(linted.result.findings, linted.positions.offsetAt(position));
  const sections = findings.map(describeFinding);
  if (entity) sections.push(entity.markdown);
  // The innermost finding is the one under the cursor; highlight its range.
  const range =
    findings.length > 0 ? linted.positions.rangeOf(findings.reduce((inner, finding) => (spanLength(finding) < spanLength(inner) ? finding : inner)).span) : entity?.range;
  return range ? { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range } : null;
}

function describeFinding(finding: Finding): string {
  const lines = [
    `**[${finding.rule}](${ruleDocumentationUri(finding.rule)})** · ${finding.category} · ${finding.severity} · confidence ${finding.confidence}`,
    '',
    escapeMarkdown(finding.message),
    '',
    `*Why:* ${escapeMarkdown(finding.evidence)}`,
  ];
  const [preferred, ...others] = finding.fixes;
  lines.push('', preferred ? `*Fix:* ${describeFix(preferred)}` : '*Fix:* none offered; edit the text by hand or ignore the finding.');
  for (const fix of others) lines.push(`*Also:* ${describeFix(fix)}`);
  return lines.join('\n');
}

function describeFix(fix: Fix): string {
  const effect =
    fix.kind === 'remove'
      ? 'deletes this block.'
      : fix.kind === 'repair'
        ? 'rewrites the broken characters in place; no words are lost.'
        : 'wraps the passage in an inline tag; nothing is deleted.';
  return `${escapeMarkdown(fix.title)} — ${effect}`;
}

/** The findings whose span contains `offset` (an empty span contains only its own offset). */
function findingsAt(findings: readonly Finding[], offset: number): Finding[] {
  return findings.filter(finding =>
    finding.span.start === finding.span.end ? offset === finding.span.start : finding.span.start <= offset && offset < finding.span.end,
  );
}

function spanLength(finding: Finding): number {
  return finding.span.end - finding.span.start;
}

/** Findings and entities quote scraped text, which may contain markdown or HTML; show it literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>&#|~]/g, '\\$&');
}
