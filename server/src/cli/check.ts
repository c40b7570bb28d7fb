// `article-lint check`: finds the inputs, lints each with its resolved options (fixing and writing back with --fix),
// streams the reports through the chosen formatter and decides the exit code (0 clean, 1 findings, 2 errors).
// Large runs are checked in worker threads; their results are reported here, in input order, as the serial run would.

import { isAbsolute, relative } from 'node:path';
import { PositionMap } from '../positions';
import { CheckArguments } from './arguments';
import { CheckedInput, InputCheckSettings, InputChecker } from './checkInput';
import { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS } from './exitCodes';
import { discoverInputs, Input } from './files';
import { CliIo, printError, printWarning } from './io';
import { checkInWorkers, planParallelCheck, WorkerFailure } from './parallelCheck';
import { ProgressLine } from './progress';
import { emptyCounts, FileReport, Formatter } from './report';

/** @param workerScriptPath the script worker threads run: the CLI bundle, which turns into a check worker. */
export async function runCheck(args: CheckArguments, io: CliIo, formatter: Formatter, workerScriptPath: string): Promise<number> {
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

  // Every thread loads config files for itself, so the same warning can come back from several; it is printed once.
  const printedConfigWarnings = new Set<string>();
  const warnAboutConfig = (warnings: readonly string[]) => {
    for (const warning of warnings) {
      if (printedConfigWarnings.has(warning)) continue;
      printedConfigWarnings.add(warning);
      warn(warning);
    }
  };

  const settings: InputCheckSettings = {
    ...(args.fixScope !== undefined ? { fixScope: args.fixScope } : {}),
    ...(args.configPath !== undefined ? { configPath: args.configPath } : {}),
    ruleSettings: args.ruleSettings,
    failOn: args.failOn,
    quiet: args.quiet,
    workingFolder: io.cwd,
  };
  const checker = new InputChecker(settings, io);
  const explicitConfig = checker.checkExplicitConfig();
  warnAboutConfig(explicitConfig.configWarnings);
  if (explicitConfig.problem?.kind === 'config-error') {
    error(`broken config file: ${explicitConfig.problem.message}`);
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
  const report = (input: Input, checked: CheckedInput) => {
    const displayPath = input.kind === 'stdin' ? '<stdin>' : displayPathOf(input.path, io.cwd);
    warnAboutConfig(checked.configWarnings);
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
    failingFindings += checked.failingFindings;
    for (const finding of checked.shownFindings) counts[finding.severity]++;
    const fileReport: FileReport = {
      displayPath,
      ...(input.kind === 'file' ? { absolutePath: input.path } : {}),
      positions: new PositionMap(checked.text),
      findings: checked.shownFindings,
      ...(checked.skipped !== undefined ? { skipped: checked.skipped } : {}),
      notices: checked.notices,
      ...(checked.fix ? { fix: checked.fix } : {}),
    };
    write(formatter.file(fileReport));
  };

  write(formatter.begin());
  const parallelPlan = planParallelCheck(discovered.inputs, args.jobs, io.availableParallelism);
  if (parallelPlan === undefined) {
    for (const input of discovered.inputs) {
      const checked = checker.check(input);
      report(input, checked);
      progress.advance(checked.bytes);
    }
  } else {
    const inputs = discovered.inputs;
    const activeProgress = progress;
    try {
      await checkInWorkers({
        workerScriptPath,
        plan: parallelPlan,
        settings,
        onArrival: checked => activeProgress.advance(checked.bytes),
        onInOrder: (index, checked) => report(inputs[index], checked),
      });
    } catch (failure) {
      if (!(failure instanceof WorkerFailure)) throw failure;
      // The report cannot be completed, so it is left unfinished, as after any internal error.
      error(`${failure.message}; run with --jobs 1 to check in one thread`);
      return EXIT_ERROR;
    }
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

/** Relative to the working folder when the file is inside it (short and clickable in terminals), else absolute. */
export function displayPathOf(path: string, cwd: string): string {
  const fromCwd = relative(cwd, path);
  return fromCwd === '' || fromCwd.startsWith('..') || isAbsolute(fromCwd) ? path : fromCwd;
}
