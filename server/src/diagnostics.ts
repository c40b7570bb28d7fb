// Finding → LSP Diagnostic: range through the document's PositionMap, rule id as code with a link to its doc, noise
// faded as Unnecessary, and in `data` the content hash that lets the (stateless) code action handler find the finding
// again. Nothing in a diagnostic depends on text outside its own lines, so an edit elsewhere leaves it unchanged and a
// report that did not change can be answered `unchanged` (see `sameDiagnostics`).

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver/node';
import { Finding, isRecord, Severity } from './engine/index';
import { isPreview, LintedDocument, LintPreview } from './documents';
import { PositionMap, Range } from './positions';

export const DIAGNOSTIC_SOURCE = 'article-lint';

/**
 * Carried in `Diagnostic.data` and echoed back by the client in code action requests: the content hash of the finding
 * the diagnostic shows. With the rule (the diagnostic's code) and its range read in the current version of the
 * document, it names one finding of the server's own lint of that version (`findingOf`); a diagnostic whose range no
 * longer covers the text it was made for names none. No version and no offsets: those change with every edit above
 * the diagnostic, and the diagnostic would have to be sent again. No fixes either: the handler takes them from its
 * own lint, which keeps diagnostics small (a long document has tens of thousands) and means a client can never hand
 * the server edits to apply.
 */
export interface DiagnosticData {
  readonly hash: string;
}

const SEVERITY_TO_LSP: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

// Noise is text that should go: the editor fades it, like unused code. One array for all of them (a long document has
// tens of thousands of diagnostics; nothing changes these parts once built).
const NOISE_TAGS: DiagnosticTag[] = [DiagnosticTag.Unnecessary];

export function toDiagnostic(finding: Finding, positions: PositionMap): Diagnostic {
  const data: DiagnosticData = { hash: finding.hash };
  return {
    range: positions.rangeOf(finding.span),
    severity: SEVERITY_TO_LSP[finding.severity],
    code: finding.rule,
    codeDescription: ruleDocumentation(finding.rule),
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    ...(finding.category === 'noise' ? { tags: NOISE_TAGS } : {}),
    data,
  };
}

const documentations = new Map<string, { readonly href: string }>();

/** The rule's doc shipped with the extension: `docs/rules/<category>/<name>.md` next to the `dist/` bundle. */
export function ruleDocumentationUri(ruleId: string): string {
  return ruleDocumentation(ruleId).href;
}

/** One `codeDescription` per rule, shared by its diagnostics: building a file URL for each is slow on long documents. */
function ruleDocumentation(ruleId: string): { readonly href: string } {
  let documentation = documentations.get(ruleId);
  if (documentation === undefined) documentations.set(ruleId, (documentation = { href: pathToFileURL(join(__dirname, '..', 'docs', 'rules', `${ruleId}.md`)).href }));
  return documentation;
}

/**
 * The finding of `linted` an Article Lint diagnostic echoed back by a client shows: the same rule, the span its range
 * covers in this version, the same content hash. Undefined for anything else (another server's diagnostic, malformed
 * data, a diagnostic of an older version whose text has moved), found by binary search on the span's start.
 */
export function findingOf(linted: LintedDocument, diagnostic: Diagnostic): Finding | undefined {
  const { data, code } = diagnostic;
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof code !== 'string' || !isRecord(data) || typeof data.hash !== 'string') return undefined;
  if (!isRange(diagnostic.range)) return undefined;
  const span = linted.positions.spanOf(diagnostic.range);
  const { findings } = linted.result;
  let low = 0;
  let high = findings.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (findings[middle].span.start < span.start) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < findings.length && findings[index].span.start === span.start; index++) {
    const finding = findings[index];
    if (finding.rule === code && finding.span.end === span.end && finding.hash === data.hash) return finding;
  }
  return undefined;
}

function isRange(value: unknown): value is Range {
  return isRecord(value) && isPosition(value.start) && isPosition(value.end);
}

function isPosition(value: unknown): value is Range['start'] {
  return isRecord(value) && Number.isSafeInteger(value.line) && Number.isSafeInteger(value.character);
}

// The diagnostics last built for a section of a long document, by the section's identity, with the line it started
// on. A section starts at a line start, so its diagnostics depend only on its text and that line: after an edit in
// another section they are the same objects again. Rebuilding tens of thousands on every keystroke was most of the
// work after the lint.
const sectionDiagnostics = new WeakMap<object, { readonly startLine: number; readonly diagnostics: readonly Diagnostic[] }>();

const reportDiagnostics = new WeakMap<LintedDocument | LintPreview, readonly Diagnostic[]>();

/**
 * All diagnostics of one linted document version, or of a preview of its lint. Memoized per report: a client with
 * several diagnostic providers (diagnosticPartitions.ts) asks for the same version once per provider.
 */
export function toDiagnostics(report: LintedDocument | LintPreview): readonly Diagnostic[] {
  let diagnostics = reportDiagnostics.get(report);
  if (!diagnostics) reportDiagnostics.set(report, (diagnostics = buildDiagnostics(report)));
  return diagnostics;
}

function buildDiagnostics(report: LintedDocument | LintPreview): Diagnostic[] {
  const { positions } = report;
  if (isPreview(report)) return report.findings.map(finding => toDiagnostic(finding, positions));
  const { sections } = report.result;
  if (!sections) return report.result.findings.map(finding => toDiagnostic(finding, positions));
  const diagnostics: Diagnostic[] = [];
  for (const section of sections) {
    const startLine = positions.positionAt(section.start).line;
    let built = sectionDiagnostics.get(section.identity);
    if (built?.startLine !== startLine) {
      built = { startLine, diagnostics: section.findings.map(finding => toDiagnostic(finding, positions)) };
      sectionDiagnostics.set(section.identity, built);
    }
    for (const diagnostic of built.diagnostics) diagnostics.push(diagnostic);
  }
  return diagnostics;
}

/**
 * Whether two lists made by `toDiagnostics` are the same, item for item. Typing inside a line without findings
 * changes no diagnostic: the client is then told its report is unchanged instead of receiving tens of thousands again.
 */
export function sameDiagnostics(before: readonly Diagnostic[], after: readonly Diagnostic[]): boolean {
  if (before.length !== after.length) return false;
  for (let index = 0; index < before.length; index++) {
    const a = before[index];
    const b = after[index];
    if (a === b) continue;
    // The rest of a diagnostic (link, source, tags) follows from its code, and its data is the hash.
    if (a.code !== b.code || a.message !== b.message || a.severity !== b.severity || (a.data as DiagnosticData).hash !== (b.data as DiagnosticData).hash) return false;
    const { start: aStart, end: aEnd } = a.range;
    const { start: bStart, end: bEnd } = b.range;
    if (aStart.line !== bStart.line || aStart.character !== bStart.character || aEnd.line !== bEnd.line || aEnd.character !== bEnd.character) return false;
  }
  return true;
}
