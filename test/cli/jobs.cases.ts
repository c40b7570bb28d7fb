// check --jobs: worker threads change nothing a user can see. The same corpus checked with --jobs 1 and --jobs 3
// gives byte-identical stdout and stderr and the same exit code in every format, and --fix writes the same files.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { discoverInputs } from '../../server/src/cli/files';
import { planParallelCheck } from '../../server/src/cli/parallelCheck';
import { AD_LABEL_RULE, ARTICLE_WITH_AD_LABEL, CliRun, makeTempFolder, requireRules, runCli, SAMPLES_FOLDER } from './helpers';

const WORKERS = 3;

/**
 * About 50 small files, so even a tiny corpus fills four batches and all three workers get some: the samples in
 * three folders (one with a config that sets a rule and names an unknown one), awkward inputs (binary, not UTF-8,
 * empty) and a folder whose config file is broken.
 */
function corpusFiles(): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = {};
  const sampleNames = readdirSync(SAMPLES_FOLDER).filter(name => name.endsWith('.txt'));
  for (const folder of ['a', 'b', 'c']) {
    for (let copy = 0; copy < 2; copy++) {
      for (const name of sampleNames) files[join(folder, `${copy}-${name}`)] = readFileSync(join(SAMPLES_FOLDER, name));
    }
  }
  files['b/.articlelint.json'] = JSON.stringify({ rules: { [AD_LABEL_RULE]: 'error', 'noise/no-such-rule': 'off' } });
  files['b/ad.txt'] = ARTICLE_WITH_AD_LABEL;
  files['odd/binary.txt'] = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 37) % 256));
  files['odd/latin1.txt'] = Buffer.concat([Buffer.from('Line one.\n\nA caf'), Buffer.from([0xe9]), Buffer.from(' on the harbour.\n')]);
  files['odd/empty.txt'] = '';
  files['odd/ad.txt'] = ARTICLE_WITH_AD_LABEL;
  files['broken/.articlelint.json'] = '{ "rules": ';
  files['broken/one.txt'] = ARTICLE_WITH_AD_LABEL;
  files['broken/two.txt'] = ARTICLE_WITH_AD_LABEL;
  return files;
}

function readTree(folder: string): Record<string, string> {
  const contents: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else contents[relative(folder, path)] = readFileSync(path, 'latin1');
    }
  };
  walk(folder);
  return contents;
}

/** Runs in two copies of the corpus name their own folder where they name a config file; that is the only difference. */
function assertSameRun(serial: CliRun, parallel: CliRun, folders?: { serial: string; parallel: string }): void {
  const inSerialFolder = (text: string) => (folders === undefined ? text : text.split(folders.parallel).join(folders.serial));
  assert.equal(parallel.status, serial.status, 'same exit code');
  assert.equal(inSerialFolder(parallel.stderr), serial.stderr, 'same messages on stderr');
  // Not assert.equal: a diff of two long reports would drown the test output.
  assert.ok(inSerialFolder(parallel.stdout) === serial.stdout, 'byte-identical stdout');
}

describe('check --jobs', () => {
  let corpus: ReturnType<typeof makeTempFolder>;
  before(() => {
    requireRules(AD_LABEL_RULE);
    corpus = makeTempFolder(corpusFiles());
    // Without this the comparisons below could pass with both runs in one thread.
    const plan = planParallelCheck(discoverInputs(['.'], corpus.path).inputs, WORKERS, 1);
    assert.equal(plan?.workerCount, WORKERS, 'the corpus is split over three workers');
  });
  after(() => corpus.remove());

  for (const format of ['json', 'sarif', 'stylish']) {
    it(`gives the same ${format} output, messages and exit code as --jobs 1`, () => {
      const serial = runCli(['check', '--format', format, '--jobs', '1', '.'], { cwd: corpus.path });
      const parallel = runCli(['check', '--format', format, '--jobs', String(WORKERS), '.'], { cwd: corpus.path });
      assert.equal(serial.status, 2, 'the broken config file makes the run exit with 2');
      assert.match(serial.stderr, /broken config file/);
      assert.match(serial.stderr, /noise\/no-such-rule/);
      assert.match(serial.stderr, /binary\.txt: skipped: looks binary/);
      assert.match(serial.stderr, /latin1\.txt: not valid UTF-8/);
      assertSameRun(serial, parallel);
    });
  }

  it('gives the same exit code 1, --quiet output and -j spelling without the broken folder', () => {
    const args = ['check', '--format', 'stylish', '--quiet', '--fail-on', 'warning', 'a', 'b', 'c', 'odd'];
    const serial = runCli([...args, '--jobs', '1'], { cwd: corpus.path });
    const parallel = runCli([...args, '-j', String(WORKERS)], { cwd: corpus.path });
    assert.equal(serial.status, 1, serial.stderr);
    assertSameRun(serial, parallel);
  });

  it('writes the same files with --fix and reports the same', () => {
    const serialCopy = makeTempFolder(corpusFiles());
    const parallelCopy = makeTempFolder(corpusFiles());
    try {
      const args = ['check', '--format', 'json', '--fix', '.'];
      const serial = runCli([...args, '--jobs', '1'], { cwd: serialCopy.path });
      const parallel = runCli([...args, '--jobs', String(WORKERS)], { cwd: parallelCopy.path });
      assertSameRun(serial, parallel, { serial: serialCopy.path, parallel: parallelCopy.path });
      const fixed = readTree(serialCopy.path);
      assert.notDeepEqual(fixed, readTree(corpus.path), 'the fixes changed some files');
      assert.deepEqual(readTree(parallelCopy.path), fixed);
    } finally {
      serialCopy.remove();
      parallelCopy.remove();
    }
  });
});
