// Exit codes: 0 when nothing reaches --fail-on, 1 when something does, 2 for usage and I/O errors.

import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AD_LABEL_RULE, ARTICLE_WITH_AD_LABEL, makeTempFolder, requireRules, runCli } from './helpers';

describe('check exit codes', () => {
  let folder: ReturnType<typeof makeTempFolder>;
  before(() => {
    requireRules(AD_LABEL_RULE);
    folder = makeTempFolder({ 'article.txt': ARTICLE_WITH_AD_LABEL, 'clean.txt': 'Just one clean paragraph about the harbour ferry.\n' });
  });
  after(() => folder.remove());

  it('exits 0 when findings stay below the default --fail-on error', () => {
    const run = runCli(['check', 'article.txt'], { cwd: folder.path });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /noise\/ad-label/, 'the warning is still reported');
  });

  it('exits 1 when a finding is at or above --fail-on', () => {
    const run = runCli(['check', '--fail-on', 'warning', 'article.txt'], { cwd: folder.path });
    assert.equal(run.status, 1, run.stderr);
  });

  it('exits 0 for a file without findings even with --fail-on hint', () => {
    const run = runCli(['check', '--fail-on', 'hint', 'clean.txt'], { cwd: folder.path });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /1 file checked, no problems/);
  });

  const usageMistakes: [string, string[], RegExp][] = [
    ['an unknown option', ['check', '--bogus', 'article.txt'], /unknown option --bogus/],
    ['an unknown command', ['lint', 'article.txt'], /unknown command "lint"/],
    ['no path', ['check'], /needs at least one file or folder/],
    ['a bad --format', ['check', '--format', 'xml', 'article.txt'], /--format must be one of stylish, json, sarif/],
    ['a bad --fail-on', ['check', '--fail-on', 'fatal', 'article.txt'], /--fail-on must be one of error, warning, info, hint/],
    ['--fix-scope without --fix', ['check', '--fix-scope', 'characters', 'article.txt'], /--fix-scope only applies together with --fix/],
    ['--fix with standard input', ['check', '--fix', '-'], /cannot be used with standard input/],
    ['an option missing its value', ['check', 'article.txt', '--config'], /option --config needs a value/],
    ['--jobs 0', ['check', '--jobs', '0', 'article.txt'], /--jobs must be a whole number from 1 to 256 \(got "0"\)/],
    ['a --jobs that is not a number', ['check', '--jobs=two', 'article.txt'], /--jobs must be a whole number from 1 to 256 \(got "two"\)/],
    ['a fractional -j', ['check', '-j', '1.5', 'article.txt'], /--jobs must be a whole number from 1 to 256 \(got "1\.5"\)/],
    ['-j without its value', ['check', 'article.txt', '-j'], /option --jobs needs a value/],
    ['--jobs for extract', ['extract', '--jobs', '2', '--body', 'article.txt'], /option --jobs does not apply to "extract"/],
    ['extract without --body', ['extract', 'article.txt'], /extract needs --body/],
  ];
  for (const [name, args, message] of usageMistakes) {
    it(`exits 2 with a message for ${name}`, () => {
      const run = runCli(args, { cwd: folder.path });
      assert.equal(run.status, 2);
      assert.match(run.stderr, message);
      assert.equal(run.stdout, '', 'nothing on stdout for a usage error');
    });
  }

  it('exits 2 for a path that does not exist, after checking the others', () => {
    const run = runCli(['check', '--format', 'json', 'missing.txt', 'article.txt'], { cwd: folder.path });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /no such file or folder: missing\.txt/);
    assert.deepEqual(JSON.parse(run.stdout).files.map((file: { path: string }) => file.path), ['article.txt']);
  });

  it('exits 2 for an unreadable file (a dangling symlink) and names it', () => {
    const unreadable = makeTempFolder();
    try {
      symlinkSync(join(unreadable.path, 'nowhere.txt'), join(unreadable.path, 'broken.txt'));
      const run = runCli(['check', 'broken.txt'], { cwd: unreadable.path });
      assert.equal(run.status, 2);
      assert.match(run.stderr, /broken\.txt/);
    } finally {
      unreadable.remove();
    }
  });

  it('exits 2 when a folder holds no article files', () => {
    const empty = makeTempFolder({ 'notes.md': '# not an article\n' });
    try {
      const run = runCli(['check', '.'], { cwd: empty.path });
      assert.equal(run.status, 2);
      assert.match(run.stderr, /no \*\.txt or \*\.article files found/);
    } finally {
      empty.remove();
    }
  });

  it('prints help and the version with exit 0', () => {
    const help = runCli(['--help'], { cwd: folder.path });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /article-lint check \[options\] PATH/);
    const checkHelp = runCli(['check', '--help'], { cwd: folder.path });
    assert.match(checkHelp.stdout, /--fix-scope SCOPE/);
    assert.match(checkHelp.stdout, /-j, --jobs N {2,}check files on N worker threads/);
    const version = runCli(['--version'], { cwd: folder.path });
    assert.equal(version.status, 0);
    assert.match(version.stdout.trim(), /^\d+\.\d+\.\d+/);
  });
});
