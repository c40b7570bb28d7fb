// The server's initialize answer and its dynamic registrations, for a push-diagnostics and a pull-diagnostics client.

import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { LspClient } from './lspClient';

describe('initialize', () => {
  const clients: LspClient[] = [];
  after(async () => Promise.all(clients.map(client => client.stop())));

  it('announces incremental sync, hover, code actions, entity features, commands, and no pull diagnostics to a push client', async () => {
    const client = await LspClient.start();
    clients.push(client);
    const { capabilities } = client.initializeResult;
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(capabilities.hoverProvider, true);
    assert.deepEqual(capabilities.codeActionProvider, {
      codeActionKinds: ['quickfix', 'source.fixAll.articleLint', 'refactor.rewrite.articleLint.tag', 'refactor.articleLint.knowledge'],
      resolveProvider: true,
    });
    assert.equal(capabilities.documentHighlightProvider, true);
    assert.equal(capabilities.referencesProvider, true);
    assert.deepEqual(capabilities.semanticTokensProvider, {
      legend: { tokenTypes: ['person', 'organization', 'place', 'misc', 'date', 'time', 'money', 'percent'], tokenModifiers: [] },
      full: true,
    });
    assert.deepEqual(capabilities.documentSymbolProvider, { label: 'Article' });
    assert.equal(capabilities.foldingRangeProvider, true);
    assert.deepEqual(capabilities.executeCommandProvider?.commands.sort(), [
      'articleLint.addToKnowledgeFile',
      'articleLint.applyFixAll',
      'articleLint.ignoreBlock',
      'articleLint.ignoreRule',
    ]);
    assert.equal(capabilities.diagnosticProvider, undefined);
  });

  it('announces pull diagnostics to a client that supports them', async () => {
    const client = await LspClient.start({ pullDiagnostics: true });
    clients.push(client);
    assert.deepEqual(client.initializeResult.capabilities.diagnosticProvider, {
      identifier: 'article-lint',
      interFileDependencies: false,
      workspaceDiagnostics: false,
    });
  });

  it('registers a watcher for .articlelint.json and the knowledge file, and for articleLint settings changes', async () => {
    const client = await LspClient.start();
    clients.push(client);
    const registered = await client.waitUntil(
      () => (client.registrations.length >= 2 ? client.registrations : undefined),
      'two capability registrations',
    );
    const watcher = registered.find(registration => registration.method === 'workspace/didChangeWatchedFiles');
    assert.deepEqual(watcher?.registerOptions, { watchers: [{ globPattern: '**/.articlelint.json' }, { globPattern: '**/.articlelint/entities.json' }] });
    const configuration = registered.find(registration => registration.method === 'workspace/didChangeConfiguration');
    assert.deepEqual(configuration?.registerOptions, { section: 'articleLint' });
    assert.deepEqual(client.protocolErrors, []);
  });
});
