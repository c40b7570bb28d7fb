// The worker-thread side of a parallel `check`: claims batches of input paths from a queue shared by all workers,
// checks each file exactly as the serial run does and posts every result to the main thread, which reports them.

import type { MessagePort } from 'node:worker_threads';
import { CheckedInput, InputCheckSettings, InputChecker } from './checkInput';

/** Marks the workerData of a check worker, so the bundle started as a worker knows what to run. */
const CHECK_WORKER_ROLE = 'article-lint check worker';

/** Slots of the shared Int32 counters (see CheckWorkerData.sharedCounters). */
export const NEXT_BATCH_SLOT = 0;
export const REPORTED_BATCHES_SLOT = 1;
export const SHARED_COUNTER_SLOTS = 2;

export interface CheckWorkerData {
  readonly role: typeof CHECK_WORKER_ROLE;
  readonly settings: InputCheckSettings;
  /** Every file of the run, in input order; results are posted with their index into this list. */
  readonly paths: readonly string[];
  /** Batch `b` is the paths from index `batchStarts[b]` up to, not including, `batchStarts[b + 1]`. */
  readonly batchStarts: readonly number[];
  /**
   * Int32 counters shared by all threads: the next batch to claim (workers increment it) and how many batches the
   * main thread has reported in full (it stores and notifies; workers wait on it).
   */
  readonly sharedCounters: SharedArrayBuffer;
  /** How many batches past the last fully reported one a worker may claim before it waits. */
  readonly lookaheadBatches: number;
}

/** A result for the main thread: the check of `paths[index]`. */
export interface CheckedMessage {
  readonly index: number;
  readonly checked: CheckedInput;
}

export function checkWorkerData(fields: Omit<CheckWorkerData, 'role'>): CheckWorkerData {
  return { role: CHECK_WORKER_ROLE, ...fields };
}

export function isCheckWorkerData(data: unknown): data is CheckWorkerData {
  return typeof data === 'object' && data !== null && (data as { role?: unknown }).role === CHECK_WORKER_ROLE;
}

// A worker is only ever given files; standard input keeps a run in the main thread.
const NO_STANDARD_INPUT = {
  readStdin(): Uint8Array {
    throw new Error('standard input is read by the main thread only');
  },
};

/**
 * Runs synchronously until no batch is left, then returns and the thread ends. An exception is rethrown with the
 * file's path, so the main thread's message names the file that broke the worker.
 */
export function runCheckWorker(data: CheckWorkerData, port: MessagePort): void {
  const checker = new InputChecker(data.settings, NO_STANDARD_INPUT);
  const counters = new Int32Array(data.sharedCounters);
  const batchCount = data.batchStarts.length - 1;
  for (;;) {
    const batch = Atomics.add(counters, NEXT_BATCH_SLOT, 1);
    if (batch >= batchCount) return;
    // Results after a slow file wait in the main thread until that file is reported; staying a bounded number of
    // batches ahead keeps that backlog, and so memory, bounded, as the serial run's streaming does.
    for (;;) {
      const reported = Atomics.load(counters, REPORTED_BATCHES_SLOT);
      if (batch < reported + data.lookaheadBatches) break;
      Atomics.wait(counters, REPORTED_BATCHES_SLOT, reported);
    }
    for (let index = data.batchStarts[batch]; index < data.batchStarts[batch + 1]; index++) {
      const path = data.paths[index];
      let checked: CheckedInput;
      try {
        checked = checker.check({ kind: 'file', path });
      } catch (error) {
        throw new Error(`while checking ${path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
      const message: CheckedMessage = { index, checked };
      port.postMessage(message);
    }
  }
}
