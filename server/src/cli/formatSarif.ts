// SARIF 2.1.0 for code-scanning tools: one run with every rule's metadata, one result per finding with its region
// and fixes. Regions are 1-based lines and 1-based columns counted in UTF-16 code units (`columnKind`
// "utf16CodeUnits", SARIF's default); endColumn is exclusive, as SARIF defines it.

import { pathToFileURL } from 'node:url';
import { Finding, RULES, Severity } from '../engine/index';
import { PositionMap } from '../positions';
import { FileReport, Formatter, RunSummary } from './report';

export interface SarifOptions {
  readonly toolVersion: string;
  /** Folder that relative artifact URIs are based on (`%SRCROOT%`): the working folder. */
  readonly sourceRoot: string;
  /** Absolute folder of the rule docs (`docs/rules`); each rule's helpUri is `<folder>/<rule id>.md` as a file URI. */
  readonly ruleDocsFolder: string;
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
const SOURCE_ROOT_ID = '%SRCROOT%';

export function createSarifFormatter(options: SarifOptions): Formatter {
  const ruleIndexById = new Map(RULES.map((rule, index) => [rule.id, index]));
  const notifications: object[] = [];
  let resultsWritten = 0;
  const docsBase = pathToFileURL(options.ruleDocsFolder).href.replace(/\/?$/, '/');

  return {
    begin(): string {
      const rules = RULES.map(rule => ({
        id: rule.id,
        shortDescription: { text: rule.summary },
        helpUri: `${docsBase}${rule.id.split('/').map(encodeURIComponent).join('/')}.md`,
        defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
        properties: { category: rule.category, defaultSeverity: rule.defaultSeverity },
      }));
      const head = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
      };
      const driver = { name: 'article-lint', version: options.toolVersion, rules };
      const base = { [SOURCE_ROOT_ID]: { uri: pathToFileURL(options.sourceRoot).href.replace(/\/?$/, '/') } };
      // The run object is opened by hand so results can be streamed into it file by file.
      return (
        `${JSON.stringify(head).slice(0, -1)},"runs":[{"tool":${JSON.stringify({ driver })},` +
        `"columnKind":"utf16CodeUnits","originalUriBaseIds":${JSON.stringify(base)},"results":[`
      );
    },
    file(report: FileReport): string {
      const location = artifactLocation(report, options.sourceRoot);
      for (const notice of [...(report.skipped !== undefined ? [`skipped: ${report.skipped}`] : []), ...report.notices]) {
        notifications.push({ level: 'warning', message: { text: notice }, locations: [{ physicalLocation: { artifactLocation: location } }] });
      }
      return report.findings
        .map(finding => `${resultsWritten++ === 0 ? '' : ','}\n${JSON.stringify(toResult(finding, report.positions, location, ruleIndexById))}`)
        .join('');
    },
    end(summary: RunSummary): string {
      const invocation = {
        executionSuccessful: summary.errors.length === 0,
        toolExecutionNotifications: [...notifications, ...summary.errors.map(error => ({ level: 'error', message: { text: error } }))],
      };
      return `\n],"invocations":[${JSON.stringify(invocation)}]}]}\n`;
    },
  };
}

function toResult(finding: Finding, positions: PositionMap, location: object, ruleIndexById: ReadonlyMap<string, number>) {
  const ruleIndex = ruleIndexById.get(finding.rule);
  return {
    ruleId: finding.rule,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: SARIF_LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: location, region: toRegion(positions, finding.span) } }],
    // The content hash survives line shifts, so code-scanning tools can match a result across re-scrapes.
    partialFingerprints: { 'articleLintContentHash/v1': finding.hash },
    fixes: finding.fixes.map(fix => ({
      description: { text: fix.title },
      artifactChanges: [
        {
          artifactLocation: location,
          replacements: fix.edits.map(edit => ({ deletedRegion: toRegion(positions, edit.span), insertedContent: { text: edit.newText } })),
        },
      ],
    })),
    properties: {
      category: finding.category,
      severity: finding.severity,
      confidence: finding.confidence,
      evidence: finding.evidence,
      ...(finding.tag ? { tag: finding.tag } : {}),
    },
  };
}

/** SARIF regions are 1-based; an empty span (an insertion point) has endColumn equal to startColumn. */
function toRegion(positions: PositionMap, span: { start: number; end: number }) {
  const range = positions.rangeOf(span);
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function artifactLocation(report: FileReport, sourceRoot: string): object {
  if (report.absolutePath === undefined) return { uri: 'stdin', description: { text: 'standard input' } };
  const root = sourceRoot.replace(/[\\/]?$/, '/');
  if (report.absolutePath.startsWith(root)) {
    const relative = report.absolutePath.slice(root.length).split(/[\\/]/).map(encodeURIComponent).join('/');
    return { uri: relative, uriBaseId: SOURCE_ROOT_ID };
  }
  return { uri: pathToFileURL(report.absolutePath).href };
}
