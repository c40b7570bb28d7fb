// Quality gate on real scraped pages: runs the shared Article Extraction Benchmark evaluation
// (../shared/eval/aeb-eval.mjs, which calls `node dist/cli.js extract --body` per page) and holds extraction to the
// product's bar: F1 ≥ 0.85 while losing at most 1 % of the gold body lines. Skipped, saying why, without the data.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = new URL('../..', import.meta.url).pathname;
const evalScript = join(root, '../shared/eval/aeb-eval.mjs');
const dataDirectory = join(root, '../shared/data/aeb-dev');
const cli = join(root, 'dist/cli.js');
const missing = [evalScript, dataDirectory, cli].filter(path => !existsSync(path));

describe('extraction quality on ../shared/data/aeb-dev', () => {
  it('scores F1 ≥ 0.85 and loses at most 1 % of gold body lines', { skip: missing.length > 0 ? `missing ${missing.join(', ')}` : false, timeout: 300_000 }, () => {
    const scratch = mkdtempSync(join(tmpdir(), 'article-lint-aeb-'));
    try {
      const resultPath = join(scratch, 'result.json');
      const output = execFileSync(process.execPath, [evalScript, '--cmd', `${process.execPath} ${cli} extract --body`, '--json', resultPath], {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      });
      const result = JSON.parse(readFileSync(resultPath, 'utf8'));
      console.log(output.trim());
      assert.equal(result.failures, 0, 'the CLI failed on some pages');
      assert.ok(result.extraction.f1 >= 0.85, `F1 ${result.extraction.f1.toFixed(3)} is below 0.85`);
      assert.ok(result.gold_line_loss_rate <= 0.01, `lost ${(100 * result.gold_line_loss_rate).toFixed(2)} % of gold body lines`);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
