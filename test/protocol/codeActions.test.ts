// Code actions over the wire: the quick fix removes exactly its block, "fix all <rule>", source.fixAll for
// fix-on-save, the applyFixAll command, and for a diagnostic from an older document version edits only while its range
// still covers the text it was made for.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { AD_LABEL, ARTICLE_WITH_TWO_AD_LABELS, applyLspEdits, offsetOf, requireRules } from './fixtures';
import { LspClient } from './lspClient';

const text = ARTICLE_WITH_TWO_AD_LABELS;
const AD_LABEL_LINE = 'Advertisement\n\n';
const withoutFirstAdLabel = text.slice(0, offsetOf(text, AD_LABEL_LINE)) + text.slice(offsetOf(text, AD_LABEL_LINE) + AD_LABEL_LINE.length);
const withoutAdLabels = text.split(AD_LABEL_LINE).join('');

/** The single versioned document edit of a workspace edit, checked against the expected uri and version. */
function documentEdit(edit: WorkspaceEdit | undefined, uri: string, version: number): TextDocumentEdit {
  assert.equal(edit?.documentChanges?.length, 1);
  const change = edit!.documentChanges![0] as TextDocumentEdit;
  assert.deepEqual(change.textDocument, { uri, version });
  return change;
}

function codeActions(client: LspClient, uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range,
    context: { diagnostics, ...(only ? { only } : {}) },
  });
}

describe('code actions', () => {
  let client: LspClient;
  let adLabels: Diagnostic[];
  const uri = 'untitled:code-actions';

  before(async () => {
    requireRules(AD_LABEL);
    client = await LspClient.start();
    client.openDocument(uri, text);
    adLabels = (await client.publishedDiagnostics(uri, 1)).filter(diagnostic => diagnostic.code === AD_LABEL);
    assert.equal(adLabels.length, 2);
  });
  after(() => client.stop());

  it('offers the rule fix as the preferred quick fix; applying it removes exactly that block', async () => {
    const actions = await codeActions(client, uri, [adLabels[0]]);
    const quickFix = actions.find(action => action.isPreferred);
    assert.equal(quickFix?.kind, 'quickfix');
    assert.deepEqual(quickFix?.diagnostics, [adLabels[0]]);
    const change = documentEdit(quickFix?.edit, uri, 1);
    assert.equal(applyLspEdits(text, change.edits), withoutFirstAdLabel);
  });

  it('offers "fix all" for the rule, which removes every ad label in the file', async () => {
    const actions = await codeActions(client, uri, [adLabels[0]]);
    const fixAll = actions.find(action => action.title === `Fix all ${AD_LABEL} problems in this file`);
    assert.equal(fixAll?.kind, 'quickfix');
    assert.equal(applyLspEdits(text, documentEdit(fixAll?.edit, uri, 1).edits), withoutAdLabels);
  });

  it('offers no source actions in the light bulb, and no ignore actions for a document that is not a file', async () => {
    const actions = await codeActions(client, uri, [adLabels[0]]);
    assert.deepEqual(actions.filter(action => action.kind !== 'quickfix'), []);
    assert.deepEqual(actions.filter(action => action.title.startsWith('Ignore')), []);
  });

  it('answers source.fixAll.articleLint (fix-on-save) with only the fix-all action', async () => {
    const actions = await codeActions(client, uri, [], ['source.fixAll.articleLint']);
    assert.deepEqual(actions.map(action => action.kind), ['source.fixAll.articleLint']);
    assert.equal(applyLspEdits(text, documentEdit(actions[0].edit, uri, 1).edits), withoutAdLabels);
    const viaParentKind = await codeActions(client, uri, [], ['source.fixAll']);
    assert.deepEqual(viaParentKind.map(action => action.kind), ['source.fixAll.articleLint']);
  });

  it('leaves noise alone on save when fixAll.scope is "characters"', async () => {
    client.changeSettings({ fixAll: { scope: 'characters' } });
    const actions = await codeActions(client, uri, [], ['source.fixAll.articleLint']);
    assert.deepEqual(actions, []);
    client.changeSettings({});
  });

  it('applies fix-all through workspace/applyEdit for the articleLint.applyFixAll command', async () => {
    const appliedBefore = client.appliedEdits.length;
    const applied = await client.request('workspace/executeCommand', { command: 'articleLint.applyFixAll', arguments: [{ uri, version: 1 }] });
    assert.equal(applied, true);
    assert.equal(client.appliedEdits.length, appliedBefore + 1);
    assert.equal(applyLspEdits(text, documentEdit(client.appliedEdits.at(-1), uri, 1).edits), withoutAdLabels);

    const stale = await client.request('workspace/executeCommand', { command: 'articleLint.applyFixAll', arguments: [{ uri, version: 0 }] });
    assert.equal(stale, false);
    assert.equal(client.appliedEdits.length, appliedBefore + 1);
  });

  it('for a diagnostic of an older version, acts while its range still covers its text, and not once the text moved', async () => {
    client.changeDocument(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Breaking: ' }]);
    await client.publishedDiagnostics(uri, 2);
    assert.notEqual(adLabels[0].range.start.line, 0);
    const edited = 'Breaking: ' + text;
    const stillThere = (await codeActions(client, uri, [adLabels[0]])).find(action => action.isPreferred);
    assert.equal(applyLspEdits(edited, documentEdit(stillThere?.edit, uri, 2).edits), 'Breaking: ' + withoutFirstAdLabel, 'the fix is computed on version 2');

    const { line } = adLabels[0].range.start;
    client.changeDocument(uri, 3, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'Sponsored ' }]);
    await client.publishedDiagnostics(uri, 3);
    assert.deepEqual(await codeActions(client, uri, [adLabels[0]]), [], 'its range now covers other text');
  });
});

describe('code actions with codeAction/resolve', () => {
  let client: LspClient;
  const uri = 'untitled:code-actions-resolve';

  before(async () => {
    requireRules(AD_LABEL);
    client = await LspClient.start({ codeActionResolve: true });
    client.openDocument(uri, text);
  });
  after(() => client.stop());

  it('offers "fix all" without its edit, and resolves it to the edit that removes every ad label', async () => {
    const adLabels = (await client.publishedDiagnostics(uri, 1)).filter(diagnostic => diagnostic.code === AD_LABEL);
    const actions = await codeActions(client, uri, [adLabels[0]]);
    assert.ok(actions.find(action => action.isPreferred)?.edit, 'the quick fix for the one block still comes with its edit');
    const fixAll = actions.find(action => action.title === `Fix all ${AD_LABEL} problems in this file`);
    assert.ok(fixAll && fixAll.edit === undefined && fixAll.data !== undefined, JSON.stringify(fixAll));
    const resolved = await client.request<CodeAction>('codeAction/resolve', fixAll);
    assert.equal(applyLspEdits(text, documentEdit(resolved.edit, uri, 1).edits), withoutAdLabels);
  });

  it('resolves an action offered for an older version to no edit, and a malformed one to itself', async () => {
    const adLabels = (await client.publishedDiagnostics(uri, 1)).filter(diagnostic => diagnostic.code === AD_LABEL);
    const fixAll = (await codeActions(client, uri, [adLabels[0]])).find(action => action.title.startsWith('Fix all'))!;
    client.changeDocument(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Breaking: ' }]);
    await client.publishedDiagnostics(uri, 2);
    assert.equal((await client.request<CodeAction>('codeAction/resolve', fixAll)).edit, undefined);
    const forged = { title: 'Fix all', data: { uri, version: 'two', rule: AD_LABEL } };
    assert.deepEqual(await client.request('codeAction/resolve', forged), forged);
  });
});
