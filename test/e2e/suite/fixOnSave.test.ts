// Fix-on-save: with `editor.codeActionsOnSave: { "source.fixAll.articleLint": "explicit" }`, saving an article
// applies fix-all (default scope: characters and sure noise), both in the editor and on disk; metadata is untouched.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openInEditor, readWorkspaceFile, waitFor, waitForDiagnostics, workspaceFile, writeWorkspaceFile } from './helpers';

const FILE = 'harbour-strike.article.txt';

/** The fixture after the edit below and fix-on-save: the entity decoded, the share bar and its blank line gone. */
const EXPECTED_AFTER_SAVE = [
  'Dockworkers extend strike at the container terminal',
  '',
  'The strike at the container terminal began on Monday & has since spread to the grain quay, where two ships are waiting to unload.',
  '',
  'Union representatives said the talks with the port operator would resume on Friday morning.',
  '',
].join('\n');

describe('fix on save', () => {
  let originalText: string;

  before(async () => {
    await activateExtension();
    originalText = await readWorkspaceFile(FILE);
    await vscode.workspace
      .getConfiguration('editor', { languageId: 'article' })
      .update('codeActionsOnSave', { 'source.fixAll.articleLint': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    // The save must already see the setting. (One CI run on a loaded machine saved without running the fix; the cause
    // is not known, this wait only rules out the setting arriving late.)
    await waitFor(
      'codeActionsOnSave applies to article documents',
      () => vscode.workspace.getConfiguration('editor', { languageId: 'article' }).get<Record<string, string>>('codeActionsOnSave')?.['source.fixAll.articleLint'] === 'explicit',
    );
  });
  after(async () => {
    await vscode.workspace.getConfiguration('editor', { languageId: 'article' }).update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    await closeAllEditors();
    await writeWorkspaceFile(FILE, originalText);
  });

  it('cleans the article when it is saved', async () => {
    const editor = await openInEditor(FILE);
    assert.equal(editor.document.languageId, 'article');
    await waitForDiagnostics(editor.document.uri, 'the entity and the share bar are reported', found => found.length === 2);
    // A save only runs when there is something to save; the user's own edit.
    const friday = editor.document.getText().indexOf('Friday.');
    assert.ok(await editor.edit(builder => builder.insert(editor.document.positionAt(friday + 'Friday'.length), ' morning')));

    await vscode.commands.executeCommand('workbench.action.files.save');

    assert.equal(editor.document.isDirty, false);
    assert.equal(editor.document.getText(), EXPECTED_AFTER_SAVE);
    assert.equal(await readWorkspaceFile(FILE), EXPECTED_AFTER_SAVE);
    await waitForDiagnostics(workspaceFile(FILE), 'nothing is left to report', found => found.length === 0);
  });
});
