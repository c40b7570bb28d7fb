// The CLI's contact with the process: output streams, environment, working folder and reading inputs.
// Commands receive a CliIo instead of touching `process`, which keeps them plain functions of their arguments.

import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { reason, Input } from './files';

export interface OutputStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** How many threads can usefully run at once here (`os.availableParallelism()`); `check --jobs` defaults from it. */
  readonly availableParallelism: number;
  /** All of standard input, read to its end. */
  readStdin(): Uint8Array;
}

export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    availableParallelism: availableParallelism(),
    readStdin: () => readFileSync(0),
  };
}

export function printError(io: CliIo, message: string): void {
  io.stderr.write(`article-lint: error: ${message}\n`);
}

export function printWarning(io: CliIo, message: string): void {
  io.stderr.write(`article-lint: warning: ${message}\n`);
}

/** Colour only on a terminal, and never when NO_COLOR is set to a non-empty value (https://no-color.org). */
export function wantsColor(io: CliIo): boolean {
  return io.stdout.isTTY === true && !io.env.NO_COLOR;
}

/** The bytes of an input, or a message saying why they cannot be read. */
export function readInputBytes(io: Pick<CliIo, 'readStdin'>, input: Input): { bytes: Uint8Array } | { error: string } {
  try {
    return { bytes: input.kind === 'stdin' ? io.readStdin() : readFileSync(input.path) };
  } catch (error) {
    return { error: `cannot read ${input.kind === 'stdin' ? 'standard input' : input.path}: ${reason(error)}` };
  }
}
