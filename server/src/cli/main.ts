// Entry point of the `article-lint` command (bundled to dist/cli.js): parses the arguments, runs one command and
// sets the exit code. Unexpected exceptions exit with 2, so they are never mistaken for "findings" (1).
// The same bundle is the script of `check`'s worker threads: started with a check worker's workerData, it runs that.

import { resolve } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { version } from '../../../package.json';
import { CheckFormat, parseArguments, UsageError } from './arguments';
import { runCheck } from './check';
import { isCheckWorkerData, runCheckWorker } from './checkWorker';
import { EXIT_CLEAN, EXIT_ERROR } from './exitCodes';
import { runEntities } from './entities';
import { runExport, runImport } from './exchange';
import { runExtract } from './extract';
import { createJsonFormatter } from './formatJson';
import { createSarifFormatter } from './formatSarif';
import { createStylishFormatter } from './formatStylish';
import { helpText } from './help';
import { CliIo, printError, processIo, wantsColor } from './io';
import { Formatter } from './report';
import { runRules } from './rulesCommand';

function main(argv: readonly string[], io: CliIo): number | Promise<number> {
  let command;
  try {
    command = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    printError(io, error.message);
    io.stderr.write('Run "article-lint --help" for usage.\n');
    return EXIT_ERROR;
  }
  switch (command.command) {
    case 'help':
      io.stdout.write(helpText(command.topic));
      return EXIT_CLEAN;
    case 'version':
      io.stdout.write(`${version}\n`);
      return EXIT_CLEAN;
    case 'rules':
      return runRules(command, io);
    case 'extract':
      return runExtract(command, io);
    case 'entities':
      return runEntities(command, io);
    case 'export':
      return runExport(command, io);
    case 'import':
      return runImport(command, io);
    case 'check':
      // The bundle's own path (esbuild keeps __filename): worker threads run this same file.
      return runCheck(command, io, createFormatter(command.format, io), __filename);
  }
}

function createFormatter(format: CheckFormat, io: CliIo): Formatter {
  switch (format) {
    case 'json':
      return createJsonFormatter();
    case 'sarif':
      // dist/cli.js sits next to docs/ in the package, so the rule docs are one folder up from the bundle.
      return createSarifFormatter({ toolVersion: version, sourceRoot: io.cwd, ruleDocsFolder: resolve(__dirname, '..', 'docs', 'rules') });
    case 'stylish':
      return createStylishFormatter({ color: wantsColor(io) });
  }
}

function runCommandLine(): void {
  // A reader that stops early (`| head`) closes the pipe; that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_CLEAN);
    throw error;
  });

  const io = processIo();
  const reportInternalError = (error: unknown) => {
    printError(io, `internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = EXIT_ERROR;
  };
  // exitCode rather than exit(), so output still buffered for a pipe is flushed before the process ends.
  void Promise.resolve()
    .then(() => main(process.argv.slice(2), io))
    .then(exitCode => {
      process.exitCode = exitCode;
    }, reportInternalError);
}

if (!isMainThread && parentPort !== null && isCheckWorkerData(workerData)) runCheckWorker(workerData, parentPort);
else runCommandLine();
