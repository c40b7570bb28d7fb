// Golden snapshots of the samples: per sample, every finding on one line (range, rule, severity, flagged text) and
// the body `extract --body` prints, so a rule change shows up as a readable diff of exactly what moved.
// After an intended change, regenerate with `UPDATE_GOLDEN=1 node scripts/run-tests.mjs test/cli` and review the diff.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { checkJson, JsonFinding, JsonPosition, runCli, SAMPLES_FOLDER } from './helpers';

const GOLDEN_FOLDER = join(__dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const EXCERPT_LENGTH = 80;

/** UTF-16 offset of a 0-based line/character, splitting lines the way LSP does (\r\n, \r, \n). */
function offsetOf(text: string, position: JsonPosition): number {
  const lineStarts = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/g)) lineStarts.push((match.index ?? 0) + match[0].length);
  return (lineStarts[position.line] ?? text.length) + position.character;
}

function describeFinding(text: string, finding: JsonFinding): string {
  const { start, end } = finding.range;
  const flagged = text.slice(offsetOf(text, start), offsetOf(text, end)).replace(/\s+/g, ' ').trim();
  const excerpt = flagged.length > EXCERPT_LENGTH ? `${flagged.slice(0, EXCERPT_LENGTH - 1)}…` : flagged;
  return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}  ${finding.rule}  ${finding.severity}  ${excerpt}`;
}

function compareWithGolden(name: string, actual: string): void {
  const path = join(GOLDEN_FOLDER, name);
  if (UPDATE) {
    mkdirSync(GOLDEN_FOLDER, { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  assert.ok(existsSync(path), `${path} is missing; create it with UPDATE_GOLDEN=1`);
  assert.equal(actual, readFileSync(path, 'utf8'), `${name} differs; if the change is intended, regenerate with UPDATE_GOLDEN=1`);
}

describe('golden snapshots of the samples', () => {
  const samples = readdirSync(SAMPLES_FOLDER).filter(name => name.endsWith('.txt')).sort();
  let findingsBySample: Map<string, JsonFinding[]>;
  before(() => {
    const { run, report } = checkJson(samples, { cwd: SAMPLES_FOLDER });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    findingsBySample = new Map(report.files.map(file => [file.path, file.findings]));
  });

  for (const sample of samples) {
    it(`${sample}: findings`, () => {
      const text = readFileSync(join(SAMPLES_FOLDER, sample), 'utf8');
      const lines = (findingsBySample.get(sample) ?? []).map(finding => describeFinding(text, finding));
      compareWithGolden(sample.replace(/\.txt$/, '.findings'), lines.length > 0 ? `${lines.join('\n')}\n` : '');
    });
    it(`${sample}: extract --body`, () => {
      const run = runCli(['extract', '--body', sample], { cwd: SAMPLES_FOLDER });
      assert.equal(run.status, 0, run.stderr);
      compareWithGolden(sample.replace(/\.txt$/, '.body.txt'), run.stdout);
    });
  }
});
