// What `check` hands to a formatter: one report per input (findings plus the positions of the text they refer to)
// and a summary at the end. Formatters turn these into text and never touch files or the engine's lint.

import { Finding, Severity, SEVERITIES } from '../engine/index';
import { PositionMap } from '../positions';

export interface FixSummary {
  /** Passes that changed the text, edits applied over all passes, and whether the file was written. */
  readonly passes: number;
  readonly appliedEdits: number;
  readonly written: boolean;
}

export interface FileReport {
  /** The path to show: relative to the working folder when inside it, `<stdin>` for standard input. */
  readonly displayPath: string;
  /** Absolute path of the file; undefined for standard input. */
  readonly absolutePath?: string;
  /** Line map of the text the findings' spans refer to (after fixing, when --fix ran). */
  readonly positions: PositionMap;
  /** The findings to print (already filtered by --quiet). */
  readonly findings: readonly Finding[];
  /** Why the input was not checked (binary, unreadable, broken config); it then has no findings. */
  readonly skipped?: string;
  /** Warnings about this input: not UTF-8, a rule that failed, fixes that did not settle. */
  readonly notices: readonly string[];
  readonly fix?: FixSummary;
}

export interface RunSummary {
  readonly filesChecked: number;
  readonly filesSkipped: number;
  readonly filesWritten: number;
  /** Printed findings per severity. */
  readonly countsBySeverity: Readonly<Record<Severity, number>>;
  /** Usage, configuration and I/O errors of the run (they make it exit with 2). */
  readonly errors: readonly string[];
}

/** A formatter builds the output in pieces so a large corpus is printed as it is checked, not held in memory. */
export interface Formatter {
  begin(): string;
  file(report: FileReport): string;
  end(summary: RunSummary): string;
}

export function emptyCounts(): Record<Severity, number> {
  return Object.fromEntries(SEVERITIES.map(severity => [severity, 0])) as Record<Severity, number>;
}

/** True when `severity` is as severe as `threshold` or more (SEVERITIES lists the most severe first). */
export function isAtOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}
