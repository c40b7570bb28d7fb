// The human format, modelled on eslint's "stylish": findings grouped under their file as aligned
// `line:column  severity  message  rule` rows (1-based, UTF-16 columns), then one summary line.

import { Severity } from '../engine/index';
import { FileReport, Formatter, RunSummary } from './report';

export interface StylishOptions {
  /** ANSI colours; the caller decides (a TTY on stdout and no NO_COLOR). */
  readonly color: boolean;
}

type Style = 'bold' | 'dim' | 'underline' | 'red' | 'yellow' | 'blue' | 'green';
const ANSI_CODES: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  yellow: [33, 39],
  blue: [34, 39],
  green: [32, 39],
};
const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue', hint: 'dim' };

export function createStylishFormatter(options: StylishOptions): Formatter {
  const paint = (style: Style, text: string) => (options.color ? `\u001b[${ANSI_CODES[style][0]}m${text}\u001b[${ANSI_CODES[style][1]}m` : text);
  return {
    begin: () => '',
    file(report: FileReport): string {
      if (report.findings.length === 0 && !report.fix?.written) return '';
      const rows = report.findings.map(finding => {
        const { line, character } = report.positions.positionAt(finding.span.start);
        return { position: `${line + 1}:${character + 1}`, severity: finding.severity, message: oneLine(finding.message), rule: finding.rule };
      });
      const positionWidth = Math.max(0, ...rows.map(row => row.position.length));
      const severityWidth = Math.max(0, ...rows.map(row => row.severity.length));
      const messageWidth = Math.max(0, ...rows.map(row => row.message.length));
      // Padding is computed on the plain text, then colour is added, so escape codes never upset the alignment.
      const lines = rows.map(
        row =>
          `  ${paint('dim', row.position.padStart(positionWidth))}  ${paint(SEVERITY_STYLE[row.severity], row.severity.padEnd(severityWidth))}  ` +
          `${row.message.padEnd(messageWidth)}  ${paint('dim', row.rule)}`,
      );
      if (report.fix?.written) {
        const remaining = rows.length === 0 ? 'nothing left to report' : `${rows.length} left`;
        lines.push(`  ${paint('green', `fixed: ${plural(report.fix.appliedEdits, 'edit')} in ${plural(report.fix.passes, 'pass', 'passes')}, ${remaining}`)}`);
      }
      return `\n${paint('underline', report.displayPath)}\n${lines.join('\n')}\n`;
    },
    end(summary: RunSummary): string {
      const counts = summary.countsBySeverity;
      const total = counts.error + counts.warning + counts.info + counts.hint;
      const extras = [
        summary.filesSkipped > 0 ? `${plural(summary.filesSkipped, 'file')} skipped` : '',
        summary.filesWritten > 0 ? `${plural(summary.filesWritten, 'file')} fixed` : '',
        summary.errors.length > 0 ? `${plural(summary.errors.length, 'error')} (see stderr)` : '',
      ].filter(Boolean);
      const tail = extras.length > 0 ? ` · ${extras.join(' · ')}` : '';
      const checked = `${plural(summary.filesChecked, 'file')} checked`;
      // A run that hit I/O or config errors is not a clean run, even when the files it did read had no findings.
      if (total === 0 && summary.errors.length > 0) return `\n${paint('red', `✖ ${checked}`)}${tail}\n`;
      if (total === 0) return `\n${paint('green', `✔ ${checked}, no problems`)}${tail}\n`;
      const breakdown = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info, ${plural(counts.hint, 'hint')}`;
      const style: Style = counts.error > 0 ? 'red' : counts.warning > 0 ? 'yellow' : 'blue';
      return `\n${paint(style, paint('bold', `✖ ${plural(total, 'problem')} (${breakdown})`))} in ${checked}${tail}\n`;
    },
  };
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Messages are one sentence, but a rule quoting text could carry a line break; the row format cannot. */
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}
