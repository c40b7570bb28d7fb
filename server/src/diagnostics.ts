// Finding → LSP Diagnostic: range through the document's PositionMap, rule id as code with a link to its doc, noise
// faded as Unnecessary, and in `data` which finding of which version it shows, for the (stateless) code action handler.

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver/node';
import { Category, Confidence, Finding, isRecord, Severity, Span } from './engine/index';
import { isPreview, LintedDocument, LintPreview } from './documents';
import { PositionMap } from './positions';

export const DIAGNOSTIC_SOURCE = 'article-lint';

/**
 * Carried in `Diagnostic.data` and echoed back by the client in code action requests: which finding of which version
 * the diagnostic shows. Offsets are UTF-16 offsets into the text of document `version`, valid only while the document
 * is at that version. The fixes are not carried: the code action handler takes them from its own lint of that version
 * (`findingOf`), which keeps every diagnostic small (a long document has tens of thousands) and means a client can
 * never hand the server edits to apply.
 */
export interface DiagnosticData {
  readonly version: number;
  readonly rule: string;
  readonly hash: string;
  readonly category: Category;
  readonly confidence: Confidence;
  readonly span: Span;
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

const documentationUris = new Map<string, string>();

/** The rule's doc shipped with the extension: `docs/rules/<category>/<name>.md` next to the `dist/` bundle. */
export function ruleDocumentationUri(ruleId: string): string {
  // Asked for every diagnostic of every version; building a file URL is slow enough to matter on long documents.
  let uri = documentationUris.get(ruleId);
  if (uri === undefined) documentationUris.set(ruleId, (uri = pathToFileURL(join(__dirname, '..', 'docs', 'rules', `${ruleId}.md`)).href));
  return uri;
}

/** Validates `data` echoed back by a client; anything malformed (another server's diagnostic, an old build) is undefined. */
export function readDiagnosticData(data: unknown): DiagnosticData | undefined {
  if (!isRecord(data)) return undefined;
  const { version, rule, hash, category, confidence, span } = data;
  if (typeof version !== 'number' || typeof rule !== 'string' || typeof hash !== 'string') return undefined;
  if (typeof category !== 'string' || typeof confidence !== 'string' || !isSpan(span)) return undefined;
  return data as unknown as DiagnosticData;
}

/** The finding of `linted` a diagnostic's data names (same rule, span and hash), found by binary search on its start. */
export function findingOf(linted: LintedDocument, data: DiagnosticData): Finding | undefined {
  const { findings } = linted.result;
  let low = 0;
  let high = findings.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (findings[middle].span.start < data.span.start) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < findings.length && findings[index].span.start === data.span.start; index++) {
    const finding = findings[index];
    if (finding.rule === data.rule && finding.span.end === data.span.end && finding.hash === data.hash) return finding;
  }
  return undefined;
}

function isSpan(value: unknown): value is Span {
  return isRecord(value) && Number.isInteger(value.start) && Number.isInteger(value.end) && (value.start as number) <= (value.end as number);
}

/** All diagnostics of one linted document version, or of a preview of its lint. */
export function toDiagnostics(report: LintedDocument | LintPreview): Diagnostic[] {
  const findings = isPreview(report) ? report.findings : report.result.findings;
  return findings.map(finding => toDiagnostic(finding, report.positions, report.version));
}
