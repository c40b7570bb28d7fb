// check --fix: writes only when asked and only when the text changes, keeps CRLF line ends and a byte-order mark,
// honours --fix-scope, and reports what remains after the fixes.

import assert from 'node:assert/strict';
import { readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  AD_LABEL_RULE,
  ARTICLE_WITH_AD_LABEL,
  checkJson,
  ENTITY_AFTER_EMOJI_ARTICLE,
  makeTempFolder,
  requireRules,
  runCli,
  SAMPLES_FOLDER,
} from './helpers';

const CRLF_SAMPLE = '05-crlf-social-script.txt';

describe('check --fix', () => {
  let folder: ReturnType<typeof makeTempFolder>;
  const read = (name: string) => readFileSync(join(folder.path, name), 'utf8');
  before(() => {
    requireRules(AD_LABEL_RULE);
    folder = makeTempFolder({
      [CRLF_SAMPLE]: readFileSync(join(SAMPLES_FOLDER, CRLF_SAMPLE)),
      'ad.txt': ARTICLE_WITH_AD_LABEL,
      'ad-crlf.txt': ARTICLE_WITH_AD_LABEL.replace(/\n/g, '\r\n'),
      'bom.txt': `\uFEFF${ARTICLE_WITH_AD_LABEL}`,
      'clean.txt': 'One clean paragraph about the harbour ferry and nothing else.\n',
    });
  });
  after(() => folder.remove());

  it('never writes without --fix', () => {
    const original = read('ad.txt');
    runCli(['check', '--format', 'json', 'ad.txt'], { cwd: folder.path });
    assert.equal(read('ad.txt'), original);
  });

  it('removes the noise, keeps the paragraphs and a single blank line between them', () => {
    const { run, report } = checkJson(['--fix', 'ad.txt'], { cwd: folder.path });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(
      read('ad.txt'),
      ARTICLE_WITH_AD_LABEL.replace('Advertisement\n\n', ''),
      'exactly the ad label line and its blank line are gone',
    );
    assert.deepEqual(report.files[0].fix, { passes: 1, appliedEdits: 1, written: true });
    assert.ok(!report.files[0].findings.some(finding => finding.rule === AD_LABEL_RULE), 'the fixed finding is not reported again');
  });

  it('keeps CRLF line ends (a sample saved on Windows)', () => {
    const original = read(CRLF_SAMPLE);
    const run = runCli(['check', '--fix', CRLF_SAMPLE], { cwd: folder.path });
    assert.equal(run.status, 0, run.stderr);
    const fixed = read(CRLF_SAMPLE);
    assert.notEqual(fixed, original, 'the sample has noise to remove');
    assert.ok(fixed.length < original.length);
    assert.doesNotMatch(fixed, /(^|[^\r])\n/, 'no bare LF');
    assert.match(fixed, /The number 24 tram rattled up the hill/);
    assert.match(run.stdout, /fixed: \d+ edits? in \d+ pass/);

    runCli(['check', '--fix', 'ad-crlf.txt'], { cwd: folder.path });
    assert.equal(read('ad-crlf.txt'), ARTICLE_WITH_AD_LABEL.replace('Advertisement\n\n', '').replace(/\n/g, '\r\n'));
  });

  it('keeps a UTF-8 byte-order mark', () => {
    runCli(['check', '--fix', 'bom.txt'], { cwd: folder.path });
    assert.equal(read('bom.txt'), `\uFEFF${ARTICLE_WITH_AD_LABEL.replace('Advertisement\n\n', '')}`);
  });

  it('does not touch a file that has nothing to fix', () => {
    const path = join(folder.path, 'clean.txt');
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(path, past, past);
    const { report } = checkJson(['--fix', 'clean.txt'], { cwd: folder.path });
    assert.equal(statSync(path).mtimeMs, past.getTime(), 'not rewritten');
    assert.deepEqual(report.files[0].fix, { passes: 0, appliedEdits: 0, written: false });
  });

  it('with --fix-scope characters repairs characters but leaves noise in place and reports it', () => {
    const withEntity = `${ENTITY_AFTER_EMOJI_ARTICLE}\r\nAdvertisement\r\n\r\nThe queue reached the harbour wall before the shop opened.\r\n`;
    const fresh = makeTempFolder({ 'ad.txt': withEntity });
    try {
      const { report } = checkJson(['--fix', '--fix-scope', 'characters', 'ad.txt'], { cwd: fresh.path });
      assert.equal(readFileSync(join(fresh.path, 'ad.txt'), 'utf8'), withEntity.replace('&amp;', '&'));
      assert.ok(report.files[0].findings.some(finding => finding.rule === AD_LABEL_RULE));
    } finally {
      fresh.remove();
    }
  });
});
