// How diagnostics are dealt out to the diagnostic providers: which provider a pull names, the stripe of lines each
// provider owns, and that the split keeps every diagnostic exactly once, in order.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver/node';
import { LINES_PER_STRIPE, partitionIdentifier, partitionOfLine, partitionOfPull, splitDiagnostics } from '../../server/src/diagnosticPartitions';

const onLine = (line: number): Diagnostic => ({ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, message: `line ${line}` });

describe('partitionOfPull', () => {
  it('names the provider of an identifier this server gave out', () => {
    assert.equal(partitionOfPull('article-lint', 16), 0);
    assert.equal(partitionOfPull(partitionIdentifier(7), 16), 7);
    assert.equal(partitionOfPull(partitionIdentifier(15), 16), 15);
  });

  it('gives a pull without an identifier everything, and one with an unknown identifier nothing', () => {
    assert.equal(partitionOfPull(undefined, 16), 'all');
    assert.equal(partitionOfPull(partitionIdentifier(16), 16), 'none');
    assert.equal(partitionOfPull('eslint', 16), 'none');
    // Providers registered before the client refused the rest report nothing.
    assert.equal(partitionOfPull(partitionIdentifier(3), 1), 'none');
  });
});

describe('partitionOfLine', () => {
  it('deals out stripes of lines round robin', () => {
    assert.equal(partitionOfLine(0, 16), 0);
    assert.equal(partitionOfLine(LINES_PER_STRIPE - 1, 16), 0);
    assert.equal(partitionOfLine(LINES_PER_STRIPE, 16), 1);
    assert.equal(partitionOfLine(16 * LINES_PER_STRIPE, 16), 0);
    assert.equal(partitionOfLine(17 * LINES_PER_STRIPE + 3, 16), 1);
    assert.equal(partitionOfLine(123_456, 1), 0);
  });
});

describe('splitDiagnostics', () => {
  const diagnostics = Array.from({ length: 5000 }, (_, index) => onLine(index * 7));

  it('keeps every diagnostic once, in its stripe, in order', () => {
    const partitions = splitDiagnostics(diagnostics, 16);
    assert.equal(partitions.length, 16);
    assert.equal(partitions.reduce((sum, partition) => sum + partition.length, 0), diagnostics.length);
    for (const [index, partition] of partitions.entries()) {
      assert.ok(partition.length > 0);
      for (const diagnostic of partition) assert.equal(Math.floor(diagnostic.range.start.line / LINES_PER_STRIPE) % 16, index);
      assert.deepEqual(partition, diagnostics.filter(diagnostic => partition.includes(diagnostic)));
    }
  });

  it('is computed once per list and count', () => {
    assert.equal(splitDiagnostics(diagnostics, 16), splitDiagnostics(diagnostics, 16));
    assert.deepEqual(splitDiagnostics(diagnostics, 1), [diagnostics]);
  });
});
