// The main-thread side of a parallel `check`: decides whether a run is worth worker threads, cuts the inputs into
// small batches, starts the workers and hands their results back in input order, failing cleanly if a worker dies.

import { Worker } from 'node:worker_threads';
import { CheckedInput, InputCheckSettings } from './checkInput';
import { CheckedMessage, checkWorkerData, NEXT_BATCH_SLOT, REPORTED_BATCHES_SLOT, SHARED_COUNTER_SLOTS } from './checkWorker';
import { Input } from './files';

/**
 * The default thread count stops here: every thread loads its own copy of the engine and its lexicons, and the main
 * thread alone formats every report, so more threads bring less each. `--jobs` goes higher when asked to.
 */
const DEFAULT_MAX_JOBS = 8;

/**
 * Below this much text a run without `--jobs` stays in one thread. The engine lints about 2 MiB/s, so 1 MiB is
 * half a second of work, while each worker takes some 50 ms to load the bundle before it lints anything: smaller
 * runs would gain little, and most of them are one article or a handful, checked from an editor or a script.
 */
const MIN_PARALLEL_BYTES = 1024 * 1024;

/**
 * A batch closes at 16 files or 256 KiB, whichever comes first. Small batches mean a slow file holds back only the
 * few files batched with it, not a worker's whole share; claiming a batch costs one atomic increment.
 */
const BATCH_MAX_FILES = 16;
const BATCH_MAX_BYTES = 256 * 1024;

/**
 * How far workers may run ahead of the output, in batches: at most 64 × 256 KiB of text waits to be reported behind
 * one slow file, while the other workers still have some 60 batches to check before they have to wait for it.
 */
const LOOKAHEAD_BATCHES = 64;

export interface ParallelPlan {
  readonly workerCount: number;
  /** Every file of the run, in input order. */
  readonly paths: readonly string[];
  /** Batch `b` is `paths` from index `batchStarts[b]` up to, not including, `batchStarts[b + 1]`. */
  readonly batchStarts: readonly number[];
}

/**
 * How to split the run over worker threads, or undefined to check in this thread: `--jobs 1`, a run that reads
 * standard input (the main thread owns it), a run of one batch (one thread's work anyway), and, unless `--jobs`
 * asked for threads, a run under MIN_PARALLEL_BYTES.
 */
export function planParallelCheck(inputs: readonly Input[], requestedJobs: number | undefined, availableParallelism: number): ParallelPlan | undefined {
  const jobs = requestedJobs ?? Math.min(availableParallelism, DEFAULT_MAX_JOBS);
  if (jobs <= 1) return undefined;
  const paths: string[] = [];
  const batchStarts = [0];
  let batchBytes = 0;
  let totalBytes = 0;
  for (const input of inputs) {
    if (input.kind === 'stdin') return undefined;
    paths.push(input.path);
    const bytes = input.sizeBytes ?? 0;
    batchBytes += bytes;
    totalBytes += bytes;
    if (paths.length - batchStarts[batchStarts.length - 1] === BATCH_MAX_FILES || batchBytes >= BATCH_MAX_BYTES) {
      batchStarts.push(paths.length);
      batchBytes = 0;
    }
  }
  if (batchStarts[batchStarts.length - 1] < paths.length) batchStarts.push(paths.length);
  const batchCount = batchStarts.length - 1;
  if (batchCount < 2) return undefined;
  if (requestedJobs === undefined && totalBytes < MIN_PARALLEL_BYTES) return undefined;
  return { workerCount: Math.min(jobs, batchCount), paths, batchStarts };
}

/** A worker thread died (an exception, or it stopped early); the run cannot report every file. */
export class WorkerFailure extends Error {}

export interface ParallelCheckRequest {
  /** The script each worker runs: the CLI bundle itself, which becomes a check worker when given its workerData. */
  readonly workerScriptPath: string;
  readonly plan: ParallelPlan;
  readonly settings: InputCheckSettings;
  /** Called for every result as it arrives, in any order (the progress line counts these). */
  readonly onArrival: (checked: CheckedInput) => void;
  /** Called for every result in input order, as soon as it and all results before it have arrived. */
  readonly onInOrder: (index: number, checked: CheckedInput) => void;
}

/**
 * Checks every file of the plan in worker threads. Resolves once every result went through `onInOrder`; rejects
 * with a WorkerFailure when a worker dies, and with whatever a callback throws. Workers are stopped either way.
 */
export function checkInWorkers(request: ParallelCheckRequest): Promise<void> {
  const { plan } = request;
  const sharedCounters = new SharedArrayBuffer(SHARED_COUNTER_SLOTS * Int32Array.BYTES_PER_ELEMENT);
  const counters = new Int32Array(sharedCounters);
  const workerData = checkWorkerData({
    settings: request.settings,
    paths: plan.paths,
    batchStarts: plan.batchStarts,
    sharedCounters,
    lookaheadBatches: LOOKAHEAD_BATCHES,
  });

  return new Promise<void>((resolve, reject) => {
    // Results that arrived before an earlier one did, by input index.
    const arrivedEarly = new Map<number, CheckedInput>();
    let nextIndex = 0;
    let reportedBatches = 0;
    let runningWorkers = 0;
    let settled = false;
    const workers: Worker[] = [];

    const settle = (failure?: unknown) => {
      if (settled) return;
      settled = true;
      // terminate() also wakes a worker waiting on the shared counters.
      for (const worker of workers) void worker.terminate();
      if (failure === undefined) resolve();
      else reject(failure);
    };

    const receive = ({ index, checked }: CheckedMessage) => {
      request.onArrival(checked);
      arrivedEarly.set(index, checked);
      for (let next = arrivedEarly.get(nextIndex); next !== undefined; next = arrivedEarly.get(nextIndex)) {
        arrivedEarly.delete(nextIndex);
        request.onInOrder(nextIndex, next);
        nextIndex++;
        if (nextIndex === plan.batchStarts[reportedBatches + 1]) {
          reportedBatches++;
          Atomics.store(counters, REPORTED_BATCHES_SLOT, reportedBatches);
          Atomics.notify(counters, REPORTED_BATCHES_SLOT);
        }
      }
      if (nextIndex === plan.paths.length) settle();
    };

    for (let count = 0; count < plan.workerCount; count++) {
      const worker = new Worker(request.workerScriptPath, { workerData });
      workers.push(worker);
      runningWorkers++;
      worker.on('message', (message: CheckedMessage) => {
        if (settled) return;
        // A throw here would escape as an uncaught exception (exit code 1, "findings"); it fails the run instead.
        try {
          receive(message);
        } catch (error) {
          settle(error);
        }
      });
      worker.on('error', error => settle(new WorkerFailure(`a worker thread crashed: ${error instanceof Error ? error.message : String(error)}`)));
      worker.on('messageerror', error => settle(new WorkerFailure(`a worker thread sent a result that could not be read: ${error.message}`)));
      // Messages a worker posted are delivered before its 'exit', so an exit with files unreported is a failure.
      worker.on('exit', exitCode => {
        runningWorkers--;
        if (exitCode !== 0) settle(new WorkerFailure(`a worker thread stopped with exit code ${exitCode}`));
        else if (runningWorkers === 0) settle(new WorkerFailure(`the worker threads stopped after ${nextIndex} of ${plan.paths.length} files`));
      });
    }
  });
}
