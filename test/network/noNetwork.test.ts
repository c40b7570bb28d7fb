// Article Lint makes no network requests: the CLI (check with worker threads, extract, entities, export) and a whole
// language-server session run with every network API replaced by a stub that reports any attempt (forbidNetwork.cjs).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LspClient } from '../protocol/lspClient';

const root = new URL('../..', import.meta.url).pathname;
const preload = join(root, 'test/network/forbidNetwork.cjs');
const environment = { ...process.env, NODE_OPTIONS: `--require ${preload}` };
const MARKER = 'ARTICLE-LINT-NETWORK-ATTEMPT';

describe('no network', () => {
  it('the stub itself catches a connection attempt (so the checks below can fail)', () => {
    const run = spawnSync(process.execPath, ['-e', "require('node:net').connect(80, 'example.com')"], { env: environment, encoding: 'utf8' });
    assert.match(run.stderr, new RegExp(MARKER));
  });

  it('the CLI never opens a connection', () => {
    const cli = join(root, 'dist/cli.js');
    const sample = join(root, 'samples/01-icon-menu-dateline.txt');
    for (const args of [
      ['check', '--format', 'json', '--jobs', '2', join(root, 'samples')],
      ['extract', '--body', sample],
      ['entities', sample],
      ['export', '--format', 'tei', sample],
      ['rules'],
    ]) {
      const run = spawnSync(process.execPath, [cli, ...args], { env: environment, encoding: 'utf8', maxBuffer: 1 << 26 });
      assert.doesNotMatch(run.stderr, new RegExp(MARKER), `article-lint ${args.join(' ')}`);
      assert.ok(run.status === 0 || run.status === 1, `article-lint ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
    }
  });

  it('a language-server session never opens a connection', async () => {
    const client = await LspClient.start({ environment });
    try {
      const uri = 'untitled:no-network';
      client.openDocument(uri, 'Advertisement\n\nThe council voted on Tuesday, said Anna Lind of the CSTO in Kiev.\n');
      await client.publishedDiagnostics(uri, 1);
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 40 } });
      await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 13 } }, context: { diagnostics: [], triggerKind: 1 } });
      await client.request('articleLint/exportAnnotations', { uri, format: 'brat' });
    } finally {
      await client.stop();
    }
    assert.doesNotMatch(client.stderr, new RegExp(MARKER));
  });
});
