// `article-lint check`: finds the inputs, lints each with its resolved options (fixing and writing back with --fix),
// streams the reports through the chosen formatter and decides the exit code (0 clean, 1 findings, 2 errors).

import { writeFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { Finding, lintArticle, LintResult, RuleFailure } from '../engine/index';
import { PositionMap } from '../positions';
import { CheckArguments } from './arguments';
import { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS } from './exitCodes';
import { ConfigResolver } from './configs';
import { decodeArticleBytes } from './decode';
import { discoverInputs, Input, reason } from './files';
import { fixUntilStable, MAX_FIX_PASSES } from './fixing';
import { CliIo, printError, printWarning, readInputBytes } from './io';
import { ProgressLine } from './progress';
import { emptyCounts, FileReport, FixSummary, Formatter, isAtOrAbove } from './report';

export function runCheck(args: CheckArguments, io: CliIo, formatter: Formatter): number {
  const errors: string[] = [];
  // Created once the inputs are known; messages before that have no progress line to clear.
  let progress: ProgressLine | undefined;
  const error = (message: string) => {
    progress?.clear();
    printError(io, message);
    errors.push(message);
  };
  const warn = (message: string) => {
    progress?.clear();
    printWarning(io, message);
  };
  const write = (text: string) => {
    if (text === '') return;
    // Only output that lands on the same terminal has to move the progress line out of the way.
    if (io.stdout.isTTY) progress?.clear();
    io.stdout.write(text);
  };

  const configResolver = new ConfigResolver(args.configPath, args.ruleSettings, warn, io.cwd);
  const explicitConfigProblem = configResolver.checkExplicitConfig();
  if (explicitConfigProblem?.kind === 'config-error') {
    error(`broken config file: ${explicitConfigProblem.message}`);
    return EXIT_ERROR;
  }

  const discovered = discoverInputs(args.paths, io.cwd);
  progress = new ProgressLine(io.stderr, discovered.inputs.length, !args.quiet && discovered.inputs.length > 1);
  for (const message of discovered.errors) error(message);
  if (discovered.inputs.length === 0) {
    if (discovered.errors.length === 0) error(`no *.txt or *.article files found in ${args.paths.join(', ')}`);
    return EXIT_ERROR;
  }

  const counts = emptyCounts();
  const reportedConfigErrors = new Set<string>();
  let failingFindings = 0;
  let filesSkipped = 0;
  let filesWritten = 0;
  write(formatter.begin());
  for (const input of discovered.inputs) {
    const displayPath = input.kind === 'stdin' ? '<stdin>' : displayPathOf(input.path, io.cwd);
    const checked = checkInput(input, args, io, configResolver);
    if (checked.error !== undefined) {
      if (checked.configPath === undefined || !reportedConfigErrors.has(checked.configPath)) error(checked.error);
      if (checked.configPath !== undefined) reportedConfigErrors.add(checked.configPath);
    }
    if (checked.skipped !== undefined) {
      filesSkipped++;
      if (checked.error === undefined) warn(`${displayPath}: skipped: ${checked.skipped}`);
    }
    for (const notice of checked.notices) warn(`${displayPath}: ${notice}`);
    if (checked.fix?.written) filesWritten++;
    const failing = checked.findings.filter(finding => isAtOrAbove(finding.severity, args.failOn));
    failingFindings += failing.length;
    const shown = args.quiet ? failing : checked.findings;
    for (const finding of shown) counts[finding.severity]++;
    const report: FileReport = {
      displayPath,
      ...(input.kind === 'file' ? { absolutePath: input.path } : {}),
      positions: checked.positions,
      findings: shown,
      ...(checked.skipped !== undefined ? { skipped: checked.skipped } : {}),
      notices: checked.notices,
      ...(checked.fix ? { fix: checked.fix } : {}),
    };
    write(formatter.file(report));
    progress.advance(checked.bytes);
  }
  progress.clear();
  write(
    formatter.end({
      filesChecked: discovered.inputs.length - filesSkipped,
      filesSkipped,
      filesWritten,
      countsBySeverity: counts,
      errors,
    }),
  );
  if (errors.length > 0) return EXIT_ERROR;
  return failingFindings > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}

interface CheckedInput {
  readonly bytes: number;
  readonly positions: PositionMap;
  readonly findings: readonly Finding[];
  readonly skipped?: string;
  /** An I/O or config error: printed once and makes the run exit with 2. */
  readonly error?: string;
  /** The broken config file behind `error`, so its message is printed once for all the files it governs. */
  readonly configPath?: string;
  readonly notices: readonly string[];
  readonly fix?: FixSummary;
}

const NO_TEXT = new PositionMap('');

function checkInput(input: Input, args: CheckArguments, io: CliIo, configResolver: ConfigResolver): CheckedInput {
  const read = readInputBytes(io, input);
  if ('error' in read) return { bytes: 0, positions: NO_TEXT, findings: [], skipped: 'unreadable', error: read.error, notices: [] };
  const bytes = read.bytes.byteLength;
  const decoded = decodeArticleBytes(read.bytes);
  if (decoded.kind === 'skipped') return { bytes, positions: NO_TEXT, findings: [], skipped: decoded.reason, notices: [] };

  const resolved = configResolver.optionsFor(input.kind === 'file' ? input.path : undefined);
  if (resolved.kind === 'config-error') {
    return {
      bytes,
      positions: NO_TEXT,
      findings: [],
      skipped: `not checked: broken config file ${resolved.configPath}`,
      error: `broken config file: ${resolved.message}`,
      configPath: resolved.configPath,
      notices: [],
    };
  }

  const notices = [...decoded.notices];
  let result: LintResult;
  let failures: readonly RuleFailure[];
  let fix: FixSummary | undefined;
  let error: string | undefined;
  // A file read with replacement characters would lose its undecodable bytes if written back, so it is only linted.
  if (args.fixScope !== undefined && input.kind === 'file' && decoded.isValidUtf8) {
    const outcome = fixUntilStable(decoded.text, resolved.options, args.fixScope);
    result = outcome.result;
    failures = outcome.failures;
    const changed = result.article.text !== decoded.text;
    if (changed) {
      try {
        writeFileSync(input.path, (decoded.hasByteOrderMark ? '\uFEFF' : '') + result.article.text, 'utf8');
      } catch (writeError) {
        error = `cannot write ${input.path}: ${reason(writeError)}`;
      }
    }
    fix = { passes: outcome.passes, appliedEdits: outcome.appliedEdits, written: changed && error === undefined };
    if (!outcome.stable) notices.push(`fixes were still changing the text after ${MAX_FIX_PASSES} passes; some remain unapplied`);
  } else {
    result = lintArticle(decoded.text, resolved.options);
    failures = result.failures;
  }
  for (const failure of failures) notices.push(`rule ${failure.rule} failed and was skipped: ${failure.message}`);
  // With a failed write the file still holds the original text, whose positions the fixed findings do not match.
  if (error !== undefined) result = lintArticle(decoded.text, resolved.options);
  return {
    bytes,
    positions: new PositionMap(result.article.text),
    findings: result.findings,
    ...(error !== undefined ? { error } : {}),
    notices,
    ...(fix ? { fix } : {}),
  };
}

/** Relative to the working folder when the file is inside it (short and clickable in terminals), else absolute. */
export function displayPathOf(path: string, cwd: string): string {
  const fromCwd = relative(cwd, path);
  return fromCwd === '' || fromCwd.startsWith('..') || isAbsolute(fromCwd) ? path : fromCwd;
}
