// Golden snapshots over the sample articles: every finding (one per line) and the extracted body, so a diff shows
// exactly what a rule change did. Refresh with `UPDATE_GOLDEN=1 node scripts/run-tests.mjs golden` and review the diff.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extractBody } from '../../server/src/engine/cleaning';
import { lintArticle } from '../../server/src/engine/lint';
import { PositionMap } from '../../server/src/positions';

const root = new URL('../..', import.meta.url).pathname;
const samplesDirectory = join(root, 'samples');
const snapshotDirectory = join(root, 'test/golden/snapshots');
const update = process.env.UPDATE_GOLDEN === '1';

/** One line per finding: `line:col-line:col rule severity/confidence message ⟨quoted text⟩ — evidence` (1-based). */
export function describeFindings(text: string): string {
  const result = lintArticle(text);
  const positions = new PositionMap(text);
  const lines = result.findings.map(finding => {
    const { start, end } = positions.rangeOf(finding.span);
    const where = `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
    const quoted = JSON.stringify(clip(text.slice(finding.span.start, finding.span.end), 50));
    return `${where} ${finding.rule} ${finding.severity}/${finding.confidence} ${finding.message} ${quoted} — ${finding.evidence}`;
  });
  const failures = result.failures.map(failure => `FAILED ${failure.rule}: ${failure.message}`);
  return [...lines, ...failures].join('\n') + '\n';
}

function clip(text: string, length: number): string {
  const collapsed = text.replace(/\s+/g, ' ');
  return collapsed.length > length ? `${collapsed.slice(0, length - 1)}…` : collapsed;
}

function compare(actual: string, snapshotPath: string): void {
  if (update || !existsSync(snapshotPath)) {
    mkdirSync(snapshotDirectory, { recursive: true });
    writeFileSync(snapshotPath, actual);
    if (!update) assert.fail(`wrote a new snapshot ${snapshotPath}; review it and run again`);
    return;
  }
  assert.equal(actual, readFileSync(snapshotPath, 'utf8'), `differs from ${snapshotPath} (UPDATE_GOLDEN=1 to accept)`);
}

describe('golden snapshots of the samples', () => {
  const samples = readdirSync(samplesDirectory).filter(name => name.endsWith('.txt')).sort();
  it('finds the samples', () => assert.ok(samples.length >= 5, `only ${samples.length} samples in ${samplesDirectory}`));
  for (const name of samples) {
    const text = readFileSync(join(samplesDirectory, name), 'utf8');
    const base = name.replace(/\.txt$/, '');
    it(`${name}: findings`, () => compare(describeFindings(text), join(snapshotDirectory, `${base}.findings.txt`)));
    it(`${name}: extracted body`, () => {
      const result = lintArticle(text);
      compare(extractBody(result.article, result.findings), join(snapshotDirectory, `${base}.body.txt`));
    });
  }
});
