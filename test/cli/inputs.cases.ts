// What check reads: folder recursion (hidden folders, node_modules and symlink loops skipped), binary and
// non-UTF-8 files, empty files and very long lines, none of which may crash the run.

import assert from 'node:assert/strict';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AD_LABEL_RULE, ARTICLE_WITH_AD_LABEL, checkJson, makeTempFolder, requireRules, runCli } from './helpers';

describe('check: folders', () => {
  let folder: ReturnType<typeof makeTempFolder>;
  before(() => {
    folder = makeTempFolder({
      'news/2019/ferry.txt': ARTICLE_WITH_AD_LABEL,
      'news/2019/notes.md': 'not an article',
      'news/bikes.article': 'A short article about bike lanes.\n',
      'top.txt': 'A short article at the top.\n',
      '.hidden/secret.txt': 'hidden folders are skipped\n',
      'node_modules/pkg/readme.txt': 'dependencies are skipped\n',
    });
    // A loop back to the root and a second route to the same file: each must be read once.
    symlinkSync(folder.path, join(folder.path, 'news', 'loop'));
    symlinkSync(join(folder.path, 'top.txt'), join(folder.path, 'news', 'top-link.txt'));
  });
  after(() => folder.remove());

  it('finds *.txt and *.article files recursively, sorted, each once, skipping hidden folders and node_modules', () => {
    const { run, report } = checkJson(['.'], { cwd: folder.path });
    assert.equal(run.status, 0, run.stderr);
    // top.txt is the same file as news/top-link.txt, which the sorted, depth-first walk reaches first.
    assert.deepEqual(
      report.files.map(file => file.path),
      ['news/2019/ferry.txt', 'news/bikes.article', 'news/top-link.txt'].map(path => join(path)),
    );
  });

  it('checks a named file whatever its extension', () => {
    const { report } = checkJson(['news/2019/notes.md'], { cwd: folder.path });
    assert.deepEqual(report.files.map(file => file.path), [join('news/2019/notes.md')]);
  });
});

describe('check: awkward input', () => {
  let folder: ReturnType<typeof makeTempFolder>;
  before(() => {
    requireRules(AD_LABEL_RULE);
    const binary = Buffer.alloc(4096);
    for (let index = 0; index < binary.length; index++) binary[index] = (index * 37) % 256;
    folder = makeTempFolder({
      'image.txt': binary,
      'article.txt': ARTICLE_WITH_AD_LABEL,
      'empty.txt': '',
      // "café" in Windows-1252: the é is the single byte 0xE9, which is not valid UTF-8.
      'latin1.txt': Buffer.concat([Buffer.from('Line one.\n\nA caf'), Buffer.from([0xe9]), Buffer.from(' on the harbour.\n')]),
    });
  });
  after(() => folder.remove());

  it('skips a binary file with a message, counts it, and still checks the rest', () => {
    const { run, report } = checkJson(['image.txt', 'article.txt'], { cwd: folder.path });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /image\.txt: skipped: looks binary/);
    const image = report.files.find(file => file.path === 'image.txt');
    assert.match(image?.skipped ?? '', /looks binary/);
    assert.deepEqual(image?.findings, []);
    assert.ok(report.files.find(file => file.path === 'article.txt')?.findings.some(finding => finding.rule === AD_LABEL_RULE));
    const stylish = runCli(['check', 'image.txt', 'article.txt'], { cwd: folder.path });
    assert.match(stylish.stdout, /1 file checked · 1 file skipped/);
  });

  it('checks an empty file without findings', () => {
    const { run, report } = checkJson(['empty.txt'], { cwd: folder.path });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(report.files, [{ path: 'empty.txt', findings: [] }]);
  });

  it('reads invalid UTF-8 with replacement characters, warns, and never writes it back with --fix', () => {
    const before = readFileSync(join(folder.path, 'latin1.txt'));
    const run = runCli(['check', '--fix', 'latin1.txt'], { cwd: folder.path });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /latin1\.txt: not valid UTF-8.*line 3.*re-decode/);
    assert.deepEqual(readFileSync(join(folder.path, 'latin1.txt')), before);
  });

  it('copes with a 1 MB line', () => {
    const longLine = 'The harbour ferry carried passengers across the bay again today. '.repeat(16_000);
    const big = makeTempFolder({ 'long.txt': `Headline\n\n${longLine}\n\nAdvertisement\n\nLast paragraph of the article.\n` });
    try {
      const { run, report } = checkJson(['long.txt'], { cwd: big.path });
      assert.equal(run.status, 0, run.stderr);
      const ad = report.files[0].findings.find(finding => finding.rule === AD_LABEL_RULE);
      assert.equal(ad?.range.start.line, 4);
    } finally {
      big.remove();
    }
  });
});
