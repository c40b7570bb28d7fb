// planParallelCheck: which runs get worker threads and how they are batched. checkInWorkers with stand-in worker
// scripts: results come back in input order whatever order they arrive in, and a worker that throws, exits early or
// stops silently fails the run with a message instead of hanging it.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CheckedInput } from '../../server/src/cli/checkInput';
import { Input } from '../../server/src/cli/files';
import { checkInWorkers, ParallelPlan, planParallelCheck, WorkerFailure } from '../../server/src/cli/parallelCheck';
import { makeTempFolder } from './helpers';

const KIB = 1024;

/** `count` files of `sizeBytes` each, named by their index. */
function files(count: number, sizeBytes: number): Input[] {
  return Array.from({ length: count }, (_, index) => ({ kind: 'file', path: `/corpus/${index}.txt`, sizeBytes }));
}

describe('planParallelCheck', () => {
  it('uses the cores, at most 8, for a run of 1 MiB or more when --jobs is not given', () => {
    const corpus = files(400, 3 * KIB);
    assert.equal(planParallelCheck(corpus, undefined, 4)?.workerCount, 4);
    assert.equal(planParallelCheck(corpus, undefined, 64)?.workerCount, 8);
    assert.equal(planParallelCheck(corpus, undefined, 1), undefined, 'one core: one thread');
  });

  it('keeps a run under 1 MiB in one thread unless --jobs asks for threads', () => {
    const small = files(100, 3 * KIB);
    assert.equal(planParallelCheck(small, undefined, 8), undefined);
    assert.equal(planParallelCheck(small, 3, 8)?.workerCount, 3);
  });

  it('keeps --jobs 1, standard input and a single batch in one thread', () => {
    const corpus = files(400, 3 * KIB);
    assert.equal(planParallelCheck(corpus, 1, 8), undefined);
    assert.equal(planParallelCheck([...corpus, { kind: 'stdin' }], 4, 8), undefined);
    assert.equal(planParallelCheck(files(16, 3 * KIB), 4, 8), undefined);
  });

  it('closes a batch at 16 files or 256 KiB, and starts no more workers than there are batches', () => {
    const smallFiles = planParallelCheck(files(40, KIB), 8, 8);
    assert.deepEqual(smallFiles?.paths, Array.from({ length: 40 }, (_, index) => `/corpus/${index}.txt`), 'all files, in input order');
    assert.deepEqual(smallFiles?.batchStarts, [0, 16, 32, 40]);
    assert.equal(smallFiles?.workerCount, 3);
    const largeFiles = planParallelCheck(files(5, 300 * KIB), 2, 8);
    assert.deepEqual(largeFiles?.batchStarts, [0, 1, 2, 3, 4, 5]);
    assert.equal(largeFiles?.workerCount, 2);
  });
});

const PLAN: ParallelPlan = { workerCount: 1, paths: ['a.txt', 'b.txt', 'c.txt', 'd.txt'], batchStarts: [0, 2, 4] };
const SETTINGS = { ruleSettings: {}, failOn: 'error', quiet: false, workingFolder: '/' } as const;

// Plain CommonJS, so they run as workers without the TypeScript loader; each plays one way a worker can behave.
const WORKER_SCRIPTS = {
  'reverse-order.js': `
    const { parentPort, workerData } = require('node:worker_threads');
    for (let index = workerData.paths.length - 1; index >= 0; index--) {
      parentPort.postMessage({ index, checked: { bytes: index, text: '', shownFindings: [], failingFindings: 0, notices: [], configWarnings: [] } });
    }`,
  'throws.js': `throw new Error('the engine exploded');`,
  'exits.js': `process.exit(3);`,
  'does-nothing.js': `// returns at once, without a result`,
};

describe('checkInWorkers', () => {
  let scripts: ReturnType<typeof makeTempFolder>;
  before(() => {
    scripts = makeTempFolder(WORKER_SCRIPTS);
  });
  after(() => scripts.remove());

  const run = (script: keyof typeof WORKER_SCRIPTS, onInOrder: (index: number, checked: CheckedInput) => void = () => {}) => {
    const arrived: number[] = [];
    const promise = checkInWorkers({
      workerScriptPath: join(scripts.path, script),
      plan: PLAN,
      settings: SETTINGS,
      onArrival: checked => arrived.push(checked.bytes),
      onInOrder,
    });
    return { promise, arrived };
  };

  it('hands results over in input order, counting them as they arrive', async () => {
    const inOrder: number[] = [];
    const { promise, arrived } = run('reverse-order.js', index => inOrder.push(index));
    await promise;
    assert.deepEqual(arrived, [3, 2, 1, 0]);
    assert.deepEqual(inOrder, [0, 1, 2, 3]);
  });

  const failures: [string, keyof typeof WORKER_SCRIPTS, RegExp][] = [
    ['throws', 'throws.js', /a worker thread crashed: the engine exploded/],
    ['exits with an error code', 'exits.js', /a worker thread stopped with exit code 3/],
    ['stops before reporting its files', 'does-nothing.js', /the worker threads stopped after 0 of 4 files/],
  ];
  for (const [name, script, message] of failures) {
    it(`fails with a WorkerFailure when a worker ${name}`, async () => {
      await assert.rejects(run(script).promise, (error: unknown) => error instanceof WorkerFailure && message.test(error.message));
    });
  }

  it('fails with the error a callback throws', async () => {
    const callbackError = new Error('the formatter broke');
    const { promise } = run('reverse-order.js', () => {
      throw callbackError;
    });
    await assert.rejects(promise, (error: unknown) => error === callbackError);
  });
});
