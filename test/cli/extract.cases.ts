// extract --body: the body of a sample without its page furniture, from a file, from standard input or into
// --out, and never a change to the input file.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makeTempFolder, requireRules, runCli, SAMPLES_FOLDER } from './helpers';

const PAGE_DUMP_SAMPLE = '02-page-dump.txt';

describe('extract --body', () => {
  let folder: ReturnType<typeof makeTempFolder>;
  let original: string;
  before(() => {
    requireRules('noise/ad-label', 'noise/share-buttons', 'noise/related-links', 'noise/footer', 'noise/menu-block');
    original = readFileSync(join(SAMPLES_FOLDER, PAGE_DUMP_SAMPLE), 'utf8');
    folder = makeTempFolder({ [PAGE_DUMP_SAMPLE]: original });
  });
  after(() => folder.remove());

  it('prints the body of the page-dump sample without menus, ads, share bar, related links or footer', () => {
    const run = runCli(['extract', '--body', PAGE_DUMP_SAMPLE], { cwd: folder.path });
    assert.equal(run.status, 0, run.stderr);
    const body = run.stdout;
    for (const paragraph of [
      'The city council voted 7-2 late Tuesday to build a 40-mile network',
      '"My daughter is twelve.',
      'The council also asked staff to report back within six months',
    ]) {
      assert.ok(body.includes(paragraph), `keeps "${paragraph}"`);
    }
    for (const noise of ['Obituaries', '\nAdvertisement\n', 'Facebook Twitter LinkedIn Email Copy Link', 'Most Read', 'Police identify driver', 'All rights reserved']) {
      assert.ok(!body.includes(noise), `drops "${noise.trim()}"`);
    }
    assert.doesNotMatch(body, /\n\n\n/, 'no gaps left where blocks were removed');
    assert.equal(readFileSync(join(folder.path, PAGE_DUMP_SAMPLE), 'utf8'), original, 'the input is not changed');
  });

  it('reads standard input and writes --out', () => {
    const fromFile = runCli(['extract', '--body', PAGE_DUMP_SAMPLE], { cwd: folder.path }).stdout;
    const fromStdin = runCli(['extract', '--body', '-', '--out', 'body.txt'], { cwd: folder.path, stdin: original });
    assert.equal(fromStdin.status, 0, fromStdin.stderr);
    assert.equal(fromStdin.stdout, '');
    assert.equal(readFileSync(join(folder.path, 'body.txt'), 'utf8'), fromFile);
  });

  it('exits 2 for a binary input', () => {
    const binary = makeTempFolder({ 'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]) });
    try {
      const run = runCli(['extract', '--body', 'image.txt'], { cwd: binary.path });
      assert.equal(run.status, 2);
      assert.match(run.stderr, /image\.txt: skipped: looks binary/);
    } finally {
      binary.remove();
    }
  });
});
