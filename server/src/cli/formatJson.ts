// The machine format: `{"files":[{"path","findings":[…]}]}`, one file per line, with 0-based line/character ranges
// in UTF-16 code units (LSP positions). Fields after the required ones are additions consumers may ignore.
//
// Per finding, required: rule, category, severity, message, range, fixes[{title, edits[{range, newText}]}].
// Added after them: fixes[].kind (remove | repair | tag); evidence (why the rule fired); confidence (high | medium);
// hash (content hash of the span, the key of ignoredBlocks); tag (the inline tag a metadata fix wraps in), if any.
// Per file, added after path and findings, only when they apply: skipped (why the input was not checked),
// notices (warnings such as "not valid UTF-8"), fix {passes, appliedEdits, written} when --fix ran.

import { Finding } from '../engine/index';
import { PositionMap } from '../positions';
import { FileReport, Formatter } from './report';

export function createJsonFormatter(): Formatter {
  let filesWritten = 0;
  return {
    begin: () => '{"files":[',
    file(report: FileReport): string {
      const entry = {
        path: report.displayPath,
        findings: report.findings.map(finding => toJsonFinding(finding, report.positions)),
        ...(report.skipped !== undefined ? { skipped: report.skipped } : {}),
        ...(report.notices.length > 0 ? { notices: report.notices } : {}),
        ...(report.fix ? { fix: report.fix } : {}),
      };
      return `${filesWritten++ === 0 ? '' : ','}\n${JSON.stringify(entry)}`;
    },
    end: () => (filesWritten === 0 ? ']}\n' : '\n]}\n'),
  };
}

function toJsonFinding(finding: Finding, positions: PositionMap) {
  return {
    rule: finding.rule,
    category: finding.category,
    severity: finding.severity,
    message: finding.message,
    range: positions.rangeOf(finding.span),
    fixes: finding.fixes.map(fix => ({
      title: fix.title,
      edits: fix.edits.map(edit => ({ range: positions.rangeOf(edit.span), newText: edit.newText })),
      kind: fix.kind,
    })),
    evidence: finding.evidence,
    confidence: finding.confidence,
    hash: finding.hash,
    ...(finding.tag ? { tag: finding.tag } : {}),
  };
}
