// Spawning the harness's helper processes (npm, the VS Code server) with captured logs and timeouts, and stopping
// exactly the processes this run started — also when the run fails, times out or is interrupted.

import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';

/** Children still running; stopped by pid when the harness exits for any reason. */
const runningChildren = new Set<ChildProcess>();
let exitHandlersInstalled = false;

function installExitHandlers(): void {
  if (exitHandlersInstalled) return;
  exitHandlersInstalled = true;
  // 'exit' handlers must be synchronous: a last SIGKILL to each pid we started and that has not exited yet.
  process.on('exit', () => {
    for (const child of runningChildren) killQuietly(child.pid, 'SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      console.error(`e2e: received ${signal}, stopping the processes this run started`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

function killQuietly(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * The environment for a nested npm or VS Code process: without the `npm_*` variables of the `npm test` that runs
 * us (they carry this project's prefix and install-script policy into the nested install), plus `extra`.
 */
export function cleanEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.toLowerCase().startsWith('npm_')) environment[name] = value;
  }
  return { ...environment, ...extra };
}

export interface StartedProcess {
  readonly pid: number;
  readonly child: ChildProcess;
  readonly logFile: string;
  /** Settles with the exit code (or 1 for a signal) when the process ends. */
  readonly exited: Promise<number>;
  /** SIGTERM to this pid, then SIGKILL to it if it has not exited after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** Starts a process whose stdout and stderr go to `logFile`; it is stopped at harness exit if still running. */
export function startProcess(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }): StartedProcess {
  installExitHandlers();
  const log = createWriteStream(options.logFile, { flags: 'a' });
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error(`cannot start ${command}`);
  runningChildren.add(child);
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const exited = new Promise<number>(resolve => {
    child.on('error', error => {
      log.write(`\n[harness] ${command} failed to start: ${error.message}\n`);
    });
    child.on('close', (code, signal) => {
      runningChildren.delete(child);
      log.end();
      resolve(code ?? (signal ? 1 : 0));
    });
  });
  const pid = child.pid;
  return {
    pid,
    child,
    logFile: options.logFile,
    exited,
    async stop(graceMs = 10_000) {
      if (!runningChildren.has(child)) return;
      killQuietly(pid, 'SIGTERM');
      const stopped = await Promise.race([exited.then(() => true), delay(graceMs).then(() => false)]);
      if (!stopped) {
        killQuietly(pid, 'SIGKILL');
        await exited;
      }
    },
  };
}

/** Runs a command to completion with a timeout; throws with the log's tail when it fails. */
export async function runProcess(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; timeoutMs: number; description: string },
): Promise<void> {
  const started = startProcess(command, args, options);
  const timedOut = delay(options.timeoutMs).then(() => 'timeout' as const);
  const outcome = await Promise.race([started.exited, timedOut]);
  if (outcome === 'timeout') {
    await started.stop();
    throw new Error(`${options.description} did not finish within ${options.timeoutMs / 1000} s\n${tailOf(options.logFile)}`);
  }
  if (outcome !== 0) throw new Error(`${options.description} failed (exit code ${outcome})\n${tailOf(options.logFile)}`);
}

/**
 * Runs a command whose output goes straight to ours (a test suite's reporter) and returns its exit code; on
 * timeout it is stopped and the result is a failure.
 */
export async function runVisibly(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; description: string },
): Promise<number> {
  installExitHandlers();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: 'inherit' });
  runningChildren.add(child);
  const exited = new Promise<number>(resolve => {
    child.on('error', error => {
      console.error(`e2e: cannot start ${command}: ${error.message}`);
    });
    child.on('close', (code, signal) => {
      runningChildren.delete(child);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
  const outcome = await Promise.race([exited, delay(options.timeoutMs).then(() => 'timeout' as const)]);
  if (outcome !== 'timeout') return outcome;
  console.error(`e2e: ${options.description} did not finish within ${options.timeoutMs / 1000} s; stopping pid ${child.pid}`);
  killQuietly(child.pid, 'SIGTERM');
  await Promise.race([exited, delay(10_000)]);
  killQuietly(child.pid, 'SIGKILL');
  return 1;
}

/** The last lines of a log file, indented, for error messages. */
export function tailOf(logFile: string, lineCount = 60): string {
  let text: string;
  try {
    text = readFileSync(logFile, 'utf8');
  } catch {
    return `  (no log at ${logFile})`;
  }
  const lines = text.trimEnd().split('\n');
  const shown = lines.slice(-lineCount).map(line => `  | ${line}`);
  const header = lines.length > lineCount ? `  (last ${lineCount} of ${lines.length} lines of ${logFile})` : `  (${logFile})`;
  return [header, ...shown].join('\n');
}

/** A timer for racing against real work (a deadline), never for waiting on a condition. */
export function delay(milliseconds: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, milliseconds).unref());
}
