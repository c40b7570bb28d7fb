// Hover on a finding: what rule fired (linked to its doc), why (the evidence), how sure it is, and what its fix does.

import { Hover, MarkupKind, Position } from 'vscode-languageserver/node';
import { Finding, Fix } from './engine/index';
import { ruleDocumentationUri } from './diagnostics';
import { LintedDocument } from './documents';

export function hoverAt(linted: LintedDocument, position: Position): Hover | null {
  const findings = findingsAt(linted.result.findings, linted.positions.offsetAt(position));
  if (findings.length === 0) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: findings.map(describeFinding).join('\n\n---\n\n') },
    // The innermost finding is the one under the cursor; highlight its range.
    range: linted.positions.rangeOf(findings.reduce((inner, finding) => (spanLength(finding) < spanLength(inner) ? finding : inner)).span),
  };
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

/** Findings quote scraped text, which may contain markdown or HTML; show it literally. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>&#|~]/g, '\\$&');
}
