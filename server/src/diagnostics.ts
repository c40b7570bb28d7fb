// Finding → LSP Diagnostic: range through the document's PositionMap, rule id as code with a link to its doc, noise
// faded as Unnecessary, and in `data` everything the (stateless) code action handler needs to build fixes.

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver/node';
import { Category, Confidence, Finding, Fix, Severity, Span } from './engine/index';
import { LintedDocument } from './documents';
import { PositionMap } from './positions';

export const DIAGNOSTIC_SOURCE = 'article-lint';

/**
 * Carried in `Diagnostic.data` and echoed back by the client in code action requests. Offsets are UTF-16 offsets
 * into the text of document `version`; they are only valid while the document is still at that version.
 */
export interface DiagnosticData {
  readonly version: number;
  readonly rule: string;
  readonly hash: string;
  readonly category: Category;
  readonly confidence: Confidence;
  readonly span: Span;
  readonly fixes: readonly Fix[];
}

const SEVERITY_TO_LSP: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding, positions: PositionMap, version: number): Diagnostic {
  const data: DiagnosticData = {
    version,
    rule: finding.rule,
    hash: finding.hash,
    category: finding.category,
    confidence: finding.confidence,
    span: finding.span,
    fixes: finding.fixes,
  };
  return {
    range: positions.rangeOf(finding.span),
    severity: SEVERITY_TO_LSP[finding.severity],
    code: finding.rule,
    codeDescription: { href: ruleDocumentationUri(finding.rule) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    // Noise is text that should go: the editor fades it, like unused code.
    ...(finding.category === 'noise' ? { tags: [DiagnosticTag.Unnecessary] } : {}),
    data,
  };
}

/** The rule's doc shipped with the extension: `docs/rules/<category>/<name>.md` next to the `dist/` bundle. */
export function ruleDocumentationUri(ruleId: string): string {
  return pathToFileURL(join(__dirname, '..', 'docs', 'rules', `${ruleId}.md`)).href;
}

/** Validates `data` echoed back by a client; anything malformed (another server's diagnostic, an old build) is undefined. */
export function readDiagnosticData(data: unknown): DiagnosticData | undefined {
  if (!isRecord(data)) return undefined;
  const { version, rule, hash, category, confidence, span, fixes } = data;
  if (typeof version !== 'number' || typeof rule !== 'string' || typeof hash !== 'string') return undefined;
  if (typeof category !== 'string' || typeof confidence !== 'string' || !isSpan(span) || !Array.isArray(fixes)) return undefined;
  if (!fixes.every(isFix)) return undefined;
  return data as unknown as DiagnosticData;
}

function isFix(value: unknown): value is Fix {
  return (
    isRecord(value) &&
    typeof value.title === 'string' &&
    typeof value.kind === 'string' &&
    Array.isArray(value.edits) &&
    value.edits.every(edit => isRecord(edit) && isSpan(edit.span) && typeof edit.newText === 'string')
  );
}

function isSpan(value: unknown): value is Span {
  return isRecord(value) && Number.isInteger(value.start) && Number.isInteger(value.end) && (value.start as number) <= (value.end as number);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** All diagnostics of one linted document version. */
export function toDiagnostics(linted: LintedDocument): Diagnostic[] {
  return linted.result.findings.map(finding => toDiagnostic(finding, linted.positions, linted.version));
}
